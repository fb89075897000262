package dev.weft.runtime.plan;

import dev.weft.binary.ast.Canon;
import dev.weft.engine.CoreFuncType;
import dev.weft.types.FuncType;
import dev.weft.types.ResourceType;
import java.util.List;
import java.util.Optional;

/**
 * One step of an instantiation: reads slots filled by earlier steps and fills one slot. The steps
 * of a {@link Plan} run in order, once per instantiation; each names the slots it touches, so
 * running one is array indexing. The names left (the exports of core instances that
 * {@link AliasCoreExport} and {@link InstantiateCore} use) are resolved to positions once per
 * pre-instantiated component ({@code dev.weft.runtime.instance.PreparedPlan}).
 */
public sealed interface Step {

    /** Fills {@code module} with the component's {@code moduleId}-th core module (compiled once per component). */
    record LoadModule(Slot.CoreModule module, int moduleId) implements Step {}

    /** Fills {@code module} with the compiled module the linker supplied for import leaf {@code leaf}. */
    record ImportModule(Slot.CoreModule module, int leaf) implements Step {}

    /** Fills {@code func} with the function the linker supplied for import leaf {@code leaf}. */
    record ImportFunc(Slot.Func func, int leaf) implements Step {}

    /**
     * Fills {@code resource} with the resource type the linker supplied for import leaf {@code leaf};
     * {@code type} is the identity the plan's function types use for it.
     */
    record ImportResource(Slot.Resource resource, ResourceType type, int leaf) implements Step {}

    /** {@code (core instance (instantiate m (with "n" (instance i))*))}. */
    record InstantiateCore(Slot.CoreInstance instance, Slot.CoreModule module, List<CoreArg> args) implements Step {
        public InstantiateCore {
            args = List.copyOf(args);
        }
    }

    /** {@code (core instance (export "n" (func f))*)}. */
    record CoreInstanceFromExports(Slot.CoreInstance instance, List<CoreExport> exports) implements Step {
        public CoreInstanceFromExports {
            exports = List.copyOf(exports);
        }
    }

    /** {@code (alias core export i "n" (sort))}: {@code target} is a core func, memory, table, global or tag slot. */
    record AliasCoreExport(Slot target, Slot.CoreInstance instance, String name) implements Step {}

    /** {@code (canon lift f opts (type t))}, owned by the component instance {@code state}. */
    record Lift(Slot.Func func, Slot.CoreFunc core, FuncType type, PlanOptions options, Slot.State state)
            implements Step {}

    /**
     * {@code (canon lower f opts)}: a core function calling {@code func} (of type {@code type} as this
     * scope sees it); {@code coreType} is its core type, {@code flatten_functype(type, 'lower')}.
     */
    record Lower(Slot.CoreFunc core, Slot.Func func, FuncType type, CoreFuncType coreType, PlanOptions options,
                 Slot.State state) implements Step {}

    /**
     * {@code (type (resource (rep i32) (dtor f)?))}: a fresh resource type for each instantiation;
     * {@code type} is the identity the plan's function types use for it, which each instantiation
     * replaces by its fresh one.
     */
    record DefineResource(Slot.Resource resource, ResourceType type, Optional<Slot.CoreFunc> destructor,
                          Slot.State state) implements Step {}

    /** {@code canon resource.new}. */
    record ResourceNew(Slot.CoreFunc core, Slot.Resource resource, Slot.State state) implements Step {}

    /** {@code canon resource.rep}. */
    record ResourceRep(Slot.CoreFunc core, Slot.Resource resource, Slot.State state) implements Step {}

    /** {@code canon resource.drop}. */
    record ResourceDrop(Slot.CoreFunc core, Slot.Resource resource, Slot.State state) implements Step {}

    /**
     * A built-in the runtime does not implement yet (async, threads, streams, error contexts): a core
     * function of the declared type that fails with a clear message if the guest calls it.
     */
    record UnsupportedBuiltin(Slot.CoreFunc core, Canon canon, CoreFuncType coreType, Slot.State state) implements Step {}

    /** A core instantiation argument. */
    record CoreArg(String name, Slot.CoreInstance instance) {}

    /** An inline core export: {@code slot} is a core func, memory, table, global or tag slot. */
    record CoreExport(String name, Slot slot) {}
}
