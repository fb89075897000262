package dev.weft.runtime.instance;

import dev.weft.runtime.HostFunction;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.Values;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A host function satisfying the import {@code name} of type {@code type}: its arguments and its
 * result are checked against the import's type, so that neither side sees an ill-typed value.
 */
public record HostFunc(String name, FuncType type, HostFunction body) implements Func {
    public HostFunc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public Optional<Value> call(List<Value> args) {
        Values.checkArguments(type, args);
        Optional<Value> result = body.call(args);
        if (result == null) {
            throw new ValueTypeException("host function for import `" + name + "` returned null; return Optional.empty()"
                    + " for a function without a result");
        }
        try {
            Values.checkResult(type, result);
        } catch (ValueTypeException e) {
            throw new ValueTypeException("host function for import `" + name + "` (" + type.wit()
                    + ") returned a wrong result: " + e.getMessage());
        }
        return result;
    }
}
