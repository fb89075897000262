package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code weft serve}: serves the js-http component until interrupted; a bad {@code --addr} is the user's error. */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+)\n");

    @Test
    @Timeout(60)
    void servesUntilInterrupted() throws Exception {
        Path wasm = Path.of(System.getProperty("weft.shared", "../../shared"), "components", "js-http", "http-hello.wasm");
        assumeTrue(Files.exists(wasm), "../shared is missing: cannot read " + wasm.toAbsolutePath());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(Main.run(new PrintWriter(out), new PrintWriter(err),
                "serve", "--interpret", "--addr", "127.0.0.1:0", wasm.toString())));
        serving.start();
        Matcher m = SERVING.matcher("");
        while (serving.isAlive() && !(m = SERVING.matcher(out.toString())).find()) Thread.sleep(20);
        assertTrue(serving.isAlive(), () -> "stopped: " + out + err);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1) + "/any")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("hello from a component: GET /any\n", r.body());
        serving.interrupt();
        serving.join();
        assertEquals(0, exit.get(), err::toString);
    }

    @Test
    void aBadAddressIsTheUsersError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--addr", "localhost", "x.wasm");
        assertEquals(1, code);
        assertTrue(err.toString().contains("error: --addr localhost: expected HOST:PORT"), err::toString);
    }

    @Test
    @Timeout(60)
    void aRequestPastTheTimeoutIsA500AndTheServerGoesOn() throws Exception {
        Path wasm = Path.of("..", "weft-wasi", "src", "test", "resources", "dev", "weft", "wasi", "http", "handler.wasm");
        assertTrue(Files.exists(wasm), () -> "missing " + wasm.toAbsolutePath());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(Main.run(new PrintWriter(out), new PrintWriter(err),
                "serve", "--interpret", "--timeout", "500ms", "--max-memory", "16M", "--addr", "127.0.0.1:0", wasm.toString())));
        serving.start();
        Matcher m = SERVING.matcher("");
        while (serving.isAlive() && !(m = SERVING.matcher(out.toString())).find()) Thread.sleep(20);
        assertTrue(serving.isAlive(), () -> "stopped: " + out + err);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> looping = client.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/loop")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(500, looping.statusCode());
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/after")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode());
        assertEquals("hello from wat: /after", next.body());
        serving.interrupt();
        serving.join();
        assertEquals(0, exit.get(), err::toString);
    }
}
