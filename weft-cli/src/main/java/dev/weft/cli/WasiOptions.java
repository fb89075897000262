package dev.weft.cli;

import dev.weft.wasi.WasiConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The WASI grants of {@code weft run}, Wasmtime's flags where it has them: nothing is granted
 * unless a flag says so; stdio is the process's own.
 */
final class WasiOptions {
    @Option(names = "--env", paramLabel = "NAME[=VALUE]",
            description = "Set an environment variable for the guest; NAME alone passes this process's value.")
    List<String> env = new ArrayList<>();

    @Option(names = "--inherit-env", description = "Pass this process's whole environment to the guest.")
    boolean inheritEnv;

    @Option(names = "--dir", paramLabel = "HOST[::GUEST[:ro]]",
            description = "Let the guest open the host directory HOST as GUEST (default: the same path); :ro makes it read-only.")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--allow-tcp", paramLabel = "HOST:PORT", description = "Allow TCP to HOST:PORT (IPv6 as [::1]:PORT).")
    List<String> tcp = new ArrayList<>();

    @Option(names = "--allow-udp", paramLabel = "HOST:PORT", description = "Allow UDP to HOST:PORT.")
    List<String> udp = new ArrayList<>();

    @Option(names = "--allow-name-lookup", description = "Allow the guest to resolve host names.")
    boolean nameLookup;

    @Option(names = "--allow-http", paramLabel = "[SCHEME://]HOST[:PORT]",
            description = "Allow wasi:http requests to HOST (as the request names it) on PORT (default: 80 for http,"
                    + " 443 for https; * for any); SCHEME limits it to http or https.")
    List<String> http = new ArrayList<>();

    /** The configuration: {@code args} (program name first), these grants, the process's stdio. */
    WasiConfig config(List<String> args, boolean terminal) {
        WasiConfig.Builder b = WasiConfig.builder().args(args).inheritStdio();
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq == 0) throw new UserInputException("--env " + e + ": the variable name is empty", null);
            if (eq > 0) {
                b.env(e.substring(0, eq), e.substring(eq + 1));
            } else if (System.getenv(e) != null) {
                b.env(e, System.getenv(e));
            }
        }
        if (inheritEnv) b.inheritEnv();
        for (String d : dirs) preopen(b, d);
        for (String t : tcp) b.allowTcp(host(t, "--allow-tcp"), port(t, "--allow-tcp"));
        for (String u : udp) b.allowUdp(host(u, "--allow-udp"), port(u, "--allow-udp"));
        if (nameLookup) b.allowNameLookup();
        for (String h : http) {
            try {
                b.allowHttp(h);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--allow-http " + h + ": " + e.getMessage(), null);
            }
        }
        if (terminal) b.terminal(WasiConfig.Stdio.STDIN).terminal(WasiConfig.Stdio.STDOUT);
        return b.build();
    }

    private static void preopen(WasiConfig.Builder b, String spec) {
        int sep = spec.indexOf("::");
        String host = sep < 0 ? spec : spec.substring(0, sep);
        String guest = sep < 0 ? spec : spec.substring(sep + 2);
        boolean readOnly = guest.endsWith(":ro");
        if (readOnly) guest = guest.substring(0, guest.length() - 3);
        if (host.isEmpty() || guest.isEmpty()) {
            throw new UserInputException("--dir " + spec + ": expected HOST, HOST::GUEST or HOST::GUEST:ro", null);
        }
        Path path = Path.of(host);
        if (!path.toFile().isDirectory()) throw new UserInputException("--dir " + spec + ": " + host + " is not a directory", null);
        b.preopen(path, guest, readOnly);
    }

    private static String host(String spec, String flag) {
        int colon = spec.lastIndexOf(':');
        String host = colon < 0 ? "" : spec.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (host.isEmpty()) throw new UserInputException(flag + " " + spec + ": expected HOST:PORT", null);
        return host;
    }

    private static int port(String spec, String flag) {
        String port = spec.substring(spec.lastIndexOf(':') + 1);
        try {
            int p = Integer.parseInt(port);
            if (p >= 0 && p <= 65535) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserInputException(flag + " " + spec + ": the port must be a number from 0 to 65535", null);
    }
}
