package dev.weft.runtime.resource;

import dev.weft.runtime.value.ResourceHandle;
import dev.weft.types.ResourceType;
import java.util.Objects;

/**
 * A resource's representation together with its (runtime) resource type: the spec's
 * {@code ResourceHandle.rep} and {@code rt}, and the abstract value that lifting an {@code own} or
 * {@code borrow} produces. A guest-defined resource is represented by the {@code i32} its
 * component passed to {@code resource.new}; a host-defined one by a Java object.
 *
 * <p>{@link dev.weft.runtime.value.OwnHandle} and {@link dev.weft.runtime.value.BorrowHandle}
 * values carry one of these as their {@link ResourceHandle}; lowering one puts a new handle to the
 * same representation into the receiving instance's table.
 */
public sealed interface ResourceRep extends ResourceHandle permits ResourceRep.Guest, ResourceRep.Host {

    /** The runtime resource type: identity, defining instance and destructor. */
    ResourceDefinition definition();

    @Override
    default ResourceType resource() {
        return definition().type();
    }

    /** A resource defined by a component instance, represented by an {@code i32}. */
    record Guest(ResourceDefinition definition, int rep) implements ResourceRep {
        public Guest {
            Objects.requireNonNull(definition, "definition");
            if (definition.isHost()) {
                throw new IllegalArgumentException(definition.type() + " is host-defined: its representation is a Java object");
            }
        }

        @Override
        public String toString() {
            return definition.type().name() + "(rep " + Integer.toUnsignedString(rep) + ")";
        }
    }

    /**
     * A resource defined by the host, represented by a Java object. Two are equal when they hold
     * the same object (identity), whatever the object's own {@code equals} says.
     */
    record Host(ResourceDefinition definition, Object value) implements ResourceRep {
        public Host {
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(value, "value");
            if (!definition.isHost()) {
                throw new IllegalArgumentException(definition.type() + " is guest-defined: its representation is an i32");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Host h && h.definition == definition && h.value == value;
        }

        @Override
        public int hashCode() {
            return 31 * definition.hashCode() + System.identityHashCode(value);
        }

        @Override
        public String toString() {
            return definition.type().name() + "(" + value + ")";
        }
    }
}
