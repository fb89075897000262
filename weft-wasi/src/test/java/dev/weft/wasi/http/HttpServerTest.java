package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import dev.weft.wasi.WasiContext;
import java.time.Duration;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpServer} serving {@code handler.wat}, a hand-written incoming-handler, to a
 * {@link HttpClient}: status, headers and body arrive; bodies stream both ways; a guest that traps
 * or never answers costs its client a 500, not the server.
 */
class HttpServerTest {
    private static final Engine ENGINE = Engine.create();
    private static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static HttpServer server;
    /** Each request's WASI context, and those closed. */
    private static final Queue<WasiContext> CONTEXTS = new ConcurrentLinkedQueue<>();
    private static final Queue<WasiContext> CLOSED = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.builder(Component.fromBytes(ENGINE, resource("handler.wasm")))
                .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .log(LOG::add)
                .limits(Limits.NONE.withDeadline(Duration.ofSeconds(2)))
                .onRequestContext(ctx -> {
                    CONTEXTS.add(ctx);
                    ctx.onClose(() -> CLOSED.add(ctx));
                })
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HttpServerTest.class.getResourceAsStream(name)) {
            if (in == null) throw new AssertionError("missing test resource dev/weft/wasi/http/" + name);
            return in.readAllBytes();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersWithStatusHeadersAndBody() throws Exception {
        HttpResponse<String> r = get("/hello/world?x=1&y=%20");
        assertEquals(200, r.statusCode());
        assertEquals("yes", r.headers().firstValue("x-wat").orElseThrow());
        assertEquals("text/plain", r.headers().firstValue("content-type").orElseThrow());
        assertEquals("hello from wat: /hello/world?x=1&y=%20", r.body());
    }

    @Test
    void statusCodeIsTheGuests() throws Exception {
        HttpResponse<String> r = get("/status");
        assertEquals(201, r.statusCode());
        assertEquals("hello from wat: /status", r.body());
    }

    @Test
    void echoesALargeBody() throws Exception {
        byte[] body = new byte[100 * 1024];
        new Random(7).nextBytes(body);
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertArrayEquals(body, r.body());
    }

    @Test
    void headHasNoBody() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/head"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("yes", r.headers().firstValue("x-wat").orElseThrow());
        assertEquals("", r.body());
    }

    @Test
    void aTrapIsA500AndTheServerGoesOn() throws Exception {
        HttpResponse<String> r = get("/trap");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().startsWith("500 internal server error"), r.body());
        assertTrue(LOG.stream().anyMatch(m -> m.startsWith("GET /trap: the guest failed") && m.contains("unreachable")), LOG::toString);
        assertEquals(200, get("/after-trap").statusCode());
    }

    @Test
    void noResponseIsA500() throws Exception {
        HttpResponse<String> r = get("/none");
        assertEquals(500, r.statusCode());
        assertTrue(LOG.stream().anyMatch(m -> m.equals("GET /none: the guest returned without response-outparam.set")),
                LOG::toString);
        assertEquals(200, get("/after-none").statusCode());
    }

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String path = "/c" + i;
                answers.add(pool.submit(() -> get(path)));
            }
            for (int i = 0; i < 32; i++) {
                HttpResponse<String> r = answers.get(i).get();
                assertEquals(200, r.statusCode());
                assertEquals("hello from wat: /c" + i, r.body());
            }
        }
    }

    @Test
    void aComponentWithoutIncomingHandlerIsRefused() throws IOException {
        Component other = Component.fromBytes(ENGINE, SemverResource.bytes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpServer.builder(other)
                .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).start());
        assertTrue(e.getMessage().contains("wasi:http/incoming-handler@0.2.x"), e.getMessage());
    }

    @Test
    void uriNamesTheBoundPort() {
        URI uri = server.uri();
        assertEquals(server.address().getPort(), uri.getPort());
        assertEquals("127.0.0.1", uri.getHost());
    }

    /** {@code dev/weft/wasi/older-versions.wasm}: a component that exports functions, no handler. */
    private static final class SemverResource {
        static byte[] bytes() throws IOException {
            try (InputStream in = HttpServerTest.class.getResourceAsStream("/dev/weft/wasi/older-versions.wasm")) {
                return in.readAllBytes();
            }
        }
    }

    @Test
    void eachRequestHasItsOwnContextClosedWhenItEnds() throws Exception {
        int before = CONTEXTS.size();
        assertEquals(200, get("/ctx-1").statusCode());
        assertEquals(200, get("/ctx-2").statusCode());
        assertEquals(500, get("/trap-ctx").statusCode());
        List<WasiContext> mine = List.copyOf(CONTEXTS).subList(before, before + 3);
        assertEquals(3, mine.stream().distinct().count(), "a context per request");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!CLOSED.containsAll(mine) && System.nanoTime() < deadline) Thread.sleep(10);
        assertTrue(CLOSED.containsAll(mine), "every request's context is closed, the trapped one's too");
    }

    @Test
    void aRequestPastTheDeadlineIsA500AndTheServerGoesOn() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get("/loop");
        assertEquals(500, r.statusCode());
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
        assertTrue(LOG.stream().anyMatch(m -> m.startsWith("GET /loop: the guest failed")), LOG::toString);
        assertEquals(200, get("/after-loop").statusCode());
        assertEquals("hello from wat: /after-loop", get("/after-loop").body());
    }
}
