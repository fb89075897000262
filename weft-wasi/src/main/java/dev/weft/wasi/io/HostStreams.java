package dev.weft.wasi.io;

import java.io.InputStream;
import java.io.OutputStream;

/** Ready-made {@link HostInputStream}s and {@link HostOutputStream}s over Java sources and sinks. */
public final class HostStreams {
    private HostStreams() {}

    /** Reads {@code bytes} (not copied: do not change them), then {@code closed}. */
    public static HostInputStream ofBytes(byte[] bytes) {
        return new BytesInputStream(bytes);
    }

    /**
     * Reads {@code in} through a background thread, so polling never blocks; {@code closeSource}
     * closes {@code in} when the guest drops the stream.
     */
    public static HostInputStream of(InputStream in, boolean closeSource) {
        return new PumpedInputStream(in, closeSource);
    }

    /** Writes straight to {@code out}; {@code closeTarget} closes it when the guest drops the stream. */
    public static HostOutputStream of(OutputStream out, boolean closeTarget) {
        return new JavaOutputStream(out, closeTarget);
    }

    /** Accepts and drops everything. */
    public static HostOutputStream discard() {
        return new JavaOutputStream(OutputStream.nullOutputStream(), false);
    }
}
