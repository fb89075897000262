package dev.weft.wasi.http;

import static dev.weft.wasi.Calls.ok;
import static dev.weft.wasi.Calls.streamError;
import static dev.weft.wasi.http.HttpCalls.entries;
import static dev.weft.wasi.http.HttpCalls.errorCase;
import static dev.weft.wasi.http.HttpCalls.some;
import static dev.weft.wasi.http.HttpCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.OptionType;
import dev.weft.wasi.Calls;
import dev.weft.wasi.WasiConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code outgoing-handler.handle} end to end against a local {@link HttpServer}, driven through the
 * host functions as a guest would: allowed requests arrive with their headers and body and the
 * response comes back; others are denied without touching the network.
 */
class OutgoingHandlerTest {
    private static final String STREAMS = "wasi:io/streams";
    private HttpServer server;
    private int port;
    private final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] in = exchange.getRequestBody().readAllBytes();
            String echo = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " x-greeting="
                    + exchange.getRequestHeaders().getFirst("x-greeting") + " body=" + new String(in, StandardCharsets.UTF_8);
            byte[] out = echo.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Reply", "one");
            exchange.getResponseHeaders().add("X-Reply", "two");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A request to {@code http://authority path} with {@code x-greeting: hi}. */
    private Value request(HttpCalls calls, String authority, String path) {
        Value request = calls.types("[constructor]outgoing-request", calls.fields("x-greeting", "hi"));
        ok(calls.method("outgoing-request", "set-scheme", request,
                Value.option(HttpTypes.OPTION_SCHEME, Optional.of(Value.variant(HttpTypes.SCHEME, "HTTP")))));
        ok(calls.method("outgoing-request", "set-authority", request, Value.option(HttpTypes.OPTION_STRING, Optional.of(Value.string(authority)))));
        ok(calls.method("outgoing-request", "set-path-with-query", request, Value.option(HttpTypes.OPTION_STRING, Optional.of(Value.string(path)))));
        return request;
    }

    private static Value noOptions(HttpCalls calls) {
        return Value.option(new OptionType(calls.r.requestOptions().ownType()), Optional.empty());
    }

    private static Value handle(HttpCalls calls, Value request, Value options) {
        return calls.call("wasi:http/outgoing-handler", "handle", request, options);
    }

    /** Waits on the future's pollable, then takes the outcome: {@code result<incoming-response, error-code>}. */
    private static Value await(HttpCalls calls, Value future) {
        Value pollable = calls.method("future-incoming-response", "subscribe", future);
        calls.call("wasi:io/poll", "[method]pollable.block", pollable);
        return ok(some(calls.method("future-incoming-response", "get", future)));
    }

    private static String readAll(HttpCalls calls, Value response) {
        Value body = ok(calls.method("incoming-response", "consume", response));
        Value in = ok(calls.method("incoming-body", "stream", body));
        StringBuilder s = new StringBuilder();
        while (true) {
            Value r = calls.call(STREAMS, "[method]input-stream.blocking-read", in, Value.u64(1 << 16));
            if (!((ResultValue) r).isOk()) {
                assertEquals("closed", streamError(r));
                break;
            }
            s.append(Calls.text(ok(r)));
        }
        return s.toString();
    }

    @Test
    void anAllowedRequestArrivesAndItsResponseComesBack() {
        try (HttpCalls calls = new HttpCalls(WasiConfig.builder().allowHttp("http://127.0.0.1:" + port).build())) {
            Value future = ok(handle(calls, request(calls, "127.0.0.1:" + port, "/hello?q=1"), noOptions(calls)));
            Value response = ok(await(calls, future));
            assertEquals(Value.u16(200), calls.method("incoming-response", "status", response));
            List<String> headers = entries(calls.method("fields", "entries", calls.method("incoming-response", "headers", response)));
            assertTrue(headers.containsAll(List.of("x-reply: one", "x-reply: two")), headers.toString());
            assertEquals("GET /hello?q=1 x-greeting=hi body=", readAll(calls, response));
        }
    }

    @Test
    void aPostStreamsItsBodyAndStatusesOtherThan200ComeBackToo() {
        try (HttpCalls calls = new HttpCalls(WasiConfig.builder().allowHttp("127.0.0.1:*").build())) {
            Value request = request(calls, "127.0.0.1:" + port, "/missing");
            ok(calls.method("outgoing-request", "set-method", request, Value.variant(HttpTypes.METHOD, "post")));
            Value body = ok(calls.method("outgoing-request", "body", request));
            Value out = ok(calls.method("outgoing-body", "write", body));
            Value options = calls.types("[constructor]request-options");
            ok(calls.method("request-options", "set-first-byte-timeout", options,
                    Value.option(HttpTypes.OPTION_DURATION, Optional.of(Value.u64(10_000_000_000L)))));
            Value future = ok(handle(calls, request, Value.option(new OptionType(calls.r.requestOptions().ownType()), Optional.of(options))));
            ok(calls.call(STREAMS, "[method]output-stream.blocking-write-and-flush", out, text("streamed ")));
            ok(calls.call(STREAMS, "[method]output-stream.blocking-write-and-flush", out, text("body")));
            ok(calls.types("[static]outgoing-body.finish", body,
                    Value.option(new OptionType(calls.r.fields().ownType()), Optional.empty())));
            Value response = ok(await(calls, future));
            assertEquals(Value.u16(404), calls.method("incoming-response", "status", response));
            assertEquals("POST /missing x-greeting=hi body=streamed body", readAll(calls, response));
        }
    }

    @Test
    void originsNotAllowedAreDeniedWithoutConnecting() {
        try (HttpCalls denyAll = new HttpCalls()) {
            assertEquals("HTTP-request-denied", errorCase(handle(denyAll, request(denyAll, "127.0.0.1:" + port, "/"), noOptions(denyAll))));
        }
        try (HttpCalls other = new HttpCalls(WasiConfig.builder().allowHttp("http://127.0.0.1:" + (port == 1 ? 2 : 1))
                .allowHttp("https://127.0.0.1:" + port).allowHttp("http://localhost:" + port).build())) {
            assertEquals("HTTP-request-denied", errorCase(handle(other, request(other, "127.0.0.1:" + port, "/"), noOptions(other))));
        }
        assertEquals(0, hits.get());
    }

    @Test
    void aClosedPortIsConnectionRefused() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        try (HttpCalls calls = new HttpCalls(WasiConfig.builder().allowHttp("http://127.0.0.1:" + closed).build())) {
            Value future = ok(handle(calls, request(calls, "127.0.0.1:" + closed, "/"), noOptions(calls)));
            assertEquals("connection-refused", errorCase(await(calls, future)));
        }
    }

    @Test
    void badRequestsAreErrorCodes() {
        try (HttpCalls calls = new HttpCalls(WasiConfig.builder().allowHttp("127.0.0.1:*").build())) {
            Value noAuthority = calls.types("[constructor]outgoing-request", calls.types("[constructor]fields"));
            assertEquals("HTTP-request-URI-invalid", errorCase(handle(calls, noAuthority, noOptions(calls))));
            Value ftp = request(calls, "127.0.0.1:" + port, "/");
            ok(calls.method("outgoing-request", "set-scheme", ftp,
                    Value.option(HttpTypes.OPTION_SCHEME, Optional.of(Value.variant(HttpTypes.SCHEME, "other", Value.string("ftp"))))));
            assertEquals("HTTP-protocol-error", errorCase(handle(calls, ftp, noOptions(calls))));
        }
    }

    @Test
    void anUnresolvableHostIsADnsError() {
        try (HttpCalls calls = new HttpCalls(WasiConfig.builder().allowHttp("http://no-such-host.invalid").build())) {
            Value future = ok(handle(calls, request(calls, "no-such-host.invalid", "/"), noOptions(calls)));
            assertEquals("DNS-error", errorCase(await(calls, future)));
        }
    }
}
