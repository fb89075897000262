package dev.weft.wasi.http;

import dev.weft.wasi.WasiConfig;
import java.util.List;

/**
 * Which requests {@code outgoing-handler.handle} may send: the {@link WasiConfig#http()} origins,
 * nothing by default. A request is allowed when one origin matches its scheme, host (as the request
 * names it, without case; names are not resolved, so an origin {@code localhost} does not allow
 * {@code 127.0.0.1}) and port (the scheme's default if the authority has none). Redirects are
 * never followed, so a guest cannot be led elsewhere.
 */
record HttpPolicy(List<WasiConfig.HttpOrigin> origins) {
    HttpPolicy {
        origins = List.copyOf(origins);
    }

    static HttpPolicy of(WasiConfig config) {
        return new HttpPolicy(config.http());
    }

    static HttpPolicy denyAll() {
        return new HttpPolicy(List.of());
    }

    /** Whether a request to {@code scheme://host:port} may be sent ({@code scheme} {@code http} or {@code https}). */
    boolean allows(String scheme, String host, int port) {
        for (WasiConfig.HttpOrigin o : origins) {
            if (o.allows(scheme, host, port)) return true;
        }
        return false;
    }
}
