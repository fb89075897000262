package dev.weft.runtime.canon;

import java.util.Arrays;

/**
 * One direction of one fused call: the source instance's context ({@code src}: the caller's for
 * the parameters, the callee's for the results), the destination's ({@code dst}), and what
 * {@link FusedLifting} took out of the source for {@link FusedLowering} to put into the
 * destination, in the order both walk the plan: the checked code units of each string, the
 * checked bytes of each list of {@code char}s, the representation of each handle.
 *
 * <p>Lifting everything out of the source before lowering anything into the destination is the
 * spec's order (all of the caller's traps come before any of the callee's {@code realloc} calls).
 * Everything else (numbers, lists of numbers) is read from the source memory again while lowering:
 * nothing can change it in between, since the destination's {@code realloc} runs with
 * {@code may_leave} cleared and cannot reach another instance's memory.
 */
final class Transfer {
    private static final Object[] NONE = new Object[0];

    final LiftLowerContext src;
    final LiftLowerContext dst;
    private Object[] taken = NONE;
    private int count;
    private int next;

    Transfer(LiftLowerContext src, LiftLowerContext dst) {
        this.src = src;
        this.dst = dst;
    }

    /** Keeps {@code o} (taken out of the source) for lowering. */
    void keep(Object o) {
        if (count == taken.length) taken = Arrays.copyOf(taken, Math.max(8, 2 * count));
        taken[count++] = o;
    }

    /** The next thing kept, in the order it was kept. */
    Object next() {
        assert next < count : "lowering consumed more than lifting kept";
        Object o = taken[next];
        taken[next++] = null;
        return o;
    }

    /** Whether lowering consumed everything lifting kept. */
    boolean consumed() {
        return next == count;
    }
}
