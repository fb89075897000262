package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/**
 * An {@code f64}. Equality is the record's, that is {@link Double#compare}: every NaN equals every other
 * NaN (whatever its payload: the Component Model does not preserve NaN payloads across a call), and
 * {@code 0.0} differs from {@code -0.0}. Otherwise floats compare bit for bit.
 */
public record F64(double value) implements Value {
    @Override
    public PrimitiveType type() {
        return PrimitiveType.F64;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
