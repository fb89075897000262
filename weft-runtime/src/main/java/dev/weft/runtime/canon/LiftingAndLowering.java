package dev.weft.runtime.canon;

import dev.weft.engine.CoreFunction;
import dev.weft.runtime.value.Value;
import java.util.List;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#lifting-and-lowering-values">Lifting and Lowering Values</a>:
 * a function's parameters or results as a whole ({@code lift_flat_values}, {@code lower_flat_values}).
 * Up to {@code max_flat} core values they are passed flat; beyond that, as a pointer to a tuple in
 * memory, allocated with {@code realloc} or supplied by the caller as an out-parameter.
 */
public final class LiftingAndLowering {
    private static final Value[] NO_VALUES = new Value[0];

    private LiftingAndLowering() {}

    /** {@code lift_flat_values(cx, max_flat, vi, ts)}. */
    public static Value[] liftFlatValues(LiftLowerContext cx, int maxFlat, CoreValueIter vi, ValuesLayout ts) {
        if (ts.spills(maxFlat)) {
            long ptr = vi.nextPtr(cx);
            Layout tuple = ts.tuple;
            AbiChecks.checkSpilledValues(cx, ptr, tuple);
            return Loading.loadRecordFields(cx, ptr, tuple);
        }
        if (ts.types.length == 0) return NO_VALUES;
        Value[] values = new Value[ts.types.length];
        for (int i = 0; i < values.length; i++) values[i] = FlatLifting.liftFlat(cx, vi, ts.types[i]);
        return values;
    }

    /**
     * {@code lower_flat_values(cx, max_flat, vs, ts, out_param)}. With no {@code outParam} a spilled
     * tuple goes into a fresh allocation whose pointer is the one core value returned; with one (a
     * lowered call's results), into the caller's buffer it points to, and nothing is returned.
     */
    public static long[] lowerFlatValues(LiftLowerContext cx, int maxFlat, List<Value> vs, ValuesLayout ts,
                                         CoreValueIter outParam) {
        if (ts.spills(maxFlat)) {
            Layout tuple = ts.tuple;
            long ptr;
            long[] flat;
            if (outParam == null) {
                ptr = AbiChecks.allocateSpilledValues(cx, tuple);
                flat = new long[] {ptr};
            } else {
                ptr = outParam.nextPtr(cx);
                flat = CoreFunction.NO_VALUES;
                AbiChecks.checkOutParam(cx, ptr, tuple);
            }
            Storing.storeRecord(cx, vs, ptr, tuple);
            return flat;
        }
        if (ts.flatCount == 0) return CoreFunction.NO_VALUES;
        long[] flat = new long[ts.flatCount];
        int at = 0;
        for (int i = 0; i < ts.types.length; i++) at = FlatLowering.lowerFlat(cx, vs.get(i), ts.types[i], flat, at);
        assert at == flat.length;
        return flat;
    }
}
