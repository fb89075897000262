package dev.weft.wasi.http;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code wasi:http/outgoing-handler.handle} over {@link java.net.http.HttpClient}: checks the request,
 * refuses what the {@link HttpPolicy} does not allow ({@code HTTP-request-denied}, before any network
 * activity), and sends the rest. HTTP/1.1, no redirects followed, no proxy, no cookies. The clients
 * (one per connect timeout) and their threads are made on the first allowed request and shut down
 * with the WASI context.
 */
final class OutgoingHandler implements AutoCloseable {
    /** Headers the Java client sets itself (and refuses from callers), beyond the forbidden ones. */
    private static final Set<String> CLIENT_MANAGED = Set.of("content-length", "expect");

    private final HttpPolicy policy;
    private final Map<Optional<Duration>, HttpClient> clients = new HashMap<>();
    private ExecutorService executor;
    private boolean closed;

    OutgoingHandler(HttpPolicy policy) {
        this.policy = policy;
    }

    /**
     * Sends {@code request}: the response arrives in the returned future.
     *
     * @throws HttpException for a request that cannot be sent: {@code HTTP-request-denied},
     *         {@code HTTP-request-URI-invalid}, {@code HTTP-protocol-error} (a scheme other than
     *         http or https), {@code HTTP-request-method-invalid}
     */
    FutureIncomingResponse handle(OutgoingRequest request, Optional<RequestOptions> options) {
        String scheme = request.scheme().orElse("https").toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw ErrorCode.of("HTTP-protocol-error").exception();
        String authority = request.authority().orElseThrow(() -> ErrorCode.of("HTTP-request-URI-invalid").exception());
        Syntax.Authority a = Syntax.authority(authority).filter(x -> !authority.contains("@"))
                .orElseThrow(() -> ErrorCode.of("HTTP-request-URI-invalid").exception());
        int port = a.port().orElse(scheme.equals("https") ? 443 : 80);
        if (!policy.allows(scheme, a.host(), port)) throw ErrorCode.requestDenied().exception();

        String path = request.pathWithQuery().orElse("/");
        if (!path.startsWith("/")) path = "/" + path;
        URI uri;
        try {
            uri = new URI(scheme + "://" + authority + path);
        } catch (URISyntaxException e) {
            throw ErrorCode.of("HTTP-request-URI-invalid").exception();
        }
        Optional<BodyPipe> pipe = request.body().map(OutgoingBody::pipe);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).expectContinue(false);
        options.flatMap(RequestOptions::firstByteTimeout).ifPresent(d -> b.timeout(positive(d)));
        for (Fields.Entry e : request.headers().entries()) {
            if (FieldRules.isForbidden(e.name()) || CLIENT_MANAGED.contains(e.name())) continue;
            try {
                b.header(e.name(), new String(e.value(), StandardCharsets.ISO_8859_1));
            } catch (IllegalArgumentException refused) {
                throw ErrorCode.internal("the HTTP client refuses header `" + e.name() + "`: " + refused.getMessage()).exception();
            }
        }
        try {
            b.method(request.method(), publisher(pipe));
        } catch (IllegalArgumentException e) {
            throw ErrorCode.of("HTTP-request-method-invalid").exception();
        }
        HttpRequest built;
        try {
            built = b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ErrorCode.of("HTTP-request-URI-invalid").exception();
        }
        Optional<Duration> betweenBytes = options.flatMap(RequestOptions::betweenBytesTimeout);
        HttpClient client = client(options.flatMap(RequestOptions::connectTimeout));
        CompletableFuture<IncomingResponse> response = client.sendAsync(built, HttpResponse.BodyHandlers.ofInputStream())
                .handle((r, failure) -> {
                    if (failure != null) {
                        ErrorCode code = Failures.code(failure);
                        pipe.ifPresent(p -> p.fail(code));
                        throw new CompletionException(code.exception());
                    }
                    return new IncomingResponse(r.statusCode(), headers(r), r.body(), betweenBytes);
                });
        return new FutureIncomingResponse(response);
    }

    /** The body: none if the guest never asked for one, its bytes if it finished it, else streamed. */
    private static HttpRequest.BodyPublisher publisher(Optional<BodyPipe> pipe) {
        if (pipe.isEmpty()) return HttpRequest.BodyPublishers.noBody();
        BodyPipe p = pipe.get();
        OptionalLong length = p.contentLength();
        if (p.isFinished()) {
            byte[] bytes = p.drain();
            return bytes.length == 0 && length.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        HttpRequest.BodyPublisher streamed = HttpRequest.BodyPublishers.ofInputStream(p::reader);
        return length.isPresent() ? HttpRequest.BodyPublishers.fromPublisher(streamed, length.getAsLong()) : streamed;
    }

    private static Fields headers(HttpResponse<InputStream> r) {
        List<Fields.Entry> entries = new ArrayList<>();
        r.headers().map().forEach((name, values) -> {
            if (name.startsWith(":")) return; // HTTP/2 pseudo-headers
            for (String v : values) entries.add(new Fields.Entry(name, v.getBytes(StandardCharsets.ISO_8859_1)));
        });
        return Fields.received(entries);
    }

    private static Duration positive(Duration d) {
        return d.isZero() || d.isNegative() ? Duration.ofNanos(1) : d;
    }

    private synchronized HttpClient client(Optional<Duration> connectTimeout) {
        if (closed) throw ErrorCode.internal("the WASI context is closed").exception();
        if (executor == null) {
            executor = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("weft-wasi-http-", 0).factory());
        }
        return clients.computeIfAbsent(connectTimeout, t -> {
            HttpClient.Builder c = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .executor(executor);
            t.ifPresent(d -> c.connectTimeout(positive(d)));
            return c.build();
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (HttpClient c : clients.values()) c.shutdownNow();
        clients.clear();
        if (executor != null) executor.shutdownNow();
    }
}
