package dev.weft.engine;

import java.util.OptionalLong;

/**
 * Limits of a memory (in 64 KiB pages) or a table (in elements)
 * (<a href="https://webassembly.github.io/spec/core/syntax/types.html#limits">spec</a>).
 */
public record CoreLimits(long min, OptionalLong max) {
    public CoreLimits {
        if (min < 0 || (max.isPresent() && max.getAsLong() < 0)) {
            throw new IllegalArgumentException("negative limits: " + min + " " + max);
        }
    }

    public static CoreLimits of(long min) {
        return new CoreLimits(min, OptionalLong.empty());
    }

    public static CoreLimits of(long min, long max) {
        return new CoreLimits(min, OptionalLong.of(max));
    }

    /**
     * Limits matching (<a href="https://webassembly.github.io/spec/core/valid/types.html#limits">spec</a>):
     * these (actual) limits fit where {@code expected} is required.
     */
    public boolean matches(CoreLimits expected) {
        if (min < expected.min) {
            return false;
        }
        if (expected.max.isEmpty()) {
            return true;
        }
        return max.isPresent() && max.getAsLong() <= expected.max.getAsLong();
    }

    /** The text format: {@code 1} or {@code 1 2}. */
    @Override
    public String toString() {
        return max.isPresent() ? min + " " + max.getAsLong() : Long.toString(min);
    }
}
