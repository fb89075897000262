package dev.weft.runtime.canon;

/**
 * The spec's {@code CoreValueIter}: core parameters or results consumed in order by
 * {@code lift_flat}. Values are raw {@code long} slots as the engine seam passes them: an
 * {@code i32} or {@code f32} in the low 32 bits (whatever the high bits hold), an {@code i64} or
 * {@code f64} in all 64.
 *
 * <p>Because consumers of an {@code i32} or {@code f32} read only the low 32 bits, the spec's
 * {@code CoerceValueIter} of {@code lift_flat_variant} needs no code here: reading a joined
 * {@code i64} slot as {@code i32} is {@code wrap_i64_to_i32}, and reading an {@code i32} slot as
 * {@code f32} is {@code f32.reinterpret_i32}.
 */
public final class CoreValueIter {
    private final long[] values;
    private int i;

    public CoreValueIter(long[] values) {
        this.values = values;
    }

    /** {@code next(t)}: the next core value, raw. */
    public long next() {
        return values[i++];
    }

    /** The next core value as an {@code i32}. */
    int nextI32() {
        return (int) values[i++];
    }

    /** {@code next(cx.opts.memory.ptr_type())}: the next value as an unsigned address. */
    long nextPtr(LiftLowerContext cx) {
        return cx.ptr(values[i++]);
    }

    /** Consumes {@code n} values unread (the unused tail of a variant's joined payload). */
    void skip(int n) {
        i += n;
    }

    /** {@code done()}: every value was consumed. */
    public boolean done() {
        return i == values.length;
    }
}
