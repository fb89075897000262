package dev.weft.runtime.canon;

import dev.weft.runtime.Trap;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.runtime.resource.ResourceRep;
import dev.weft.types.ResourceType;

/**
 * {@code lift_own}, {@code lift_borrow} (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#loading">Loading</a>),
 * {@code lower_own} and {@code lower_borrow} (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#storing">Storing</a>)
 * on representations rather than handle values: what moves between two handle tables is the
 * {@link ResourceRep}. {@link Loading} and {@link Storing} wrap these into and out of handle
 * values; the fused adapters use them as they are.
 */
final class Handles {
    private Handles() {}

    /**
     * {@code lift_own}: removes handle {@code i} from the table, so ownership moves to the receiver.
     * Traps if it is not a resource handle of type {@code rt}, is lent out, or is a borrow.
     */
    static ResourceRep liftOwn(LiftLowerContext cx, int i, ResourceType rt) {
        HandleElement h = HandleElement.check(cx.inst.handles().remove(i), i, rt);
        if (h.numLends() != 0) throw new Trap("cannot remove owned resource while borrowed");
        if (!h.own()) {
            throw new Trap("handle index " + Integer.toUnsignedString(i) + " is a borrow handle, not an owned one");
        }
        return h.rep();
    }

    /**
     * {@code lift_borrow}: reads handle {@code i}, leaving it in the table, and lends it to the call
     * ({@code cx.borrow_scope.add_lender}) until the call returns.
     */
    static ResourceRep liftBorrow(LiftLowerContext cx, int i, ResourceType rt) {
        assert cx.subtask != null : "lift_borrow outside a lowered call";
        HandleElement h = HandleElement.check(cx.inst.handles().get(i), i, rt);
        cx.subtask.addLender(h);
        return h.rep();
    }

    /** {@code lower_own}: a new owning handle in the instance's table. */
    static int lowerOwn(LiftLowerContext cx, ResourceRep rep) {
        return cx.inst.handles().add(HandleElement.own(rep));
    }

    /**
     * {@code lower_borrow}: the representation itself when lowering into the resource's own
     * instance, else a borrow handle that the callee must drop before the call returns.
     */
    static int lowerBorrow(LiftLowerContext cx, ResourceRep rep) {
        if (rep.definition().isImplementedBy(cx.inst)) return ((ResourceRep.Guest) rep).rep();
        assert cx.task != null : "lower_borrow outside a lifted call";
        return cx.inst.handles().add(HandleElement.borrow(rep, cx.task));
    }
}
