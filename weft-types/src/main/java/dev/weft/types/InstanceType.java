package dev.weft.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance type: its exports by name, in order, and the abstract resources it defines (non-empty
 * only for a declared instance type that has not been attached to an import or export yet).
 */
public record InstanceType(Map<String, ExternType> exports, List<ResourceType> definedResources) {
    public InstanceType {
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        definedResources = List.copyOf(definedResources);
    }
}
