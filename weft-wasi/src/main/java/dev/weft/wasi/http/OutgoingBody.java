package dev.weft.wasi.http;

import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.Pollable;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The host side of an {@code outgoing-body}: its {@code output-stream} (handed out once) writes into
 * a {@link BodyPipe}; {@code finish} ends it; dropped without {@code finish}, the body is corrupt
 * and the request fails.
 */
final class OutgoingBody implements AutoCloseable {
    private final BodyPipe pipe;
    private boolean streamTaken;
    private boolean done;

    OutgoingBody(OptionalLong contentLength) {
        this.pipe = new BodyPipe(contentLength);
    }

    BodyPipe pipe() {
        return pipe;
    }

    /** {@code write}: the stream, the first time only. */
    synchronized Optional<HostOutputStream> takeStream() {
        if (streamTaken) return Optional.empty();
        streamTaken = true;
        return Optional.of(new Stream(pipe));
    }

    /**
     * {@code finish}: ends the body. Non-empty {@code trailers} cannot be sent by the Java HTTP
     * client: the body fails with {@code internal-error} rather than silently dropping them.
     *
     * @throws HttpException with the code the body failed with
     */
    synchronized void finish(Optional<Fields> trailers) {
        done = true;
        if (trailers.isPresent() && !trailers.get().entries().isEmpty()) {
            ErrorCode code = ErrorCode.internal("weft cannot send trailers (the Java HTTP client does not support them)");
            pipe.fail(code);
            throw code.exception();
        }
        pipe.finish();
    }

    /** Dropped by the guest: without {@code finish}, the body is corrupt. */
    @Override
    public synchronized void close() {
        if (!done) pipe.fail(ErrorCode.internal("the outgoing-body was dropped without outgoing-body.finish"));
        done = true;
    }

    /** The {@code output-stream}: dropping it does not end the body ({@code finish} does). */
    private static final class Stream extends HostOutputStream {
        private final BodyPipe pipe;

        Stream(BodyPipe pipe) {
            this.pipe = pipe;
        }

        @Override
        public long checkWrite() {
            return pipe.checkWrite();
        }

        @Override
        public void write(byte[] bytes) {
            pipe.write(bytes);
        }

        @Override
        public void flush() {
            pipe.checkWrite(); // nothing to push: the client reads as it sends; reports a failure
        }

        @Override
        public Pollable subscribe() {
            return pipe.writable();
        }
    }
}
