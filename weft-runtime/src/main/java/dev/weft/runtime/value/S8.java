package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/** An {@code s8}, held in a Java {@code byte}. */
public record S8(byte value) implements Value {
    @Override
    public PrimitiveType type() {
        return PrimitiveType.S8;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
