package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/**
 * A {@code u16}, held in a Java {@code int} in {@code [0, 65535]} (the next wider signed type, so that
 * the value reads as itself); {@link #bits()} gives the two's-complement {@code short} a core Wasm
 * value or a Java byte array would hold.
 */
public record U16(int value) implements Value {
    /** @throws ValueTypeException if {@code value} is outside {@code [0, 65535]} */
    public U16 {
        if (value < 0 || value > 0xFFFF) throw ValueTypeException.outOfRange("u16", value);
    }

    /** The {@code u16} whose two's-complement bits are {@code bits}. */
    public static U16 ofBits(short bits) {
        return new U16(Short.toUnsignedInt(bits));
    }

    /** The value as the bits of a {@code short}. */
    public short bits() {
        return (short) value;
    }

    @Override
    public PrimitiveType type() {
        return PrimitiveType.U16;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
