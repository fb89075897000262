package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/**
 * A {@code u32}, held in a Java {@code long} in {@code [0, 4294967295]} (the next wider signed type,
 * so that the value reads as itself); {@link #bits()} gives the two's-complement {@code int} a core Wasm
 * value or a Java byte array would hold.
 */
public record U32(long value) implements Value {
    /** @throws ValueTypeException if {@code value} is outside {@code [0, 4294967295]} */
    public U32 {
        if (value < 0 || value > 0xFFFF_FFFFL) throw ValueTypeException.outOfRange("u32", value);
    }

    /** The {@code u32} whose two's-complement bits are {@code bits}. */
    public static U32 ofBits(int bits) {
        return new U32(Integer.toUnsignedLong(bits));
    }

    /** The value as the bits of an {@code int}. */
    public int bits() {
        return (int) value;
    }

    @Override
    public PrimitiveType type() {
        return PrimitiveType.U32;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
