package dev.weft.wit.resolve;

import dev.weft.wit.Span;
import dev.weft.wit.WitException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One scope's names, which must be unique ignoring case (WIT.md: "Each name must be
 * case-insensitively unique in the scope in which it is declared").
 */
final class Names {
    private final Map<String, Span> seen = new HashMap<>();
    private final Map<String, String> spelling = new HashMap<>();

    void define(String name, Span span) {
        String key = name.toLowerCase(Locale.ROOT);
        Span prev = seen.putIfAbsent(key, span);
        if (prev == null) {
            spelling.put(key, name);
            return;
        }
        String first = spelling.get(key);
        if (first.equals(name)) {
            throw new WitException(span, "name `" + name + "` is defined more than once (first at " + prev + ")");
        }
        throw new WitException(span, "name `" + name + "` conflicts with `" + first + "` at " + prev
                + " (names must differ in more than case)");
    }

    boolean contains(String name) {
        return seen.containsKey(name.toLowerCase(Locale.ROOT));
    }
}
