package dev.weft.wasi.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * The host side of an {@code incoming-request}, as the {@link HttpServer} made it. Headers are
 * immutable; the body is consumed once.
 */
final class IncomingRequest implements AutoCloseable {
    private final String method;
    private final Optional<String> pathWithQuery;
    private final Optional<String> scheme;
    private final Optional<String> authority;
    private final Fields headers;
    private final InputStream body;
    private boolean consumed;

    IncomingRequest(String method, Optional<String> pathWithQuery, Optional<String> scheme, Optional<String> authority,
                    Fields headers, InputStream body) {
        this.method = Objects.requireNonNull(method, "method");
        this.pathWithQuery = pathWithQuery;
        this.scheme = scheme;
        this.authority = authority;
        this.headers = headers.isMutable() ? headers.freeze() : headers;
        this.body = body;
    }

    String method() {
        return method;
    }

    Optional<String> pathWithQuery() {
        return pathWithQuery;
    }

    Optional<String> scheme() {
        return scheme;
    }

    Optional<String> authority() {
        return authority;
    }

    Fields headers() {
        return headers;
    }

    /** {@code consume}: the body, the first time only. */
    synchronized Optional<IncomingBody> consume() {
        if (consumed) return Optional.empty();
        consumed = true;
        return Optional.of(new IncomingBody(body, Optional.empty()));
    }

    @Override
    public synchronized void close() {
        if (consumed) return;
        consumed = true;
        try {
            body.close();
        } catch (IOException ignored) {
            // the guest did not read the body
        }
    }
}
