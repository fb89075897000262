package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/** An {@code s64}, held in a Java {@code long}. */
public record S64(long value) implements Value {
    @Override
    public PrimitiveType type() {
        return PrimitiveType.S64;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
