package dev.weft.binary.validate.model;

import dev.weft.types.ResourceType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component type: imports and exports in order, the resources it imports and defines (each with
 * the path of positions where it is imported / exported) and every explicitly exported resource.
 */
public final class ComponentTypeDef implements AnyType {
    private final Map<String, Entity> imports;
    private final Map<String, Entity> exports;
    private final Map<ResourceType, List<Integer>> importedResources;
    private final Map<ResourceType, List<Integer>> definedResources;
    private final Map<ResourceType, List<Integer>> explicitResources;
    private final long size;

    public ComponentTypeDef(LinkedHashMap<String, Entity> imports, LinkedHashMap<String, Entity> exports,
                            LinkedHashMap<ResourceType, List<Integer>> importedResources,
                            LinkedHashMap<ResourceType, List<Integer>> definedResources,
                            LinkedHashMap<ResourceType, List<Integer>> explicitResources) {
        this.imports = Collections.unmodifiableMap(imports);
        this.exports = Collections.unmodifiableMap(exports);
        this.importedResources = Collections.unmodifiableMap(importedResources);
        this.definedResources = Collections.unmodifiableMap(definedResources);
        this.explicitResources = Collections.unmodifiableMap(explicitResources);
        this.size = VType.add(Entity.size(this.imports.values()), Entity.size(this.exports.values()));
    }

    private ComponentTypeDef(ComponentTypeDef o) {
        this.imports = o.imports;
        this.exports = o.exports;
        this.importedResources = o.importedResources;
        this.definedResources = o.definedResources;
        this.explicitResources = o.explicitResources;
        this.size = o.size;
    }

    /** The effective size: the sizes of the imports and exports, plus two. */
    public long size() {
        return size;
    }

    /** The same type as a new identity (an {@code (eq i)} import or export of it). */
    public ComponentTypeDef copy() {
        return new ComponentTypeDef(this);
    }

    public Map<String, Entity> imports() {
        return imports;
    }

    public Map<String, Entity> exports() {
        return exports;
    }

    public Map<ResourceType, List<Integer>> importedResources() {
        return importedResources;
    }

    public Map<ResourceType, List<Integer>> definedResources() {
        return definedResources;
    }

    public Map<ResourceType, List<Integer>> explicitResources() {
        return explicitResources;
    }

    @Override
    public String desc() {
        return "component";
    }
}
