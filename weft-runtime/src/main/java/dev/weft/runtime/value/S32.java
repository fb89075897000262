package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/** An {@code s32}, held in a Java {@code int}. */
public record S32(int value) implements Value {
    @Override
    public PrimitiveType type() {
        return PrimitiveType.S32;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
