package dev.weft.binary.validate.names;

import java.util.ArrayList;
import java.util.List;

/**
 * SemVer 2.0 parsing with the error texts of the Rust {@code semver} crate (which wasmparser uses), for
 * example "unexpected character 'x' after minor version number".
 */
final class SemverParser {
    /** Where in a version an error was found (the crate's {@code Position}). */
    enum Position {
        MAJOR("major version number"),
        MINOR("minor version number"),
        PATCH("patch version number"),
        PRE("pre-release identifier"),
        BUILD("build metadata");

        final String text;

        Position(String text) {
            this.text = text;
        }
    }

    /** The result of a parse. */
    sealed interface Outcome permits Parsed, Failed {}

    record Parsed(Semver version) implements Outcome {}

    record Failed(String message) implements Outcome {}

    private final String text;
    private int pos;

    private SemverParser(String text) {
        this.text = text;
    }

    static Outcome parse(String text) {
        try {
            return new Parsed(new SemverParser(text).version());
        } catch (Failure f) {
            return new Failed(f.getMessage());
        }
    }

    private Semver version() {
        if (text.isEmpty()) {
            throw new Failure("empty string, expected a semver version");
        }
        long major = numeric(Position.MAJOR);
        dot(Position.MAJOR);
        long minor = numeric(Position.MINOR);
        dot(Position.MINOR);
        long patch = numeric(Position.PATCH);
        Position at = Position.PATCH;
        List<String> pre = List.of();
        List<String> build = List.of();
        if (eat('-')) {
            at = Position.PRE;
            pre = identifiers(at);
        }
        if (eat('+')) {
            at = Position.BUILD;
            build = identifiers(at);
        }
        if (pos < text.length()) {
            throw new Failure("unexpected character " + quoted(text.codePointAt(pos)) + " after " + at.text);
        }
        return new Semver(major, minor, patch, pre, build);
    }

    /** {@code numeric_identifier}: digits, no leading zero, at most u64::MAX. */
    private long numeric(Position at) {
        int start = pos;
        long value = 0;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            if (value == 0 && pos > start) {
                throw new Failure("invalid leading zero in " + at.text);
            }
            int digit = text.charAt(pos) - '0';
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - digit, 10)) > 0) {
                throw new Failure("value of " + at.text + " exceeds u64::MAX");
            }
            value = value * 10 + digit;
            pos++;
        }
        if (pos > start) {
            return value;
        }
        throw unexpected(at, " while parsing ");
    }

    private void dot(Position at) {
        if (!eat('.')) {
            throw unexpected(at, " after ");
        }
    }

    private Failure unexpected(Position at, String relation) {
        if (pos < text.length()) {
            return new Failure("unexpected character " + quoted(text.codePointAt(pos)) + relation + at.text);
        }
        return new Failure("unexpected end of input while parsing " + at.text);
    }

    /** {@code identifier}: dot-separated non-empty segments of {@code [0-9A-Za-z-]}. */
    private List<String> identifiers(Position at) {
        List<String> segments = new ArrayList<>();
        while (true) {
            int start = pos;
            boolean nonDigit = false;
            while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
                nonDigit |= !isDigit(text.charAt(pos));
                pos++;
            }
            if (pos == start) {
                throw new Failure("empty identifier segment in " + at.text);
            }
            String segment = text.substring(start, pos);
            if (at == Position.PRE && segment.length() > 1 && !nonDigit && segment.charAt(0) == '0') {
                throw new Failure("invalid leading zero in " + at.text);
            }
            segments.add(segment);
            if (!eat('.')) {
                return segments;
            }
        }
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierChar(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    /** Rust's {@code {:?}} of a {@code char}: {@code 'x'}, with the usual escapes. */
    static String quoted(int codePoint) {
        String body = switch (codePoint) {
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0 -> "\\0";
            default -> Character.isISOControl(codePoint)
                    ? "\\u{" + Integer.toHexString(codePoint) + "}"
                    : new String(Character.toChars(codePoint));
        };
        return "'" + body + "'";
    }

    /** Control flow inside this parser only; never escapes {@link #parse(String)}. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
