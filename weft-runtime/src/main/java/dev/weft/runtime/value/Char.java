package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;

/** A {@code char}: one Unicode scalar value, a code point that is not a surrogate. */
public record Char(int codePoint) implements Value {
    /** @throws ValueTypeException if {@code codePoint} is a surrogate or above U+10FFFF */
    public Char {
        if (!isScalarValue(codePoint)) {
            throw new ValueTypeException("a char must be a Unicode scalar value, not U+"
                    + Integer.toHexString(codePoint).toUpperCase());
        }
    }

    /** Whether {@code codePoint} is a Unicode scalar value (in range and not a surrogate). */
    public static boolean isScalarValue(int codePoint) {
        return codePoint >= 0 && codePoint <= Character.MAX_CODE_POINT
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }

    /** The character as a Java string (one or two UTF-16 units). */
    public String asString() {
        return Character.toString(codePoint);
    }

    @Override
    public PrimitiveType type() {
        return PrimitiveType.CHAR;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
