package dev.weft.abi;

import java.util.List;

/** A flattened core function type ({@code CoreFuncType} in the spec): what {@code flatten_functype} returns. */
public record CoreSignature(List<FlatType> params, List<FlatType> results) {
    public CoreSignature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    @Override
    public String toString() {
        return params + " -> " + results;
    }
}
