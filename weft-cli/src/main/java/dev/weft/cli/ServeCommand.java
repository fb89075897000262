package dev.weft.cli;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.wasi.http.HttpServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft serve [--addr HOST:PORT] FILE}: serves a {@code wasi:http/incoming-handler}
 * component over HTTP, a fresh instance per request, with the WASI grants of {@code weft run}'s
 * flags; runs until interrupted (Ctrl-C).
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve a wasi:http/incoming-handler component over HTTP, as wasmtime serve does: each request runs in a"
                    + " fresh instance.",
            "WASI is granted per the flags (deny by default); the guests' stdout and stderr are this process's."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A component binary (.wasm) exporting wasi:http/incoming-handler@0.2.x.")
    Path file;

    @Option(names = "--addr", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8080",
            description = "Where to listen (default: ${DEFAULT-VALUE}; port 0 picks a free one; IPv6 as [::1]:PORT).")
    String addr;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    WasiOptions wasi;

    /** {@code --timeout} and {@code --max-memory}: the limits of each request's instance. */
    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws InterruptedException {
        InetSocketAddress address = address(addr);
        byte[] bytes = Inputs.readBytes(file);
        Component component = Component.fromBytes(engine(), bytes);
        HttpServer.Builder builder = HttpServer.builder(component)
                .config(wasi.config(List.of(file.toString()), false))
                .limits(limits.limits())
                .address(address);
        try (HttpServer server = start(builder)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("serving " + server.uri().toString().replaceAll("/$", ""));
            out.flush();
            new CountDownLatch(1).await(); // until interrupted
            return 0;
        } catch (InterruptedException e) {
            return 0;
        }
    }

    private static HttpServer start(HttpServer.Builder builder) {
        try {
            return builder.start();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private Engine engine() {
        return engineOptions.builder(RunCommand.isTerminal()).build();
    }

    /** {@code HOST:PORT}, {@code [V6]:PORT}. */
    static InetSocketAddress address(String spec) {
        int colon = spec.lastIndexOf(':');
        String host = colon < 0 ? "" : spec.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port = -1;
        try {
            port = Integer.parseInt(spec.substring(colon + 1));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (host.isEmpty() || port < 0 || port > 65535) {
            throw new UserInputException("--addr " + spec + ": expected HOST:PORT, the port from 0 to 65535", null);
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) throw new UserInputException("--addr " + spec + ": unknown host " + host, null);
        return address;
    }
}
