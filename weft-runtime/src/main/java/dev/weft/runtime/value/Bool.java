package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/** A {@code bool}. */
public record Bool(boolean value) implements Value {
    @Override
    public PrimitiveType type() {
        return PrimitiveType.BOOL;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
