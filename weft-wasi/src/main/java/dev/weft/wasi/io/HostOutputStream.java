package dev.weft.wasi.io;

/**
 * The host side of a {@code wasi:io/streams} {@code output-stream}. Subclasses implement
 * {@link #checkWrite}, {@link #write}, {@link #flush} and {@link #subscribe}; the blocking
 * variants, {@code write-zeroes} and {@code splice} are built on them by the bindings. A guest
 * dropping its handle {@linkplain #close() closes} the stream.
 */
public abstract class HostOutputStream implements AutoCloseable {
    /**
     * How many bytes {@link #write} accepts now (0: wait on {@link #subscribe}).
     *
     * @throws StreamException if the stream is closed or failed
     */
    public abstract long checkWrite();

    /**
     * Writes {@code bytes}, at most what {@link #checkWrite} allowed.
     *
     * @throws StreamException if the stream is closed or failed
     */
    public abstract void write(byte[] bytes);

    /** Starts flushing what was written; {@link #checkWrite} may return 0 until it finishes. */
    public abstract void flush();

    /** Flushes and waits until the flush completed. */
    public void blockingFlush() {
        flush();
        subscribe().block();
    }

    /** A pollable ready when {@link #checkWrite} would return non-zero or an error. */
    public abstract Pollable subscribe();

    @Override
    public void close() {}
}
