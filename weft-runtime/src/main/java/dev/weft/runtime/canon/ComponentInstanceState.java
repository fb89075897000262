package dev.weft.runtime.canon;

import dev.weft.engine.CoreFunction;
import dev.weft.runtime.Trap;
import dev.weft.runtime.resource.HandleTable;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.types.ResourceType;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The spec's <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#component-instances">{@code ComponentInstance}</a>:
 * the state of one component instance that the canonical ABI reads and guards: its {@code handles}
 * table, its {@code parent}, {@code may_enter} (reentrance, Component Invariant #2) and
 * {@code may_leave} (no imports, {@code resource.new}/{@code drop} during {@code realloc} and
 * {@code post-return}), plus the resource types it defines.
 *
 * <p>A trap (or any exception) that unwinds out of a call leaves the instances the call entered
 * unenterable and marks them {@linkplain #poisoned() poisoned}: Wasmtime's behaviour, and what the
 * spec means by a trap tearing the store down. The async fields ({@code backpressure},
 * {@code exclusive_thread}, {@code threads}) come with async support. Not thread-safe.
 */
public final class ComponentInstanceState {
    private final ComponentInstanceState parent;
    private final HandleTable handles = new HandleTable();
    private final Map<ResourceType, ResourceDefinition> resources = new IdentityHashMap<>();
    private boolean mayEnter = true;
    private boolean mayLeave = true;
    private boolean poisoned;
    private int backpressure;
    /** How long each call from the host may take; null: no limit. */
    private Duration deadline;

    /** An instance the host instantiated directly. */
    public ComponentInstanceState() {
        this(null);
    }

    /** An instance that {@code parent} instantiated ({@code parent} null: the host did). */
    public ComponentInstanceState(ComponentInstanceState parent) {
        this.parent = parent;
    }

    public Optional<ComponentInstanceState> parent() {
        return Optional.ofNullable(parent);
    }

    /** {@code handles}: resource handles (later also waitables and error contexts) by {@code i32} index. */
    public HandleTable handles() {
        return handles;
    }

    /** How long each call from the host into this instance may take; null: no limit. */
    public Duration deadline() {
        return deadline;
    }

    public void deadline(Duration deadline) {
        this.deadline = deadline;
    }

    /** {@code may_enter}: false while a call is inside (and forever after a trap). */
    public boolean mayEnter() {
        return mayEnter;
    }

    /** {@code may_leave}: false while {@code realloc} or {@code post-return} runs. */
    public boolean mayLeave() {
        return mayLeave;
    }

    void setMayLeave(boolean mayLeave) {
        this.mayLeave = mayLeave;
    }

    /** Whether a trap unwound out of a call into this instance; it cannot be entered again. */
    public boolean poisoned() {
        return poisoned;
    }

    /**
     * {@code canon backpressure.inc}: raises the instance's backpressure counter
     * (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-backpressureincdec">spec</a>);
     * no {@code may_leave} check, so it may be called from a post-return function.
     */
    public void backpressureInc() {
        if (backpressure == (1 << 16)) throw new Trap("backpressure counter overflow");
        backpressure++;
    }

    /** {@code canon backpressure.dec}: lowers the counter; below zero traps. */
    public void backpressureDec() {
        if (backpressure == 0) throw new Trap("backpressure counter underflow");
        backpressure--;
    }

    /** Whether new calls into this instance wait (the counter is above zero). */
    public boolean backpressure() {
        return backpressure > 0;
    }

    /** The {@code trap_if(not inst.may_leave)} that guards imports and built-ins. */
    public void checkMayLeave() {
        if (!mayLeave) throw new Trap("cannot leave component instance");
    }

    /**
     * {@code may_enter_from(caller)}: whether every instance of {@code entering_set(caller)} may be
     * entered. {@code caller} is the calling instance of a component-to-component call, or null for
     * a call from the host.
     */
    public boolean mayEnterFrom(ComponentInstanceState caller) {
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (!i.mayEnter && !caller(caller, i)) return false;
        }
        return true;
    }

    /**
     * {@code Store.lift}'s guard and {@code enter_from(caller)}: traps with
     * {@code cannot enter component instance} unless {@link #mayEnterFrom}, then clears
     * {@code may_enter} on the entering set.
     */
    public void enterFrom(ComponentInstanceState caller) {
        if (!mayEnterFrom(caller)) throw cannotEnter(caller);
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (!caller(caller, i)) i.mayEnter = false;
        }
    }

    /** {@code leave_to(caller)}: the call returned normally; the entering set may be entered again. */
    public void leaveTo(ComponentInstanceState caller) {
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (!caller(caller, i)) {
                assert !i.mayEnter;
                i.mayEnter = true;
            }
        }
    }

    /** The call entered with {@link #enterFrom} unwound: its entering set stays unenterable, poisoned. */
    public void poisonFrom(ComponentInstanceState caller) {
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (!caller(caller, i)) {
                i.mayEnter = false;
                i.poisoned = true;
            }
        }
    }

    /** Whether {@code i} is in {@code caller.self_and_ancestors()} (so not in the entering set). */
    private static boolean caller(ComponentInstanceState caller, ComponentInstanceState i) {
        for (ComponentInstanceState c = caller; c != null; c = c.parent) {
            if (c == i) return true;
        }
        return false;
    }

    private Trap cannotEnter(ComponentInstanceState caller) {
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (i.poisoned && !caller(caller, i)) {
                return new Trap("cannot enter component instance: it was poisoned by an earlier trap");
            }
        }
        return new Trap("cannot enter component instance");
    }

    /**
     * Defines resource type {@code type} in this instance ({@code (type (resource (rep i32) (dtor f)?))},
     * once per instantiation): this instance becomes its {@code impl}.
     *
     * @throws IllegalStateException if {@code type} is already defined here
     */
    public ResourceDefinition defineResource(ResourceType type, Optional<CoreFunction> destructor) {
        ResourceDefinition d = ResourceDefinition.guest(type, this, destructor);
        if (resources.putIfAbsent(type, d) != null) throw new IllegalStateException(type + " is defined twice");
        return d;
    }

    /**
     * The definition of a resource type this instance defines (what {@code resource.new} and
     * {@code resource.rep} need; validation makes sure they name a local resource).
     *
     * @throws IllegalStateException if this instance does not define {@code type}
     */
    public ResourceDefinition resourceDefinition(ResourceType type) {
        ResourceDefinition d = resources.get(type);
        if (d == null) throw new IllegalStateException(type + " is not defined by this component instance");
        return d;
    }

    @Override
    public String toString() {
        return "component instance (" + handles + (poisoned ? ", poisoned" : "") + ")";
    }
}
