package dev.weft.runtime.value;

import dev.weft.types.OwnType;
import java.util.Objects;

/** An {@code own<r>}, an owned handle: the receiver takes over the resource. */
public record OwnHandle(OwnType type, ResourceHandle handle) implements Value {
    /** @throws ValueTypeException if the handle refers to another resource type than {@code type} */
    public OwnHandle {
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
