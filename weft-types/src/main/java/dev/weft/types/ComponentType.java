package dev.weft.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component type: its imports and exports by name, in order, and the abstract resources it
 * imports (type variables supplied by whoever instantiates it) and defines (fresh per instance).
 */
public record ComponentType(Map<String, ExternType> imports, Map<String, ExternType> exports,
                            List<ResourceType> importedResources, List<ResourceType> definedResources) {
    public ComponentType {
        imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        importedResources = List.copyOf(importedResources);
        definedResources = List.copyOf(definedResources);
    }
}
