package dev.weft.runtime.canon;

import dev.weft.runtime.canon.AdapterPlan.ValuesPlan;

/**
 * Moves a function's parameters, or its result, from one instance into another: the two steps a
 * {@link FusedAdapter} makes for each direction of a call, with a {@link Transfer} between them.
 * {@link #interpreting} walks a {@link ValuesPlan} ({@link FusedLifting}, {@link FusedLowering}).
 * The plan depends only on the function type and the two string encodings, so a class generated
 * once per plan, with straight-line code for its {@link CopyOp}s, can take the interpreter's place.
 */
interface Copier {
    /** {@code lift_flat_values} out of the source: every check, in order; what lowering needs goes into {@code t}. */
    void lift(Transfer t, long[] flat);

    /**
     * {@code lower_flat_values} into the destination of what {@link #lift} checked; with an
     * {@code outParam}, spilled values go into the buffer at {@code outParam[outIndex]}.
     */
    long[] lower(Transfer t, long[] flat, long[] outParam, int outIndex);

    /** The interpreter of {@code plan}. */
    static Copier interpreting(ValuesPlan plan) {
        return new Copier() {
            @Override
            public void lift(Transfer t, long[] flat) {
                FusedLifting.liftFlatValues(t, plan, flat);
            }

            @Override
            public long[] lower(Transfer t, long[] flat, long[] outParam, int outIndex) {
                return FusedLowering.lowerFlatValues(t, plan, flat, outParam, outIndex);
            }
        };
    }
}
