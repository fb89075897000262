package dev.weft.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The type of a core instance: its exports, in order. */
public record CoreInstanceType(Map<String, CoreExtern> exports) {
    public CoreInstanceType {
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }
}
