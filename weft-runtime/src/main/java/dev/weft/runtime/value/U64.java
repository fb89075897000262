package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;
import java.math.BigInteger;

/**
 * A {@code u64}. Java has no wider primitive, so this one holds the two's-complement {@code bits} (a
 * value of 2^63 or more reads as negative): use {@link #bigValue()}, {@link Long#toUnsignedString},
 * {@link Long#compareUnsigned} and {@link Long#divideUnsigned} to read it as unsigned.
 */
public record U64(long bits) implements Value {
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The {@code u64} equal to {@code value}. @throws ValueTypeException outside {@code [0, 2^64)} */
    public static U64 of(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(MAX) > 0) throw ValueTypeException.outOfRange("u64", value);
        return new U64(value.longValue());
    }

    /** The value as a non-negative {@link BigInteger}. */
    public BigInteger bigValue() {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    @Override
    public PrimitiveType type() {
        return PrimitiveType.U64;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
