package dev.weft.runtime;

import dev.weft.runtime.instance.Frame;
import dev.weft.runtime.instance.Instantiation;
import dev.weft.runtime.instance.PreparedPlan;
import dev.weft.runtime.instance.ResolvedImports;
import java.util.Objects;

/**
 * A component with all its imports resolved and type-checked ({@link Linker#instantiatePre}), and
 * its plan prepared for them ({@link PreparedPlan}): instantiating only runs the plan. Thread-safe;
 * each {@link #instantiate()} makes a new, independent instance, optionally with its own host data
 * ({@link #instantiate(Limits, Object)}, read by host functions through their {@link Caller}).
 */
public final class InstancePre {
    private final Component component;
    private final PreparedPlan prepared;

    InstancePre(Component component, ResolvedImports imports) {
        this.component = component;
        this.prepared = PreparedPlan.of(component.plan(), component.modules(), imports);
    }

    public Component component() {
        return component;
    }

    /**
     * A new instance: core modules instantiated, functions lifted and lowered.
     *
     * @throws Trap if a core start function traps
     */
    public Instance instantiate() {
        return instantiate(component.engine().limits());
    }

    /**
     * A new instance under {@code limits} instead of the engine's.
     *
     * @throws Trap if a core start function traps, or instantiation takes longer than the deadline
     * @throws dev.weft.engine.MemoryLimitException if a memory starts beyond the memory limit
     */
    public Instance instantiate(Limits limits) {
        return instantiate(limits, Caller.NONE);
    }

    /**
     * A new instance under {@code limits} with its own host state {@code data}, as Wasmtime's
     * {@code Store::new(engine, data)}: host functions defined as {@link HostFunction.WithCaller}
     * read it through their {@link Caller} ({@link Caller#data(Class)}), the embedder through
     * {@link Instance#data(Class)}. One {@code InstancePre} can so serve many instances, each with
     * its own context (a request's, a tenant's). Closing the instance ({@link Instance#close()})
     * closes {@code data} if it is {@link AutoCloseable}; otherwise the instance does not own it.
     *
     * @param data the instance's data; null for none
     * @throws Trap if a core start function traps, or instantiation takes longer than the deadline
     * @throws dev.weft.engine.MemoryLimitException if a memory starts beyond the memory limit
     */
    public Instance instantiate(Limits limits, Object data) {
        return instantiate(limits, data == null ? Caller.NONE : new Caller(data));
    }

    private Instance instantiate(Limits limits, Caller caller) {
        Objects.requireNonNull(limits, "limits");
        Frame frame = Instantiation.run(prepared, limits.core(), limits.deadline().orElse(null), caller);
        return new Instance("", frame, component.plan().exports(), component.type().exports(), caller);
    }
}
