package dev.weft.runtime.instance;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.Optional;

/**
 * What {@link dev.weft.runtime.Linker#defineUnknownImportsAsTraps} supplies for an import nobody
 * defined (Wasmtime's {@code --trap-unknown-imports}): instantiation succeeds, and only calling the
 * function traps, naming it.
 */
public record TrapFunc(String name, FuncType type) implements Func {
    @Override
    public Optional<Value> call(List<Value> args) {
        throw new Trap("unknown import `" + name + "` called");
    }
}
