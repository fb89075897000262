package dev.weft.wasi;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a WASI guest may see and do; nothing is granted by default: no arguments beyond the program
 * name, no environment, no preopened directories, no network, no name lookup, no HTTP, empty stdin, stdout
 * and stderr discarded, no terminals. Clocks and random are always available.
 *
 * <pre>{@code
 * WasiConfig.Capture out = WasiConfig.Capture.create();
 * WasiConfig config = WasiConfig.builder()
 *         .args(List.of("prog", "a", "b")).env("GREETING", "hi")
 *         .preopen(Path.of("data"), "/data", true)
 *         .stdout(out).stderr(WasiConfig.Output.inherit())
 *         .build();
 * int code = WasiCommand.run(engine, component, config);
 * String printed = out.text();
 * }</pre>
 *
 * @param args the program arguments, {@code args[0]} the program name ({@code get-arguments})
 * @param env the environment ({@code get-environment}), in order
 * @param initialCwd the answer of {@code initial-cwd}
 * @param preopens the directories the guest may open ({@code wasi:filesystem/preopens})
 * @param stdin what {@code get-stdin} reads
 * @param stdout where {@code get-stdout} writes
 * @param stderr where {@code get-stderr} writes
 * @param terminals which stdio streams report a terminal ({@code wasi:cli/terminal-*})
 * @param tcp the endpoints TCP sockets may connect to or bind
 * @param udp the endpoints UDP sockets may send to or bind
 * @param nameLookup whether {@code wasi:sockets/ip-name-lookup} resolves names
 * @param http the origins {@code wasi:http/outgoing-handler} may send requests to
 */
