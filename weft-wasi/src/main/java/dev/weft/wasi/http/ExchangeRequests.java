package dev.weft.wasi.http;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code incoming-request} of an exchange of the JDK's HTTP server. */
final class ExchangeRequests {
    private ExchangeRequests() {}

    /**
     * Method, path with query (as sent), scheme {@code http}, authority (the {@code host} header if
     * valid, else the address the server listens on), headers (immutable; invalid ones dropped) and
     * the body, read as the guest reads it.
     */
    static IncomingRequest incomingRequest(HttpExchange exchange) {
        return new IncomingRequest(exchange.getRequestMethod(), Optional.of(pathWithQuery(exchange.getRequestURI())),
                Optional.of("http"), Optional.of(authority(exchange)), headers(exchange), exchange.getRequestBody());
    }

    static String pathWithQuery(URI uri) {
        String path = uri.getRawPath();
        if (path == null) return uri.toString(); // OPTIONS *
        if (path.isEmpty()) path = "/";
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String authority(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("host");
        if (host != null && Syntax.authority(host).isPresent() && !host.contains("@")) return host;
        InetSocketAddress local = exchange.getLocalAddress();
        String address = local.getAddress().getHostAddress();
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + local.getPort();
    }

    private static Fields headers(HttpExchange exchange) {
        List<Fields.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            for (String value : h.getValue()) {
                entries.add(new Fields.Entry(h.getKey(), value.getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        return Fields.received(entries);
    }
}
