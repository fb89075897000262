package dev.weft.wasi.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The syntax rules of request parts: methods, schemes, authorities, paths, {@code content-length}. */
final class Syntax {
    /** An authority split: host (IPv6 without brackets) and port, if given. */
    record Authority(String host, Optional<Integer> port) {}

    private Syntax() {}

    /** An HTTP token (a method, a field name). */
    static boolean isToken(String s) {
        return FieldRules.isValidName(s);
    }

    static boolean isScheme(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
        }
        return true;
    }

    /**
     * {@code host[:port]} ({@code [v6]:port} for IPv6), with an optional {@code userinfo@} that
     * {@code handle} refuses; empty if malformed.
     */
    static Optional<Authority> authority(String s) {
        String rest = s;
        int at = rest.lastIndexOf('@');
        if (at >= 0) rest = rest.substring(at + 1);
        if (rest.isEmpty()) return Optional.empty();
        String host;
        String port = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) return Optional.empty();
            host = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) return Optional.empty();
                port = after.substring(1);
            }
            if (host.isEmpty() || !host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return Optional.empty();
            }
        } else {
            int colon = rest.indexOf(':');
            host = colon < 0 ? rest : rest.substring(0, colon);
            if (colon >= 0) port = rest.substring(colon + 1);
            if (host.isEmpty() || !host.chars().allMatch(Syntax::isRegNameChar)) return Optional.empty();
        }
        if (s.chars().anyMatch(c -> c <= ' ' || c >= 0x7f || "/?#".indexOf(c) >= 0)) return Optional.empty();
        if (port == null || port.isEmpty()) return Optional.of(new Authority(host, Optional.empty()));
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) return Optional.empty();
        int p = Integer.parseInt(port);
        if (p > 65535) return Optional.empty();
        return Optional.of(new Authority(host, Optional.of(p)));
    }

    /** Visible ASCII without {@code #} (fragments are not sent) and without spaces. */
    static boolean isPathWithQuery(String s) {
        return s.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '#');
    }

    /** The {@code content-length} the headers declare, if exactly one valid value. */
    static OptionalLong contentLength(Fields headers) {
        List<byte[]> values = headers.get("content-length");
        if (values.size() != 1) return OptionalLong.empty();
        String v = new String(values.get(0), StandardCharsets.ISO_8859_1).strip();
        if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) return OptionalLong.empty();
        return OptionalLong.of(Long.parseLong(v));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isRegNameChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~%!$&'()*+,;=".indexOf(c) >= 0;
    }
}
