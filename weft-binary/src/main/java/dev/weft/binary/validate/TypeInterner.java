package dev.weft.binary.validate;

import java.util.HashMap;
import java.util.Map;

/**
 * Interns the semantic types handed out by validation: structurally equal types (records, so
 * {@code equals}) become one shared instance, which makes later comparisons and caches cheap.
 */
public final class TypeInterner {
    private final Map<Object, Object> table = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T intern(T value) {
        Object prev = table.putIfAbsent(value, value);
        return prev == null ? value : (T) prev;
    }

    public int size() {
        return table.size();
    }
}
