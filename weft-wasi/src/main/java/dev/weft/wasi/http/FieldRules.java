package dev.weft.wasi.http;

import java.util.Locale;
import java.util.Set;

/**
 * What makes a field name or value acceptable (RFC 9110 §5), and which names a guest may not set:
 * those the host's HTTP client manages for the connection, Wasmtime's default list.
 */
final class FieldRules {
    /** Wasmtime's {@code DEFAULT_FORBIDDEN_HEADERS}: connection management and the host, never the guest's to set. */
    static final Set<String> FORBIDDEN = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "transfer-encoding", "upgrade", "host", "http2-settings");

    /** The longest name accepted (as {@code hyper} does). */
    static final int MAX_NAME_LENGTH = 1 << 16;

    private FieldRules() {}

    /** Whether {@code name} is a token: one or more of {@code !#$%&'*+-.^_`|~}, digits and letters. */
    static boolean isValidName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) return false;
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) return false;
        }
        return true;
    }

    static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /** Whether {@code value} is a field value: no control characters except horizontal tab (obs-text allowed). */
    static boolean isValidValue(byte[] value) {
        for (byte b : value) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' || c == 0x7f) return false;
        }
        return true;
    }

    /** Whether the guest may not set {@code name} (any case). */
    static boolean isForbidden(String name) {
        return FORBIDDEN.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The canonical (lower-case) form of a valid name. */
    static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
