package dev.weft.runtime.instance;

import dev.weft.binary.ast.Canon;
import dev.weft.engine.CoreFunction;
import dev.weft.runtime.Trap;
import dev.weft.runtime.canon.CanonOptions;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.canon.ResourceBuiltins;
import dev.weft.runtime.plan.BuiltinNames;
import dev.weft.runtime.plan.PlanOptions;
import dev.weft.runtime.plan.Step;

/**
 * The canonical steps: lifting, lowering, defining resources and the built-ins, each handing the
 * slots' live values to the canon package.
 */
final class CanonSteps {
    private CanonSteps() {}

    /** The lift is bound to this instance's core function and options; its {@link dev.weft.runtime.canon.CanonLift} is made on the first call. */
    static void lift(Step.Lift s, Frame f) {
        f.funcs[s.func().index()] = new LiftedFunc(f.state(s.state()), f.coreFuncs[s.core().index()],
                f.type(s.type()), options(s.options(), f));
    }

    /** A core function of the plan's core type; its body ({@link dev.weft.runtime.canon.CanonLower#lower}) is made on the first call. */
    static void lower(Step.Lower s, Frame f) {
        f.coreFuncs[s.core().index()] = CoreFunction.host(s.coreType(),
                new LoweredFunc(f.state(s.state()), f.type(s.type()), options(s.options(), f), f.funcs[s.func().index()]));
    }

    /**
     * An imported resource: the run-time type the linker supplied (a host's or another instance's);
     * the linker already renamed the types that mention it ({@link ResolvedImports#types()}).
     */
    static void importResource(Step.ImportResource s, Frame f, ResolvedImports imports) {
        f.resources[s.resource().index()] = imports.resources().get(s.leaf());
    }

    /** A resource type definition: a fresh run-time type for each instantiation (resource types are generative). */
    static void defineResource(Step.DefineResource s, Frame f) {
        ComponentInstanceState state = f.state(s.state());
        f.resources[s.resource().index()] = state.defineResource(f.define(s.type()),
                s.destructor().map(d -> f.coreFuncs[d.index()]));
    }

    static void resourceNew(Step.ResourceNew s, Frame f) {
        f.coreFuncs[s.core().index()] = CoreFunction.host(ResourceBuiltins.resourceNewType(),
                ResourceBuiltins.resourceNew(f.state(s.state()), f.resources[s.resource().index()].type()));
    }

    static void resourceRep(Step.ResourceRep s, Frame f) {
        f.coreFuncs[s.core().index()] = CoreFunction.host(ResourceBuiltins.resourceRepType(),
                ResourceBuiltins.resourceRep(f.state(s.state()), f.resources[s.resource().index()].type()));
    }

    static void resourceDrop(Step.ResourceDrop s, Frame f) {
        f.coreFuncs[s.core().index()] = CoreFunction.host(ResourceBuiltins.resourceDropType(),
                ResourceBuiltins.resourceDrop(f.state(s.state()), f.resources[s.resource().index()].type()));
    }

    /**
     * A CM 0.3 built-in: {@code backpressure.inc/dec} work (a counter per instance); the others are
     * not implemented yet: instantiation works, calling one traps with its name, after the
     * {@code may_leave} check the spec makes first (all but {@code context.get/set} make it).
     */
    static void unsupported(Step.UnsupportedBuiltin s, Frame f) {
        String name = BuiltinNames.of(s.canon());
        var state = f.state(s.state());
        f.coreFuncs[s.core().index()] = CoreFunction.host(s.coreType(), switch (s.canon()) {
            case Canon.BackpressureInc b -> args -> {
                state.backpressureInc();
                return CoreFunction.NO_VALUES;
            };
            case Canon.BackpressureDec b -> args -> {
                state.backpressureDec();
                return CoreFunction.NO_VALUES;
            };
            case Canon.ContextGet c -> args -> {
                throw new Trap("`canon " + name + "` is not supported by Weft yet");
            };
            case Canon.ContextSet c -> args -> {
                throw new Trap("`canon " + name + "` is not supported by Weft yet");
            };
            default -> args -> {
                state.checkMayLeave();
                throw new Trap("`canon " + name + "` is not supported by Weft yet");
            };
        });
    }

    static CanonOptions options(PlanOptions o, Frame f) {
        return new CanonOptions(o.stringEncoding(),
                o.memory().map(m -> f.memories[m.index()]),
                o.realloc().map(r -> f.coreFuncs[r.index()]),
                o.postReturn().map(p -> f.coreFuncs[p.index()]),
                o.async(),
                o.callback().map(c -> f.coreFuncs[c.index()]));
    }
}
