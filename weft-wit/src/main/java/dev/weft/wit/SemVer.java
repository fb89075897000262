package dev.weft.wit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A <a href="https://semver.org/">Semantic Versioning 2.0</a> version, as used on WIT packages and
 * in {@code @since} / {@code @deprecated} gates. Ordered by semver precedence (build metadata is
 * kept but ignored by {@link #compareTo}).
 */
public record SemVer(long major, long minor, long patch, List<String> pre, List<String> build)
        implements Comparable<SemVer> {

    public SemVer {
        pre = List.copyOf(pre);
        build = List.copyOf(build);
    }

    public static SemVer of(long major, long minor, long patch) {
        return new SemVer(major, minor, patch, List.of(), List.of());
    }

    /**
     * Parses {@code text} as a full semver version.
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    public static SemVer parse(String text) {
        String core = text;
        List<String> build = List.of();
        List<String> pre = List.of();
        int plus = core.indexOf('+');
        if (plus >= 0) {
            build = identifiers(core.substring(plus + 1), "build metadata", false);
            core = core.substring(0, plus);
        }
        int dash = core.indexOf('-');
        if (dash >= 0) {
            pre = identifiers(core.substring(dash + 1), "pre-release", true);
            core = core.substring(0, dash);
        }
        String[] parts = core.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("`" + text + "` is not a valid semver version (expected MAJOR.MINOR.PATCH)");
        }
        long[] numbers = new long[3];
        for (int i = 0; i < 3; i++) {
            numbers[i] = number(parts[i], text);
        }
        return new SemVer(numbers[0], numbers[1], numbers[2], pre, build);
    }

    private static long number(String part, String text) {
        if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("`" + text + "` is not a valid semver version (`" + part + "` is not a number)");
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new IllegalArgumentException("`" + text + "` is not a valid semver version (`" + part + "` has a leading zero)");
        }
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("`" + text + "` is not a valid semver version (`" + part + "` is too large)");
        }
    }

    private static List<String> identifiers(String s, String what, boolean numericNoLeadingZero) {
        List<String> out = new ArrayList<>(Arrays.asList(s.split("\\.", -1)));
        for (String id : out) {
            if (id.isEmpty() || !id.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
                throw new IllegalArgumentException("invalid semver " + what + " `" + s + "`");
            }
            if (numericNoLeadingZero && isNumeric(id) && id.length() > 1 && id.charAt(0) == '0') {
                throw new IllegalArgumentException("invalid semver " + what + " `" + s + "` (`" + id + "` has a leading zero)");
            }
        }
        return out;
    }

    private static boolean isNumeric(String id) {
        return !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Long.compare(major, o.major);
        if (c == 0) c = Long.compare(minor, o.minor);
        if (c == 0) c = Long.compare(patch, o.patch);
        if (c != 0) return c;
        if (pre.isEmpty() || o.pre.isEmpty()) return Boolean.compare(pre.isEmpty(), o.pre.isEmpty());
        for (int i = 0; i < Math.min(pre.size(), o.pre.size()); i++) {
            c = comparePre(pre.get(i), o.pre.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(pre.size(), o.pre.size());
    }

    private static int comparePre(String a, String b) {
        boolean na = isNumeric(a);
        boolean nb = isNumeric(b);
        if (na && nb) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (na != nb) return na ? -1 : 1;
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch
                + (pre.isEmpty() ? "" : "-" + String.join(".", pre))
                + (build.isEmpty() ? "" : "+" + String.join(".", build));
    }
}
