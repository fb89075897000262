package dev.weft.binary.validate.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The type of a core instance: its exports in order. */
public final class CoreInstanceTypeDef {
    private final Map<String, CoreEntity> exports;

    public CoreInstanceTypeDef(Map<String, CoreEntity> exports) {
        this.exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    public Map<String, CoreEntity> exports() {
        return exports;
    }
}
