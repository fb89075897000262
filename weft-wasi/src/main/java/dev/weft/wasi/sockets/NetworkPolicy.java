package dev.weft.wasi.sockets;

import dev.weft.wasi.WasiConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The network allow-list of a {@link WasiConfig}, with host names resolved once (when the sockets
 * are linked). Deny by default: with no entries, every connect, send and bind is refused with
 * {@code access-denied}, and without {@code allowNameLookup()} so is every name lookup.
 *
 * <p>The rules, for each protocol separately ({@code allowTcp} entries for TCP, {@code allowUdp} for UDP):
 * <ul>
 *   <li>An entry {@code (host, port)} stands for every address {@code host} resolves to (an IP
 *       literal stands for itself), at {@code port}; port {@code 0} in an entry means any port.</li>
 *   <li><b>Outbound</b> (TCP {@code connect}, UDP {@code stream} with a peer, UDP {@code send}): the
 *       remote IP must be one of an entry's addresses and the port must match it.</li>
 *   <li><b>Bind</b> to {@code ip:port} with the same rule is a <em>server</em> bind: the socket may
 *       then {@code listen} (TCP) or receive datagrams from anyone (UDP). The unspecified address
 *       ({@code 0.0.0.0}, {@code ::}) matches only an entry naming it, and an ephemeral port (bind to
 *       port 0) only an entry with port 0: {@code allowTcp("127.0.0.1", 0)} lets a guest listen on any
 *       loopback port.</li>
 *   <li>Otherwise a bind to port 0 (any address) is a <em>client</em> bind, allowed when the
 *       protocol has any entry at all: it only picks a local port to connect or send from. Such a TCP
 *       socket cannot listen; such a UDP socket receives only datagrams from allowed endpoints (others
 *       are discarded).</li>
 *   <li>Connections a listener accepts are not checked (the listener was allowed).</li>
 * </ul>
 */
public final class NetworkPolicy {
    /** The protocols with separate allow-lists. */
    public enum Protocol { TCP, UDP }

    /** What a bind is allowed to do. */
    public enum BindGrant {
        /** Refused: {@code access-denied}. */
        DENIED,
        /** An ephemeral local port to connect or send from. */
        CLIENT,
        /** Named by an entry: may listen (TCP) or receive from anyone (UDP). */
        SERVER
    }

    /** One resolved allow-list entry: these addresses at {@code port} (0: any). */
    record Rule(List<InetAddress> addresses, int port) {
        boolean matches(InetAddress ip, int p) {
            return (port == 0 || port == p) && addresses.contains(ip);
        }
    }

    private final List<Rule> tcp;
    private final List<Rule> udp;
    private final boolean nameLookup;

    NetworkPolicy(List<Rule> tcp, List<Rule> udp, boolean nameLookup) {
        this.tcp = List.copyOf(tcp);
        this.udp = List.copyOf(udp);
        this.nameLookup = nameLookup;
    }

    /**
     * The policy of {@code config}, resolving its host names now.
     *
     * @throws IllegalArgumentException if an allowed host name does not resolve
     */
    public static NetworkPolicy of(WasiConfig config) {
        return new NetworkPolicy(rules(config.tcp()), rules(config.udp()), config.nameLookup());
    }

    /** The policy allowing nothing. */
    public static NetworkPolicy denyAll() {
        return new NetworkPolicy(List.of(), List.of(), false);
    }

    /** Whether a connect or send to {@code remote} is allowed. */
    public boolean mayConnect(Protocol protocol, InetSocketAddress remote) {
        return matches(rules(protocol), remote);
    }

    /** What a bind to {@code local} is allowed to do. */
    public BindGrant bind(Protocol protocol, InetSocketAddress local) {
        List<Rule> rules = rules(protocol);
        if (matches(rules, local)) return BindGrant.SERVER;
        if (local.getPort() == 0 && !rules.isEmpty()) return BindGrant.CLIENT;
        return BindGrant.DENIED;
    }

    /** Whether {@code ip-name-lookup} may resolve names. */
    public boolean mayLookUpNames() {
        return nameLookup;
    }

    private List<Rule> rules(Protocol protocol) {
        return protocol == Protocol.TCP ? tcp : udp;
    }

    private static boolean matches(List<Rule> rules, InetSocketAddress address) {
        InetAddress ip = Objects.requireNonNull(address.getAddress(), "an unresolved address");
        for (Rule r : rules) {
            if (r.matches(ip, address.getPort())) return true;
        }
        return false;
    }

    private static List<Rule> rules(List<WasiConfig.Endpoint> endpoints) {
        List<Rule> out = new ArrayList<>(endpoints.size());
        for (WasiConfig.Endpoint e : endpoints) out.add(new Rule(resolve(e.host()), e.port()));
        return out;
    }

    private static List<InetAddress> resolve(String host) {
        if (host.isBlank()) throw new IllegalArgumentException("an allowed network host must not be empty");
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return List.of(InetAddress.getAllByName(h));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("allowed network host `" + host + "` does not resolve: " + e.getMessage(), e);
        }
    }
}
