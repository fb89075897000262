package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;
import java.util.Objects;

/** An {@code error-context}: a handle to a runtime-held diagnostic. */
public record ErrorContextValue(Handle handle) implements Value {
    public ErrorContextValue {
        Objects.requireNonNull(handle, "handle");
    }

    @Override
    public PrimitiveType type() {
        return PrimitiveType.ERROR_CONTEXT;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
