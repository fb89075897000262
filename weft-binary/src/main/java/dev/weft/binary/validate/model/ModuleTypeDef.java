package dev.weft.binary.validate.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A core module type: two-level imports and exports, in order. */
public final class ModuleTypeDef implements CoreTypeEntry {
    private final Map<ImportName, CoreEntity> imports;
    private final Map<String, CoreEntity> exports;

    public ModuleTypeDef(LinkedHashMap<ImportName, CoreEntity> imports, LinkedHashMap<String, CoreEntity> exports) {
        this.imports = Collections.unmodifiableMap(imports);
        this.exports = Collections.unmodifiableMap(exports);
    }

    public Map<ImportName, CoreEntity> imports() {
        return imports;
    }

    public Map<String, CoreEntity> exports() {
        return exports;
    }

    /** A two-level core import name. */
    public record ImportName(String module, String name) {
        @Override
        public String toString() {
            return module + "::" + name;
        }
    }
}
