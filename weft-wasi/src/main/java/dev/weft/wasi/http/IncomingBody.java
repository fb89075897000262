package dev.weft.wasi.http;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The host side of an {@code incoming-body}: its {@code input-stream} (handed out once) and
 * {@code finish}, which stops reading and yields the {@code future-trailers}. Dropped without
 * {@code finish}, the rest of the body is discarded.
 */
final class IncomingBody implements AutoCloseable {
    private final IncomingBodyStream stream;
    private boolean streamTaken;

    IncomingBody(InputStream source, Optional<Duration> betweenBytes) {
        this.stream = new IncomingBodyStream(source, betweenBytes);
    }

    /** {@code stream}: the body's stream, the first time only. */
    synchronized Optional<IncomingBodyStream> takeStream() {
        if (streamTaken) return Optional.empty();
        streamTaken = true;
        return Optional.of(stream);
    }

    /**
     * {@code finish}: the trailers. The Java HTTP client does not expose trailers, so a body read to
     * its end has none; a failed body's trailers are its error. Unread bytes are discarded.
     */
    synchronized FutureTrailers finish() {
        Optional<ErrorCode> failure = stream.failure();
        stream.close();
        return new FutureTrailers(failure);
    }

    @Override
    public synchronized void close() {
        stream.close();
    }
}
