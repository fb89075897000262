package dev.weft.runtime.value;

import dev.weft.types.BorrowType;
import java.util.Objects;

/** An {@code borrow<r>}, a borrowed handle: valid for the duration of the call. */
public record BorrowHandle(BorrowType type, ResourceHandle handle) implements Value {
    /** @throws ValueTypeException if the handle refers to another resource type than {@code type} */
    public BorrowHandle {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handle, "handle");
        if (handle.resource() != type.resource()) {
            throw new ValueTypeException("expected a handle to " + type.resource() + ", found one to " + handle.resource());
        }
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
