package dev.weft.runtime.canon;

import dev.weft.runtime.resource.HandleElement;
import java.util.Arrays;

/**
 * The caller's side of one call through {@code canon lower}: the part of the spec's
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#subtask-state">{@code Subtask}</a>
 * a synchronous call needs, its {@code lenders}. {@code lift_borrow} lends each borrowed handle
 * ({@code num_lends += 1}), so that the caller cannot drop or transfer it while the callee may use
 * it; {@link #deliverResolve} gives them back when the call returns. Made only for calls whose
 * parameters contain a {@code borrow}.
 */
public final class Subtask {
    private HandleElement[] lenders = new HandleElement[4];
    private int count;
    private boolean delivered;

    /** {@code Subtask.add_lender}. */
    public void addLender(HandleElement lendingHandle) {
        assert !delivered;
        lendingHandle.lend();
        if (count == lenders.length) lenders = Arrays.copyOf(lenders, count * 2);
        lenders[count++] = lendingHandle;
    }

    /** {@code Subtask.deliver_resolve}: every lent handle is returned ({@code num_lends -= 1}). */
    public void deliverResolve() {
        assert !delivered;
        for (int i = 0; i < count; i++) lenders[i].unlend();
        lenders = null;
        delivered = true;
    }

    /** {@code Subtask.resolve_delivered}. */
    public boolean resolveDelivered() {
        return delivered;
    }
}
