package dev.weft.types;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code (func async? (param l t)* (result t)?)}. */
public record FuncType(boolean async, List<Field> params, Optional<ValueType> result) {
    public FuncType {
        params = List.copyOf(params);
    }

    /** The type in WIT syntax, e.g. {@code func(a: u32) -> string}. */
    public String wit() {
        String ps = params.stream().map(Field::toString).collect(Collectors.joining(", ", "(", ")"));
        return (async ? "async func" : "func") + ps + result.map(r -> " -> " + r.wit()).orElse("");
    }

    @Override
    public String toString() {
        return wit();
    }
}
