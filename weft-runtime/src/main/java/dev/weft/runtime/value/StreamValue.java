package dev.weft.runtime.value;

import dev.weft.types.StreamType;
import java.util.Objects;

/** A {@code stream<t>}: a handle to the readable end of a stream. */
public record StreamValue(StreamType type, Handle handle) implements Value {
    public StreamValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handle, "handle");
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
