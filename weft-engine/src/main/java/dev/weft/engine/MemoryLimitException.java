package dev.weft.engine;

import dev.weft.errors.WeftException;

/**
 * A memory's initial size is beyond the limit the embedder set ({@link CoreInstanceLimits}): the
 * instance cannot be created. (Growing past the limit is no exception: {@code memory.grow} returns -1.)
 */
public final class MemoryLimitException extends WeftException {
    private final long requestedBytes;
    private final long limitBytes;

    public MemoryLimitException(long requestedBytes, long limitBytes) {
        super("memory of " + requestedBytes + " bytes exceeds the limit of " + limitBytes + " bytes");
        this.requestedBytes = requestedBytes;
        this.limitBytes = limitBytes;
    }

    public long requestedBytes() {
        return requestedBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
