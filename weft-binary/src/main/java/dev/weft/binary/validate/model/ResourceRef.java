package dev.weft.binary.validate.model;

import dev.weft.types.ResourceType;

/**
 * One type-index entry naming a resource. The resource itself ({@link #resource()}) decides type
 * equality; the entry's identity decides whether a reference to it is "named" by an import or export.
 */
public final class ResourceRef implements AnyType {
    private final ResourceType resource;

    public ResourceRef(ResourceType resource) {
        this.resource = resource;
    }

    public ResourceType resource() {
        return resource;
    }

    @Override
    public String desc() {
        return "resource";
    }

    @Override
    public String toString() {
        return resource.toString();
    }
}
