package dev.weft.wasi.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The host side of an {@code incoming-response}: status, immutable headers, and the body, consumed
 * once. Dropped unconsumed, the body's source is closed.
 */
final class IncomingResponse implements AutoCloseable {
    private final int status;
    private final Fields headers;
    private final InputStream body;
    private final Optional<Duration> betweenBytes;
    private boolean consumed;

    IncomingResponse(int status, Fields headers, InputStream body, Optional<Duration> betweenBytes) {
        this.status = status;
        this.headers = headers.isMutable() ? headers.freeze() : headers;
        this.body = body;
        this.betweenBytes = betweenBytes;
    }

    int status() {
        return status;
    }

    Fields headers() {
        return headers;
    }

    /** {@code consume}: the body, the first time only. */
    synchronized Optional<IncomingBody> consume() {
        if (consumed) return Optional.empty();
        consumed = true;
        return Optional.of(new IncomingBody(body, betweenBytes));
    }

    @Override
    public synchronized void close() {
        if (consumed) return;
        consumed = true;
        try {
            body.close();
        } catch (IOException ignored) {
            // the guest did not want the body
        }
    }
}