public record WasiConfig(
        List<String> args,
        Map<String, String> env,
        Optional<String> initialCwd,
        List<Preopen> preopens,
        Input stdin,
        Output stdout,
        Output stderr,
        Set<Stdio> terminals,
        List<Endpoint> tcp,
        List<Endpoint> udp,
        boolean nameLookup,
        List<HttpOrigin> http) {

    public WasiConfig {
        args = List.copyOf(args);
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        Objects.requireNonNull(initialCwd, "initialCwd");
        preopens = List.copyOf(preopens);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        terminals = Set.copyOf(terminals);
        tcp = List.copyOf(tcp);
        udp = List.copyOf(udp);
        http = List.copyOf(http);
    }

    /** A builder granting nothing. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configuration granting nothing. */
    public static WasiConfig denyAll() {
        return builder().build();
    }

    /** A directory of the host the guest sees at {@code guestPath}; read-only if {@code readOnly}. */
    public record Preopen(Path hostPath, String guestPath, boolean readOnly) {
        public Preopen {
            Objects.requireNonNull(hostPath, "hostPath");
            Objects.requireNonNull(guestPath, "guestPath");
        }
    }

    /** A network endpoint of an allow-list: a host name or IP literal, and a port. */
    public record Endpoint(String host, int port) {
        public Endpoint {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * An origin of the HTTP allow-list: a scheme ({@code http} or {@code https}; empty: either), a host
     * name or IP literal (compared without case, as the guest's request names it: not resolved), and
     * a port (empty: the scheme's default port, 80 or 443; {@code 0}: any port).
     */
    public record HttpOrigin(Optional<String> scheme, String host, OptionalInt port) {
        public HttpOrigin {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(port, "port");
            scheme = scheme.map(s -> s.toLowerCase(Locale.ROOT));
            if (scheme.isPresent() && !scheme.get().equals("http") && !scheme.get().equals("https")) {
                throw new IllegalArgumentException("the scheme must be http or https, not `" + scheme.get() + "`");
            }
            if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
            if (host.isEmpty() || host.contains("/") || host.contains("@") || host.contains(" ")) {
                throw new IllegalArgumentException("not a host name or IP address: `" + host + "`");
            }
            host = host.toLowerCase(Locale.ROOT);
            if (port.isPresent() && (port.getAsInt() < 0 || port.getAsInt() > 65535)) {
                throw new IllegalArgumentException("port out of range: " + port.getAsInt());
            }
        }

        /**
         * Parses {@code [SCHEME://]HOST[:PORT]} ({@code example.com}, {@code localhost:8080},
         * {@code https://api.example.com}, {@code [::1]:8080}, {@code host:*} for any port).
         *
         * @throws IllegalArgumentException with the reason, if {@code spec} is not such an origin
         */
        public static HttpOrigin parse(String spec) {
            String rest = spec.strip();
            Optional<String> scheme = Optional.empty();
            int sep = rest.indexOf("://");
            if (sep >= 0) {
                scheme = Optional.of(rest.substring(0, sep));
                rest = rest.substring(sep + 3);
            }
            if (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
            String host = rest;
            OptionalInt port = OptionalInt.empty();
            int colon = rest.lastIndexOf(':');
            boolean bareIpv6 = rest.indexOf(':') != colon && !rest.startsWith("[");
            if (colon >= 0 && !bareIpv6 && (!rest.startsWith("[") || colon > rest.indexOf(']'))) {
                host = rest.substring(0, colon);
                String p = rest.substring(colon + 1);
                if (p.equals("*")) {
                    port = OptionalInt.of(0);
                } else {
                    try {
                        port = OptionalInt.of(Integer.parseInt(p));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("the port must be a number from 1 to 65535 or *, not `" + p + "`");
                    }
                    if (port.getAsInt() < 1 || port.getAsInt() > 65535) {
                        throw new IllegalArgumentException("the port must be a number from 1 to 65535 or *, not `" + p + "`");
                    }
                }
            }
            return new HttpOrigin(scheme, host, port);
        }

        /** Whether a request to {@code scheme://host:port} ({@code scheme} lower case) is allowed by this origin. */
        public boolean allows(String requestScheme, String requestHost, int requestPort) {
            if (scheme.isPresent() && !scheme.get().equals(requestScheme)) return false;
            String h = requestHost.startsWith("[") && requestHost.endsWith("]")
                    ? requestHost.substring(1, requestHost.length() - 1) : requestHost;
            if (!host.equals(h.toLowerCase(Locale.ROOT))) return false;
            if (port.isEmpty()) return requestPort == (requestScheme.equals("https") ? 443 : 80);
            return port.getAsInt() == 0 || port.getAsInt() == requestPort;
        }

        @Override
        public String toString() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            String p = port.isEmpty() ? "" : port.getAsInt() == 0 ? ":*" : ":" + port.getAsInt();
            return scheme.map(s -> s + "://").orElse("") + h + p;
        }
    }

    /** The three standard streams. */
    public enum Stdio { STDIN, STDOUT, STDERR }

    /** What stdin reads. */
    public sealed interface Input {
        /** Nothing: stdin is at end of file at once. */
        static Input empty() {
            return new Bytes(new byte[0]);
        }

        /** These bytes, then end of file. */
        static Input bytes(byte[] bytes) {
            return new Bytes(bytes.clone());
        }

        /** These bytes as UTF-8. */
        static Input text(String text) {
            return new Bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        /** What {@code in} yields (read by a background thread, so that polling does not block). */
        static Input stream(InputStream in) {
            return new Stream(Objects.requireNonNull(in, "in"));
        }

        /** The process's own stdin ({@link System#in} when the guest first reads it). */
        static Input inherit() {
            return Inherit.INSTANCE;
        }

        record Bytes(byte[] bytes) implements Input {}

        record Stream(InputStream in) implements Input {}

        enum Inherit implements Input { INSTANCE }
    }

    /** Where stdout or stderr goes. */
    public sealed interface Output {
        /** Nowhere. */
        static Output discard() {
            return Discard.INSTANCE;
        }

        /** The process's own stream ({@link System#out} / {@link System#err} when the guest first writes). */
        static Output inherit() {
            return Inherit.INSTANCE;
        }

        /** To {@code out} (flushed when the guest flushes; never closed by WASI). */
        static Output stream(OutputStream out) {
            return new Stream(Objects.requireNonNull(out, "out"));
        }

        enum Discard implements Output { INSTANCE }

        enum Inherit implements Output { INSTANCE }

        record Stream(OutputStream out) implements Output {}
    }

    /**
     * An in-memory buffer to capture stdout or stderr and read it back after the run. Thread-safe;
     * runs sharing one capture append to it.
     */
    public static final class Capture implements Output {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        private Capture() {}

        public static Capture create() {
            return new Capture();
        }

        /** Appends {@code bytes}. */
        public synchronized void append(byte[] bytes) {
            buffer.writeBytes(bytes);
        }

        /** Everything captured so far. */
        public synchronized byte[] bytes() {
            return buffer.toByteArray();
        }

        /** Everything captured so far, as UTF-8. */
        public synchronized String text() {
            return buffer.toString(StandardCharsets.UTF_8);
        }

        /** Forgets what was captured. */
        public synchronized void reset() {
            buffer.reset();
        }
    }

    /** Builds a {@link WasiConfig}; each grant is explicit. */
    public static final class Builder {
        private final List<String> args = new ArrayList<>(List.of("main"));
        private final Map<String, String> env = new LinkedHashMap<>();
        private Optional<String> initialCwd = Optional.empty();
        private final List<Preopen> preopens = new ArrayList<>();
        private Input stdin = Input.empty();
        private Output stdout = Output.discard();
        private Output stderr = Output.discard();
        private final Set<Stdio> terminals = EnumSet.noneOf(Stdio.class);
        private final List<Endpoint> tcp = new ArrayList<>();
        private final List<Endpoint> udp = new ArrayList<>();
        private boolean nameLookup;
        private final List<HttpOrigin> http = new ArrayList<>();

        private Builder() {}

        /** The arguments, program name first (default: just {@code main}). */
        public Builder args(List<String> args) {
            if (args.isEmpty()) throw new IllegalArgumentException("args must hold at least the program name");
            this.args.clear();
            this.args.addAll(args);
            return this;
        }

        /** Sets environment variable {@code key} (overriding an inherited one). */
        public Builder env(String key, String value) {
            env.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds every variable of this process's environment (not overriding ones set before). */
        public Builder inheritEnv() {
            System.getenv().forEach(env::putIfAbsent);
            return this;
        }

        /** The answer of {@code wasi:cli/environment.initial-cwd} (default: none). */
        public Builder initialCwd(String cwd) {
            initialCwd = Optional.of(cwd);
            return this;
        }

        /** Lets the guest open the host directory {@code hostPath} as {@code guestPath}. */
        public Builder preopen(Path hostPath, String guestPath, boolean readOnly) {
            preopens.add(new Preopen(hostPath, guestPath, readOnly));
            return this;
        }

        public Builder stdin(Input in) {
            stdin = Objects.requireNonNull(in, "in");
            return this;
        }

        public Builder stdin(byte[] bytes) {
            return stdin(Input.bytes(bytes));
        }

        public Builder stdin(InputStream in) {
            return stdin(Input.stream(in));
        }

        /** stdin, stdout and stderr are the process's own. */
        public Builder inheritStdio() {
            stdin = Input.inherit();
            stdout = Output.inherit();
            stderr = Output.inherit();
            return this;
        }

        public Builder stdout(Output out) {
            stdout = Objects.requireNonNull(out, "out");
            return this;
        }

        public Builder stdout(OutputStream out) {
            return stdout(Output.stream(out));
        }

        public Builder stderr(Output err) {
            stderr = Objects.requireNonNull(err, "err");
            return this;
        }

        public Builder stderr(OutputStream err) {
            return stderr(Output.stream(err));
        }

        /** Reports {@code stream} as a terminal in {@code wasi:cli/terminal-*}. */
        public Builder terminal(Stdio stream) {
            terminals.add(Objects.requireNonNull(stream, "stream"));
            return this;
        }

        /** Allows TCP to {@code host}:{@code port}. */
        public Builder allowTcp(String host, int port) {
            tcp.add(new Endpoint(host, port));
            return this;
        }

        /** Allows UDP to {@code host}:{@code port}. */
        public Builder allowUdp(String host, int port) {
            udp.add(new Endpoint(host, port));
            return this;
        }

        /** Allows {@code wasi:sockets/ip-name-lookup}. */
        public Builder allowNameLookup() {
            nameLookup = true;
            return this;
        }

        /**
         * Allows {@code wasi:http} requests to {@code origin}: {@code [SCHEME://]HOST[:PORT]}, e.g.
         * {@code example.com} (http on 80, https on 443), {@code http://localhost:8080},
         * {@code api.example.com:*} (any port); see {@link HttpOrigin}.
         *
         * @throws IllegalArgumentException if {@code origin} is malformed
         */
        public Builder allowHttp(String origin) {
            http.add(HttpOrigin.parse(Objects.requireNonNull(origin, "origin")));
            return this;
        }

        /** Allows {@code wasi:http} requests to {@code origin}. */
        public Builder allowHttp(HttpOrigin origin) {
            http.add(Objects.requireNonNull(origin, "origin"));
            return this;
        }

        public WasiConfig build() {
            return new WasiConfig(args, env, initialCwd, preopens, stdin, stdout, stderr, terminals, tcp, udp,
                    nameLookup, http);
        }
    }
}
