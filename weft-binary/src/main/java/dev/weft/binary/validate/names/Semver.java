package dev.weft.binary.validate.names;

import dev.weft.errors.InvalidComponentException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A <a href="https://semver.org">Semantic Versioning 2.0</a> version, as used in interface names
 * ({@code wasi:http/types@0.2.6}). {@code major}, {@code minor} and {@code patch} are unsigned 64-bit
 * numbers (as in the Rust {@code semver} crate): compare them with {@link Long#compareUnsigned}.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#-canonical-interface-name">Explainer: Canonical Interface Name</a>
 */
public record Semver(long major, long minor, long patch, List<String> pre, List<String> build)
        implements Comparable<Semver> {

    /** {@code canonversion ::= [1-9][0-9]* | '0.' [1-9][0-9]* | '0.0.' [1-9][0-9]* | '0.0.0'}. */
    private static final Pattern CANON_VERSION =
            Pattern.compile("[1-9][0-9]*|0\\.[1-9][0-9]*|0\\.0\\.[1-9][0-9]*|0\\.0\\.0");

    public Semver {
        pre = List.copyOf(pre);
        build = List.copyOf(build);
    }

    /** A version without pre-release or build. */
    public static Semver of(long major, long minor, long patch) {
        return new Semver(major, minor, patch, List.of(), List.of());
    }

    /** The version {@code text} denotes, or empty if it is not a valid semver. */
    public static Optional<Semver> tryParse(String text) {
        return switch (SemverParser.parse(text)) {
            case SemverParser.Parsed p -> Optional.of(p.version());
            case SemverParser.Failed f -> Optional.empty();
        };
    }

    /** What is wrong with {@code text} as a semver (the {@code semver} crate's words), if anything. */
    public static Optional<String> problem(String text) {
        return switch (SemverParser.parse(text)) {
            case SemverParser.Parsed p -> Optional.empty();
            case SemverParser.Failed f -> Optional.of(f.message());
        };
    }

    /** Parses {@code text}; "`1.` is not a valid semver: unexpected end of input while parsing ...". */
    public static Semver parse(String text, long offset) {
        return switch (SemverParser.parse(text)) {
            case SemverParser.Parsed p -> p.version();
            case SemverParser.Failed f -> throw new InvalidComponentException(
                    offset, "`" + text + "` is not a valid semver: " + f.message());
        };
    }

    /** Whether {@code text} matches the {@code canonversion} production (🔗). */
    public static boolean isCanonVersion(String text) {
        return CANON_VERSION.matcher(text).matches();
    }

    /**
     * The {@code canonversion} prefix: {@code 1.2.3 -> 1}, {@code 0.2.6-rc.1 -> 0.2},
     * {@code 0.0.1-alpha -> 0.0.1}.
     */
    public String canonVersion() {
        if (major != 0) {
            return Long.toUnsignedString(major);
        }
        if (minor != 0) {
            return "0." + Long.toUnsignedString(minor);
        }
        return "0.0." + Long.toUnsignedString(patch);
    }

    /** The {@code semversuffix} split off by {@link #canonVersion()}: {@code 1.2.3 -> .2.3}. */
    public String canonSuffix() {
        return toString().substring(canonVersion().length());
    }

    /**
     * Whether an import of this version may be satisfied by {@code other} (and vice versa): the same
     * major if {@code major > 0}, else the same {@code 0.minor} if {@code minor > 0}, else exactly the
     * same {@code 0.0.patch}; that is, equal {@link #canonVersion()}s. Pre-release versions are
     * compatible only with versions of equal precedence (as in Wasmtime's semver-compatible linking).
     */
    public boolean isCompatibleWith(Semver other) {
        if (!pre.isEmpty() || !other.pre.isEmpty()) {
            return comparePrecedence(other) == 0;
        }
        return canonVersion().equals(other.canonVersion());
    }

    /** SemVer precedence (build metadata ignored). */
    public int comparePrecedence(Semver other) {
        int c = Long.compareUnsigned(major, other.major);
        if (c == 0) {
            c = Long.compareUnsigned(minor, other.minor);
        }
        if (c == 0) {
            c = Long.compareUnsigned(patch, other.patch);
        }
        if (c == 0) {
            c = comparePre(pre, other.pre);
        }
        return c;
    }

    /** Precedence, then build metadata, so that the order agrees with {@link #equals}. */
    @Override
    public int compareTo(Semver other) {
        int c = comparePrecedence(other);
        return c != 0 ? c : compareIdentifiers(build, other.build);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder()
                .append(Long.toUnsignedString(major)).append('.')
                .append(Long.toUnsignedString(minor)).append('.')
                .append(Long.toUnsignedString(patch));
        if (!pre.isEmpty()) {
            out.append('-').append(String.join(".", pre));
        }
        if (!build.isEmpty()) {
            out.append('+').append(String.join(".", build));
        }
        return out.toString();
    }

    /** A version with a pre-release has lower precedence than the same version without. */
    private static int comparePre(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return compareIdentifiers(a, b);
    }

    private static int compareIdentifiers(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareIdentifier(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Numeric identifiers compare numerically and sort before alphanumeric ones. */
    private static int compareIdentifier(String a, String b) {
        boolean numericA = isNumeric(a);
        boolean numericB = isNumeric(b);
        if (numericA && numericB) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumeric(String s) {
        return s.chars().allMatch(c -> SemverParser.isDigit((char) c));
    }
}
