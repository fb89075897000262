package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/**
 * A {@code u8}, held in a Java {@code int} in {@code [0, 255]} (the next wider signed type, so that
 * the value reads as itself); {@link #bits()} gives the two's-complement {@code byte} a core Wasm
 * value or a Java byte array would hold.
 */
public record U8(int value) implements Value {
    /** @throws ValueTypeException if {@code value} is outside {@code [0, 255]} */
    public U8 {
        if (value < 0 || value > 0xFF) throw ValueTypeException.outOfRange("u8", value);
    }

    /** The {@code u8} whose two's-complement bits are {@code bits}. */
    public static U8 ofBits(byte bits) {
        return new U8(Byte.toUnsignedInt(bits));
    }

    /** The value as the bits of a {@code byte}. */
    public byte bits() {
        return (byte) value;
    }

    @Override
    public PrimitiveType type() {
        return PrimitiveType.U8;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
