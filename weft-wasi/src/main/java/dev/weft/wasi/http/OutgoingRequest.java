package dev.weft.wasi.http;

import java.util.Optional;

/**
 * The host side of an {@code outgoing-request}: method ({@code GET} at first), scheme, authority and
 * path-with-query (none at first), the headers it was made with (immutable from then on) and its
 * body, handed out once. The setters check syntax only; {@link OutgoingHandler#handle} decides
 * whether the combination can be sent.
 */
final class OutgoingRequest {
    private final Fields headers;
    private String method = "GET";
    private Optional<String> scheme = Optional.empty();
    private Optional<String> authority = Optional.empty();
    private Optional<String> pathWithQuery = Optional.empty();
    private OutgoingBody body;
    private boolean bodyTaken;

    /** A request with {@code headers}, taken from the guest (the request owns them now). */
    OutgoingRequest(Fields headers) {
        this.headers = headers.freeze();
    }

    /** {@code headers}: an immutable view. */
    Fields headers() {
        return headers;
    }

    /** {@code body}: the body, the first time only (empty after). */
    synchronized Optional<OutgoingBody> takeBody() {
        if (bodyTaken) return Optional.empty();
        bodyTaken = true;
        body = new OutgoingBody(Syntax.contentLength(headers));
        return Optional.of(body);
    }

    /** The body the guest took, if it did: what {@code handle} sends. */
    synchronized Optional<OutgoingBody> body() {
        return Optional.ofNullable(body);
    }

    synchronized String method() {
        return method;
    }

    /** {@code set-method}; false if {@code other} is not a token. */
    synchronized boolean setMethod(String m) {
        if (!Syntax.isToken(m)) return false;
        method = m;
        return true;
    }

    synchronized Optional<String> scheme() {
        return scheme;
    }

    /** {@code set-scheme}; false if {@code other} is not a scheme (RFC 3986: a letter, then letters, digits, {@code +-.}). */
    synchronized boolean setScheme(Optional<String> s) {
        if (s.isPresent() && !Syntax.isScheme(s.get())) return false;
        scheme = s;
        return true;
    }

    synchronized Optional<String> authority() {
        return authority;
    }

    /** {@code set-authority}; false if not {@code host[:port]}. */
    synchronized boolean setAuthority(Optional<String> a) {
        if (a.isPresent() && Syntax.authority(a.get()).isEmpty()) return false;
        authority = a;
        return true;
    }

    synchronized Optional<String> pathWithQuery() {
        return pathWithQuery;
    }

    /** {@code set-path-with-query}; false if it holds characters a request target cannot. */
    synchronized boolean setPathWithQuery(Optional<String> p) {
        if (p.isPresent() && !Syntax.isPathWithQuery(p.get())) return false;
        pathWithQuery = p;
        return true;
    }
}
