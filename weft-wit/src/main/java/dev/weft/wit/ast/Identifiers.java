package dev.weft.wit.ast;

import dev.weft.wit.Span;
import dev.weft.wit.WitException;

/**
 * The {@code label} rule of the Explainer (WIT identifiers are labels): words separated by
 * {@code -}, each all lower-case or all upper-case letters and digits, the first starting with
 * a letter.
 */
public final class Identifiers {
    private Identifiers() {}

    /** Whether {@code name} is a valid label. */
    public static boolean isLabel(String name) {
        return problem(name) == null;
    }

    static void check(String name, Span span) {
        String problem = problem(name);
        if (problem != null) {
            throw new WitException(span, "`" + name + "` is not a valid identifier: " + problem);
        }
    }

    private static String problem(String name) {
        if (name.isEmpty()) return "it is empty";
        String[] words = name.split("-", -1);
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) return "words are separated by single `-`s, with no `-` at either end";
            boolean lower = false;
            boolean upper = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 'a' && c <= 'z') lower = true;
                else if (c >= 'A' && c <= 'Z') upper = true;
                else if (c < '0' || c > '9') {
                    return "`" + new String(Character.toChars(word.codePointAt(i)))
                            + "` is not allowed (only ASCII letters and digits, in words separated by `-`)";
                }
            }
            if (lower && upper) return "the word `" + word + "` mixes lower-case and upper-case letters";
            if (w == 0 && (word.charAt(0) >= '0' && word.charAt(0) <= '9')) return "it must start with a letter";
        }
        return null;
    }
}
