package dev.weft.wasi.io;

import java.util.Objects;

/**
 * A {@code wasi:io/streams} {@code stream-error}, thrown by {@link HostInputStream} and
 * {@link HostOutputStream} operations: {@link Closed} (end of stream; the stream is done) or
 * {@link Failed} ({@code last-operation-failed}, carrying an {@link IoError} that becomes a
 * {@code wasi:io/error} resource).
 */
public abstract sealed class StreamException extends RuntimeException
        permits StreamException.Closed, StreamException.Failed {
    private StreamException(String message) {
        super(message, null, false, false);
    }

    /** {@code closed}: end of file / the peer closed; no more operations will succeed. */
    public static StreamException closed() {
        return new Closed();
    }

    /** {@code last-operation-failed} with {@code error}. */
    public static StreamException failed(IoError error) {
        return new Failed(error);
    }

    /** {@code closed}. */
    public static final class Closed extends StreamException {
        public Closed() {
            super("stream closed");
        }
    }

    /** {@code last-operation-failed}: the stream is unusable after this. */
    public static final class Failed extends StreamException {
        private final IoError error;

        public Failed(IoError error) {
            super("stream operation failed: " + Objects.requireNonNull(error, "error").debugMessage());
            this.error = error;
        }

        public IoError error() {
            return error;
        }
    }
}
