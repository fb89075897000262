package dev.weft.wasi.http;

import java.util.Optional;

/**
 * The host side of an {@code outgoing-response}: status code (200 at first), the headers it was made
 * with (immutable from then on), and its body, handed out once.
 */
final class OutgoingResponse {
    private final Fields headers;
    private int status = 200;
    private OutgoingBody body;

    OutgoingResponse(Fields headers) {
        this.headers = headers.freeze();
    }

    Fields headers() {
        return headers;
    }

    synchronized int status() {
        return status;
    }

    /** {@code set-status-code}; false unless 100 to 999 (as Wasmtime's {@code http} crate accepts). */
    synchronized boolean setStatus(int code) {
        if (code < 100 || code > 999) return false;
        status = code;
        return true;
    }

    /** {@code body}: the body, the first time only. */
    synchronized Optional<OutgoingBody> takeBody() {
        if (body != null) return Optional.empty();
        body = new OutgoingBody(Syntax.contentLength(headers));
        return Optional.of(body);
    }

    /** The body the guest took, if it did. */
    synchronized Optional<OutgoingBody> body() {
        return Optional.ofNullable(body);
    }
}
