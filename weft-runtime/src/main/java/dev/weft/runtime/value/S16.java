package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/** An {@code s16}, held in a Java {@code short}. */
public record S16(short value) implements Value {
    @Override
    public PrimitiveType type() {
        return PrimitiveType.S16;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
