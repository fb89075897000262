package dev.weft.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A world, elaborated the way wit-parser does: {@code include}s are merged in, and every interface
 * that an imported or exported interface {@code use}s is imported too (before its user), so that
 * the imports are complete and in a valid definition order.
 */
public record World(String name, PackageId pkg, Map<WorldKey, WorldItem> imports, Map<WorldKey, WorldItem> exports,
                    Docs docs, Stability stability) {
    public World {
        imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }
}
