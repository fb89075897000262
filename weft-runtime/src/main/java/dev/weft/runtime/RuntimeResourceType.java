package dev.weft.runtime;

import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.types.BorrowType;
import dev.weft.types.OwnType;
import dev.weft.types.ResourceType;
import java.util.Objects;

/**
 * A resource type at run time: the identity that {@code own} and {@code borrow} handles carry and
 * that a {@link Linker} supplies for a component's resource import. The host defines one with a
 * {@link HostResource} (handles stand for Java objects); a component instance defines one each time
 * it is instantiated (handles stand for its {@code i32} representations), found with
 * {@link Instance#resourceType}. Resource types are generative: two instances of one component have
 * two distinct types, and a handle of one is never accepted where the other is expected.
 *
 * <p>Defining it for the import of another component ({@link LinkerInstance#resource(String, RuntimeResourceType)})
 * makes that component's imported type this very type, so handles pass between the two. Two
 * objects are equal when they stand for the same run-time type. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuntimeResourceType counter = provider.resourceType("test:res/counters#counter").orElseThrow();
 * linker.instance("test:res/counters").resource("counter", counter);
 * Value handle = Value.borrow(counter.borrowType(), ownHandle.handle());
 * }</pre>
 */
public sealed class RuntimeResourceType permits HostResource {
    private final ResourceDefinition definition;
    private final OwnType ownType;
    private final BorrowType borrowType;

    RuntimeResourceType(ResourceDefinition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.ownType = new OwnType(definition.type());
        this.borrowType = new BorrowType(definition.type());
    }

    /** The name it was defined with, for messages (several types may have the same name). */
    public final String name() {
        return definition.type().name();
    }

    /** The identity handle values of this type carry ({@code OwnHandle.type().resource()}). */
    public final ResourceType type() {
        return definition.type();
    }

    /** {@code own<this>}, e.g. to build the type of a host function or a value. */
    public final OwnType ownType() {
        return ownType;
    }

    /** {@code borrow<this>}. */
    public final BorrowType borrowType() {
        return borrowType;
    }

    /** Whether the host defined it (else a component instance did). */
    public final boolean isHost() {
        return definition.isHost();
    }

    /** The run-time definition: identity, defining instance, destructor. */
    final ResourceDefinition definition() {
        return definition;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof RuntimeResourceType r && r.definition == definition;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(definition);
    }

    @Override
    public String toString() {
        return (isHost() ? "host resource `" : "resource `") + name() + "` (" + type() + ")";
    }
}
