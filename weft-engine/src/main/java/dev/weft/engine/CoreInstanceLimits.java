package dev.weft.engine;

/**
 * Limits on what one core instance may allocate (Wasmtime's {@code StoreLimits}): each linear
 * memory the instance defines may grow to at most {@code maxMemoryBytes} (rounded down to whole
 * 64 KiB pages). Beyond it {@code memory.grow} returns -1, as the spec allows; a memory whose
 * initial size is beyond it fails instantiation with {@link MemoryLimitException}. Memories it
 * imports are limited by the instance that defines them.
 *
 * @param maxMemoryBytes the most bytes of one linear memory; {@link Long#MAX_VALUE}: no limit
 */
public record CoreInstanceLimits(long maxMemoryBytes) {
    public static final CoreInstanceLimits NONE = new CoreInstanceLimits(Long.MAX_VALUE);

    public CoreInstanceLimits {
        if (maxMemoryBytes < 0) {
            throw new IllegalArgumentException("negative memory limit: " + maxMemoryBytes);
        }
    }

    /** Whether nothing is limited. */
    public boolean unlimited() {
        return maxMemoryBytes == Long.MAX_VALUE;
    }

    /** The most 64 KiB pages of one memory, at most {@link Integer#MAX_VALUE}. */
    public int maxMemoryPages() {
        return (int) Math.min(maxMemoryBytes >>> 16, Integer.MAX_VALUE);
    }
}
