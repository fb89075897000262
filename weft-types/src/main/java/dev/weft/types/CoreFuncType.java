package dev.weft.types;

import java.util.List;

/** A core Wasm function type. */
public record CoreFuncType(List<CoreValueType> params, List<CoreValueType> results) {
    public CoreFuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }
}
