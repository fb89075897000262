package dev.weft.runtime.value;

import dev.weft.types.ResourceType;

/** A {@link Handle} to a resource of a known {@link ResourceType}; {@link OwnHandle} and {@link BorrowHandle} carry one. */
public interface ResourceHandle extends Handle {
    /** The resource type this handle refers to (compared by identity). */
    ResourceType resource();
}
