package dev.weft.wasi.http;

import dev.weft.runtime.Component;
import dev.weft.runtime.Limits;
import dev.weft.runtime.Linker;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Serves a {@code wasi:http/incoming-handler@0.2.x} component over HTTP/1.1, as
 * {@code wasmtime serve} does: every request runs in a fresh instance of the component, on a
 * virtual thread of its own.
 *
 * <pre>{@code
 * try (HttpServer server = HttpServer.builder(component)
 *         .config(WasiConfig.builder().inheritStdio().build())
 *         .address(new InetSocketAddress("127.0.0.1", 8080))
 *         .start()) {
 *     ... // server.uri() answers until close()
 * }
 * }</pre>
 *
 * <p>The component is linked once; each request gets a new instance with a new
 * {@link WasiContext} (closed when the guest returns) under the {@linkplain Builder#limits limits}.
 * A guest that traps, answers an {@code error-code} or never sets its {@code response-outparam}
 * gets the client a {@code 500} (or, once the response has started, a cut connection), reported
 * through the {@linkplain Builder#log log}; the server keeps serving.
 */
public final class HttpServer implements AutoCloseable {
    private final com.sun.net.httpserver.HttpServer server;
    private final ExecutorService executor;

    private HttpServer(com.sun.net.httpserver.HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** A builder serving {@code component}, which must export {@code wasi:http/incoming-handler@0.2.x}. */
    public static Builder builder(Component component) {
        return new Builder(component);
    }

    /** Where the server listens (the actual port when the builder asked for port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://HOST:PORT/}. */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** Stops listening and abandons requests still running (their guests are interrupted, their contexts closed). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Builds and starts an {@link HttpServer}. */
    public static final class Builder {
        private final Component component;
        private WasiConfig config = WasiConfig.builder().inheritStdio().stdin(new byte[0]).build();
        private Consumer<Linker> linker = l -> { };
        private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
        private Consumer<String> log = message -> System.err.println("weft serve: " + message);
        private Limits limits;
        private Consumer<WasiContext> contexts = ctx -> { };

        private Builder(Component component) {
            this.component = Objects.requireNonNull(component, "component");
        }

        /**
         * The WASI grants of every request (default: none, the process's stdout and stderr, an
         * empty stdin). Each request gets its own instance and its own {@link WasiContext} of this
         * configuration, closed when the guest returns: what a guest leaves open (sockets, streams,
         * outgoing requests) dies with its request.
         */
        public Builder config(WasiConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Defines more imports in the linker, after WASI (e.g. {@code Linker::defineUnknownImportsAsTraps}). */
        public Builder linker(Consumer<Linker> customize) {
            this.linker = Objects.requireNonNull(customize, "customize");
            return this;
        }

        /** Where to listen (default {@code 127.0.0.1:8080}; port 0 picks a free one). */
        public Builder address(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The limits of each request's instance (default: the engine's): a deadline bounds
         * instantiating plus {@code handle}, a guest past it is stopped and its client gets a
         * {@code 500} (or a cut connection once the response started); memory limits cap each
         * instance's memories.
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Called with each request's {@link WasiContext} before its instance is made, on the guest's
         * thread: e.g. to {@linkplain WasiContext#onClose register} what ends with the request.
         */
        public Builder onRequestContext(Consumer<WasiContext> contexts) {
            this.contexts = Objects.requireNonNull(contexts, "contexts");
            return this;
        }

        /** Where failures of guests and connections are reported (default: standard error). */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * Links the component (once), binds the address and starts serving.
         *
         * @throws dev.weft.runtime.UnlinkableException if an import is neither WASI nor defined by {@link #linker}
         * @throws IllegalArgumentException if the component exports no {@code wasi:http/incoming-handler@0.2.x}
         * @throws UncheckedIOException if the address cannot be bound
         */
        public HttpServer start() {
            IncomingHandler handler = IncomingHandler.link(component, config,
                    limits != null ? limits : component.engine().limits(), linker, contexts);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            try {
                com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(address, 0);
                server.createContext("/", new ServerExchange(handler, log));
                server.setExecutor(executor);
                server.start();
                return new HttpServer(server, executor);
            } catch (IOException e) {
                executor.shutdownNow();
                throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                executor.shutdownNow();
                throw e;
            }
        }
    }
}
