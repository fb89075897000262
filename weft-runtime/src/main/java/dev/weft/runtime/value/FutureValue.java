package dev.weft.runtime.value;

import dev.weft.types.FutureType;
import java.util.Objects;

/** A {@code future<t>}: a handle to the readable end of a future. */
public record FutureValue(FutureType type, Handle handle) implements Value {
    public FutureValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handle, "handle");
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
