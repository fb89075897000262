package dev.weft.binary.validate.model;

import dev.weft.types.ResourceType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance type: its exports in order, the resources it defines (non-empty only for a declared
 * instance type not yet attached to an import or export) and where each explicitly exported resource
 * is exported (a path of export positions).
 */
public final class InstanceTypeDef implements AnyType {
    private final Map<String, Entity> exports;
    private final List<ResourceType> definedResources;
    private final Map<ResourceType, List<Integer>> explicitResources;
    private final long size;

    public InstanceTypeDef(LinkedHashMap<String, Entity> exports, List<ResourceType> definedResources,
                           LinkedHashMap<ResourceType, List<Integer>> explicitResources) {
        this.exports = Collections.unmodifiableMap(exports);
        this.definedResources = List.copyOf(definedResources);
        this.explicitResources = Collections.unmodifiableMap(explicitResources);
        this.size = Entity.size(this.exports.values());
    }

    private InstanceTypeDef(InstanceTypeDef other) {
        this.exports = other.exports;
        this.definedResources = other.definedResources;
        this.explicitResources = other.explicitResources;
        this.size = other.size;
    }

    /** The effective size: 1 plus the sizes of the exports. */
    public long size() {
        return size;
    }

    /** The same type as a new identity (an {@code (eq i)} import or export of it). */
    public InstanceTypeDef copy() {
        return new InstanceTypeDef(this);
    }

    public Map<String, Entity> exports() {
        return exports;
    }

    public List<ResourceType> definedResources() {
        return definedResources;
    }

    public Map<ResourceType, List<Integer>> explicitResources() {
        return explicitResources;
    }

    @Override
    public String desc() {
        return "instance";
    }
}
