package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.wasi.WasiTesting;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpServer} serving the real {@code js-http/http-hello.wasm} (componentize-js, 13 MB): a
 * fresh SpiderMonkey instance per request answers greetings and echoes bodies. Interpreted: loading
 * takes about 2.5 s and a request under 0.1 s, where compiling takes about 25 s (without a warm cache).
 */
class JsHttpServerTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        Path wasm = WasiTesting.component("js-http/http-hello.wasm");
        Engine engine = Engine.builder().execution(Execution.INTERPRETER).build();
        server = HttpServer.builder(Component.fromFile(engine, wasm))
                .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void greets() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri().resolve("/any")));
        assertEquals(200, r.statusCode());
        assertEquals("text/plain", r.headers().firstValue("content-type").orElseThrow());
        assertEquals("hello from a component: GET /any\n", r.body());
    }

    @Test
    void echoesA100KbBody() throws Exception {
        String body = "0123456789abcdef".repeat(100 * 1024 / 16);
        HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri().resolve("/echo"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode());
        assertEquals(String.valueOf(body.length()), r.headers().firstValue("x-echo-length").orElseThrow());
        assertEquals(body, r.body());
    }

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String path = "/c" + i;
                answers.add(pool.submit(() -> send(HttpRequest.newBuilder(server.uri().resolve(path)))));
            }
            for (int i = 0; i < 8; i++) {
                assertEquals("hello from a component: GET /c" + i + "\n", answers.get(i).get().body());
            }
        }
    }
}
