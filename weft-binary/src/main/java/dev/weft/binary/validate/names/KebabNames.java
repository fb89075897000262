package dev.weft.binary.validate.names;

import dev.weft.errors.InvalidComponentException;

/**
 * The {@code label} production (kebab case) and case-insensitive label comparison.
 *
 * <pre>
 * label          ::= first-fragment ( '-' fragment )*
 * first-fragment ::= [a-z] [0-9a-z]* | [A-Z] [0-9A-Z]*
 * fragment       ::= [0-9a-z]+ | [0-9A-Z]+
 * </pre>
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#import-and-export-definitions">Explainer: label</a>
 */
public final class KebabNames {
    private KebabNames() {}

    /** Whether {@code s} matches the {@code label} production. */
    public static boolean isLabel(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String[] fragments = s.split("-", -1);
        for (int i = 0; i < fragments.length; i++) {
            if (!isFragment(fragments[i], i == 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a label of a type definition or function, for example {@code what = "record field"}:
     * "record field name cannot be empty", "record field name `GoNnA` is not in kebab case".
     */
    public static String checkLabel(String label, String what, long offset) {
        if (isLabel(label)) {
            return label;
        }
        if (label.isEmpty()) {
            throw new InvalidComponentException(offset, what + " name cannot be empty");
        }
        throw new InvalidComponentException(offset, what + " name `" + label + "` is not in kebab case");
    }

    /** {@link #checkLabel(String, String, long)} with the description of {@code kind}. */
    public static String checkLabel(String label, LabelKind kind, long offset) {
        return checkLabel(label, kind.description(), offset);
    }

    /** Labels compare without regard to ASCII case (acronyms are lowercased before comparing). */
    public static boolean labelsEqual(String a, String b) {
        return a.length() == b.length() && lowercase(a).equals(lowercase(b));
    }

    /** ASCII lowercase: the canonicalization step "lowercase all the acronyms" of strong uniqueness. */
    public static String lowercase(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isFragment(String fragment, boolean first) {
        if (fragment.isEmpty() || (first && !isAsciiLetter(fragment.charAt(0)))) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return !(lower && upper);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
