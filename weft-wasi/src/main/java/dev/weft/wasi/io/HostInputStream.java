package dev.weft.wasi.io;

/**
 * The host side of a {@code wasi:io/streams} {@code input-stream}. Subclasses implement the
 * non-blocking {@link #read} and {@link #subscribe}; the blocking variants and skips follow.
 * A guest dropping its handle {@linkplain #close() closes} the stream.
 */
public abstract class HostInputStream implements AutoCloseable {
    /** The most bytes the default {@link #skip} and {@link #blockingSkip} read and drop per call. */
    public static final int SKIP_CHUNK = 1 << 20;

    /**
     * Non-blocking: up to {@code len} bytes available now, possibly none, in a new array that the
     * caller keeps (it is handed to the guest without a copy).
     *
     * @throws StreamException {@link StreamException.Closed} at end of stream, {@link StreamException.Failed} on error
     */
    public abstract byte[] read(long len);

    /** Waits until data (or end of stream) is available, then reads; returns at least one byte unless {@code len} is 0. */
    public byte[] blockingRead(long len) {
        subscribe().block();
        return read(len);
    }

    /** Like {@link #read} but discards the bytes (at most {@value #SKIP_CHUNK} per call); returns how many were skipped. */
    public long skip(long len) {
        return read(Math.min(len, SKIP_CHUNK)).length;
    }

    /** Like {@link #blockingRead} but discards the bytes (at most {@value #SKIP_CHUNK} per call). */
    public long blockingSkip(long len) {
        return blockingRead(Math.min(len, SKIP_CHUNK)).length;
    }

    /** A pollable ready when {@link #read} would return data, end of stream or an error. */
    public abstract Pollable subscribe();

    @Override
    public void close() {}
}
