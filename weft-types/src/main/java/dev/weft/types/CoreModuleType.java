package dev.weft.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A core module type: its two-level imports and its exports, in order. */
public record CoreModuleType(Map<ImportName, CoreExtern> imports, Map<String, CoreExtern> exports) {
    public CoreModuleType {
        imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    /** A two-level core import name. */
    public record ImportName(String module, String name) {}
}
