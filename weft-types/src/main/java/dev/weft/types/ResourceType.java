package dev.weft.types;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A resource type. Resources are compared by identity: each {@code (type (resource ...))}
 * definition, and each abstract {@code (sub resource)} import or export, is a fresh resource type
 * unequal to every other. {@code name} is for messages only (the import/export name, or a
 * synthesized one).
 */
public final class ResourceType {
    private static final AtomicLong NEXT_ID = new AtomicLong();

    private final long id;
    private final String name;

    public ResourceType(String name) {
        this.id = NEXT_ID.getAndIncrement();
        this.name = name;
    }

    /** A unique number, for messages and stable ordering. */
    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "resource " + name + "#" + id;
    }
}
