package dev.weft.runtime.value;

import dev.weft.types.PrimitiveType;
import java.util.Objects;

/**
 * A {@code string}: a sequence of Unicode scalar values, so a Java string without unpaired
 * surrogates. A final class rather than a record so that {@link #ofWellFormed} can skip the check;
 * two are equal when their strings are.
 */
public final class Str implements Value {
    private final String value;

    /** @throws ValueTypeException if {@code value} holds an unpaired surrogate */
    public Str(String value) {
        this.value = Objects.requireNonNull(value, "value");
        int bad = unpairedSurrogate(value);
        if (bad >= 0) {
            throw new ValueTypeException("a string must hold Unicode scalar values only; found the unpaired surrogate U+"
                    + Integer.toHexString(value.charAt(bad)).toUpperCase() + " at index " + bad);
        }
    }

    /**
     * {@link #ofWellFormed}'s constructor (the {@code Void} only tells it apart): kept apart from the
     * checking one, so that neither's profile slows the other's compiled code.
     */
    private Str(String value, Void unchecked) {
        assert unpairedSurrogate(value) < 0 : "a string said to be well-formed holds an unpaired surrogate";
        this.value = value;
    }

    /**
     * A string known to hold no unpaired surrogate, without checking it (only with assertions on):
     * for decoders that guarantee it, such as the canonical ABI's strict UTF-8 and UTF-16 ones,
     * where checking a megabyte again would cost as much as decoding it.
     */
    public static Str ofWellFormed(String value) {
        return new Str(Objects.requireNonNull(value, "value"), (Void) null);
    }

    public String value() {
        return value;
    }

    /**
     * The index of the first unpaired surrogate in {@code s}, or -1. Most strings hold no surrogate
     * at all, so a tight loop looks for the first one (C2 can drop it for a Latin-1 string, whose
     * chars cannot be surrogates) and the pairing rules run only from there.
     */
    static int unpairedSurrogate(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) return unpairedSurrogate(s, i);
        }
        return -1;
    }

    private static int unpairedSurrogate(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
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
    public boolean equals(Object o) {
        return this == o || o instanceof Str other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
