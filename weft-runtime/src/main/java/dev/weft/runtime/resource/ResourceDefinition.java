package dev.weft.runtime.resource;

import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreTrap;
import dev.weft.runtime.Trap;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.types.ResourceType;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * A resource type at run time: the spec's
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#resource-state">{@code ResourceType}</a>
 * with its {@code impl} (the defining component instance, or the host) and {@code dtor}. Identity
 * is the {@link ResourceType}'s, which the type checks on handles compare.
 *
 * <p>A guest-defined resource is made once per instantiation of its {@code (type (resource ...))}
 * with {@link ComponentInstanceState#defineResource}; a host-defined one once by whoever defines
 * the host resource, with {@link #host}.
 */
public final class ResourceDefinition {
    /** Whether each known resource type is host-defined; only for wording trap messages. */
    private static final Map<ResourceType, Boolean> HOST_DEFINED = Collections.synchronizedMap(new WeakHashMap<>());

    private final ResourceType type;
    private final ComponentInstanceState impl;
    private final CoreFunction destructor;
    private final HostDestructor hostDestructor;

    /** What dropping the last owning handle of a host resource does with its representation. */
    @FunctionalInterface
    public interface HostDestructor {
        void destroy(Object rep) throws Exception;
    }

    private ResourceDefinition(ResourceType type, ComponentInstanceState impl, CoreFunction destructor,
                               HostDestructor hostDestructor) {
        this.type = Objects.requireNonNull(type, "type");
        this.impl = impl;
        this.destructor = destructor;
        this.hostDestructor = hostDestructor;
        HOST_DEFINED.put(type, impl == null);
    }

    /**
     * A resource defined by component instance {@code impl}; {@code destructor} is the core function
     * {@code (func (param i32))} of its {@code (dtor ...)}, if any.
     */
    public static ResourceDefinition guest(ResourceType type, ComponentInstanceState impl,
                                           Optional<CoreFunction> destructor) {
        return new ResourceDefinition(type, Objects.requireNonNull(impl, "impl"), destructor.orElse(null), null);
    }

    /** A host-defined resource whose representations {@code destructor} disposes of. */
    public static ResourceDefinition host(ResourceType type, HostDestructor destructor) {
        return new ResourceDefinition(type, null, null, Objects.requireNonNull(destructor, "destructor"));
    }

    /** A host-defined resource whose representations are closed if they are {@link AutoCloseable}. */
    public static ResourceDefinition host(ResourceType type) {
        return host(type, rep -> {
            if (rep instanceof AutoCloseable c) c.close();
        });
    }

    public ResourceType type() {
        return type;
    }

    /** {@code rt.impl}: the defining component instance; empty for a host-defined resource. */
    public Optional<ComponentInstanceState> impl() {
        return Optional.ofNullable(impl);
    }

    /** Whether {@code inst} is {@code rt.impl} (false for every instance if host-defined). */
    public boolean isImplementedBy(ComponentInstanceState inst) {
        return impl == inst && impl != null;
    }

    public boolean isHost() {
        return impl == null;
    }

    /** The representation {@code rep} of this guest-defined resource. */
    public ResourceRep.Guest rep(int rep) {
        return new ResourceRep.Guest(this, rep);
    }

    /** The representation {@code value} of this host-defined resource. */
    public ResourceRep.Host rep(Object value) {
        return new ResourceRep.Host(this, value);
    }

    /**
     * Runs the destructor on {@code rep}, called from {@code caller} (null: the host). This is the
     * tail of {@code canon_resource_drop} for an owning handle: a synchronous call of {@code rt.dtor}
     * lifted in {@code rt.impl} and lowered in the caller, so entering {@code rt.impl} is checked
     * ({@code cannot enter component instance}) even when there is no destructor. The host can use
     * it to drop an owned guest resource it received.
     */
    public void destroy(ResourceRep rep, ComponentInstanceState caller) {
        if (rep.definition() != this) {
            throw new IllegalArgumentException(rep + " is not a representation of " + type);
        }
        switch (rep) {
            case ResourceRep.Guest g -> destroyGuest(g.rep(), caller);
            case ResourceRep.Host h -> destroyHost(h.value());
        }
    }

    private void destroyGuest(int rep, ComponentInstanceState caller) {
        impl.enterFrom(caller);
        boolean returned = false;
        try {
            if (destructor != null) destructor.call(Integer.toUnsignedLong(rep));
            returned = true;
        } catch (CoreTrap t) {
            throw Trap.fromCore(t);
        } finally {
            if (returned) impl.leaveTo(caller);
            else impl.poisonFrom(caller);
        }
    }

    private void destroyHost(Object value) {
        try {
            hostDestructor.destroy(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new Trap("the destructor of host resource " + type.name() + " failed: " + e, e);
        }
    }

    /** {@code guest-defined resource} or {@code host-defined resource}, for Wasmtime-worded messages. */
    static String kind(ResourceType type) {
        Boolean host = HOST_DEFINED.get(type);
        if (host == null) return "resource";
        return host ? "host-defined resource" : "guest-defined resource";
    }

    @Override
    public String toString() {
        return type + (impl == null ? " (host-defined)" : " (guest-defined)");
    }
}
