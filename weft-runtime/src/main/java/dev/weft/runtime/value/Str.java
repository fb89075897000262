package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;
import java.util.Objects;

/** A {@code string}: a sequence of Unicode scalar values, so a Java string without unpaired surrogates. */
public record Str(String value) implements Value {
    /** @throws ValueTypeException if {@code value} holds an unpaired surrogate */
    public Str {
        Objects.requireNonNull(value, "value");
        int bad = unpairedSurrogate(value);
        if (bad >= 0) {
            throw new ValueTypeException("a string must hold Unicode scalar values only; found the unpaired surrogate U+"
                    + Integer.toHexString(value.charAt(bad)).toUpperCase() + " at index " + bad);
        }
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public PrimitiveType type() {
        return PrimitiveType.STRING;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
