package dev.weft.runtime.resource;

import dev.weft.runtime.Trap;
import dev.weft.types.ResourceType;
import java.util.Objects;

/**
 * A resource handle in a {@link HandleTable}: the spec's
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#resource-state">{@code ResourceHandle}</a>
 * ({@code rt}, {@code rep}, {@code own}, {@code borrow_scope}, {@code num_lends}). The resource
 * type and representation travel together as a {@link ResourceRep}, which is also what a lifted
 * handle value carries, so lifting an {@code own} hands out the very object the table held.
 */
public final class HandleElement {
    private final ResourceRep rep;
    private final boolean own;
    private final BorrowScope borrowScope;
    private int numLends;

    private HandleElement(ResourceRep rep, boolean own, BorrowScope borrowScope) {
        this.rep = Objects.requireNonNull(rep, "rep");
        this.own = own;
        this.borrowScope = borrowScope;
    }

    /** {@code ResourceHandle(rt, rep, own = True)}. */
    public static HandleElement own(ResourceRep rep) {
        return new HandleElement(rep, true, null);
    }

    /**
     * {@code ResourceHandle(rt, rep, own = False, borrow_scope)} plus {@code lower_borrow}'s
     * {@code borrow_scope.num_borrows += 1}.
     */
    public static HandleElement borrow(ResourceRep rep, BorrowScope scope) {
        Objects.requireNonNull(scope, "scope");
        scope.borrowed();
        return new HandleElement(rep, false, scope);
    }

    /**
     * The element at index {@code i} as a handle of resource type {@code rt}: the spec's
     * {@code trap_if(not isinstance(h, ResourceHandle))} and {@code trap_if(h.rt is not rt)}.
     */
    public static HandleElement check(Object element, int i, ResourceType rt) {
        if (!(element instanceof HandleElement h)) {
            throw new Trap("handle index " + Integer.toUnsignedString(i) + " is not a resource handle");
        }
        if (h.rt() != rt) {
            throw typeMismatch(i, rt, h.rt());
        }
        return h;
    }

    /** Wasmtime's wording: {@code handle index 1 used with the wrong type, expected X but found Y}. */
    static Trap typeMismatch(int i, ResourceType expected, ResourceType found) {
        String e = ResourceDefinition.kind(expected);
        String f = ResourceDefinition.kind(found);
        return new Trap("handle index " + Integer.toUnsignedString(i) + " used with the wrong type, expected " + e
                + " but found " + (e.equals(f) ? "a different " : "") + f + " (expected " + expected + ", found "
                + found + ")");
    }

    public ResourceRep rep() {
        return rep;
    }

    /** {@code h.rt}. */
    public ResourceType rt() {
        return rep.resource();
    }

    /** Whether this is an owning handle (else a borrow). */
    public boolean own() {
        return own;
    }

    /** The call a borrow handle was lent to; null for an own handle. */
    public BorrowScope borrowScope() {
        return borrowScope;
    }

    /** How many borrows of this handle are out in calls that have not returned. */
    public int numLends() {
        return numLends;
    }

    /** {@code Subtask.add_lender}: {@code num_lends += 1}. */
    public void lend() {
        numLends++;
    }

    /** {@code Subtask.deliver_resolve}: {@code num_lends -= 1}. */
    public void unlend() {
        assert numLends > 0;
        numLends--;
    }

    @Override
    public String toString() {
        return (own ? "own " : "borrow ") + rep + (numLends > 0 ? " (lent " + numLends + ")" : "");
    }
}
