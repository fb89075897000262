package dev.weft.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A core function type (<a href="https://webassembly.github.io/spec/core/syntax/types.html#function-types">spec</a>). */
public record CoreFuncType(List<CoreValType> params, List<CoreValType> results) implements CoreExternType {
    public CoreFuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static CoreFuncType of(List<CoreValType> params, List<CoreValType> results) {
        return new CoreFuncType(params, results);
    }

    @Override
    public CoreExternKind kind() {
        return CoreExternKind.FUNC;
    }

    /** How many raw {@code long}s the arguments take (v128 takes two). */
    public int paramSlots() {
        return slots(params);
    }

    /** How many raw {@code long}s the results take (v128 takes two). */
    public int resultSlots() {
        return slots(results);
    }

    private static int slots(List<CoreValType> types) {
        int n = 0;
        for (CoreValType t : types) {
            n += t.slots();
        }
        return n;
    }

    @Override
    public String toString() {
        return "(func" + clause("param", params) + clause("result", results) + ")";
    }

    static String clause(String keyword, List<CoreValType> types) {
        if (types.isEmpty()) {
            return "";
        }
        return types.stream().map(CoreValType::toString).collect(Collectors.joining(" ", " (" + keyword + " ", ")"));
    }
}
