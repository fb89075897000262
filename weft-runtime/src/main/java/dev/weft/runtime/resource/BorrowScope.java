package dev.weft.runtime.resource;

/**
 * The borrow bookkeeping of a call into a component: the spec's {@code Task.num_borrows}, counting
 * the {@code borrow} handles that {@code lower_borrow} put into the callee's table for this call and
 * that the callee has not dropped yet. A synchronous call must drop them all before it returns
 * ({@code borrow handles still remain at the end of the call}). One per call whose parameters
 * contain a {@code borrow}; the async {@code Task} will carry one too.
 */
public final class BorrowScope {
    private int numBorrows;

    /** The borrow handles lent to this call and still in the callee's table. */
    public int numBorrows() {
        return numBorrows;
    }

    /** {@code num_borrows += 1}: {@code lower_borrow} lent a handle to the call. */
    public void borrowed() {
        numBorrows++;
    }

    /** {@code num_borrows -= 1}: the callee dropped a borrow handle ({@code resource.drop}). */
    public void dropped() {
        assert numBorrows > 0;
        numBorrows--;
    }
}
