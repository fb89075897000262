package dev.weft.runtime.value;

import dev.weft.types.FuncType;
import java.util.List;

/** A call parsed against its function's type: the name as written, the type, and one value per parameter. */
public record Invocation(String name, FuncType type, List<Value> arguments) {
    public Invocation {
        arguments = List.copyOf(arguments);
        Values.checkArguments(type, arguments);
    }
}
