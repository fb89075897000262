package dev.weft.runtime.instance;

import dev.weft.engine.CoreFunction;
import dev.weft.runtime.Trap;
import dev.weft.runtime.canon.CanonLift;
import dev.weft.runtime.canon.CanonLower;
import dev.weft.runtime.canon.CanonOptions;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.canon.ResourceBuiltins;
import dev.weft.runtime.plan.BuiltinNames;
import dev.weft.runtime.plan.PlanOptions;
import dev.weft.runtime.plan.Step;
import dev.weft.runtime.resource.ResourceDefinition;

/**
 * The canonical steps: lifting, lowering, defining resources and the built-ins, each handing the
 * slots' live values to the canon package.
 */
final class CanonSteps {
    private CanonSteps() {}

    static void lift(Step.Lift s, Frame f) {
        f.funcs[s.func().index()] = new LiftedFunc(CanonLift.of(f.state(s.state()), f.coreFuncs[s.core().index()],
                f.type(s.type()), options(s.options(), f)));
    }

    static void lower(Step.Lower s, Frame f) {
        f.coreFuncs[s.core().index()] = CanonLower.lowerFunction(f.state(s.state()), f.type(s.type()), options(s.options(), f),
                f.funcs[s.func().index()]);
    }

    /** An imported resource; if another component defined it, types name it by the definer's identity. */
    static void importResource(Step.ImportResource s, Frame f, ResolvedImports imports) {
        ResourceDefinition definition = imports.resources().get(s.leaf());
        f.resources[s.resource().index()] = definition;
        if (definition.type() != s.type()) f.renamed.put(s.type(), definition.type());
    }

    static void defineResource(Step.DefineResource s, Frame f) {
        ComponentInstanceState state = f.state(s.state());
        f.resources[s.resource().index()] = state.defineResource(s.type(), s.destructor().map(d -> f.coreFuncs[d.index()]));
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
     * A built-in Weft does not implement yet: instantiation works, calling it traps with its name,
     * after the check every built-in makes first ({@code may_leave}).
     */
    static void unsupported(Step.UnsupportedBuiltin s, Frame f) {
        String name = BuiltinNames.of(s.canon());
        var state = f.state(s.state());
        f.coreFuncs[s.core().index()] = CoreFunction.host(s.coreType(), args -> {
            state.checkMayLeave();
            throw new Trap("`canon " + name + "` is not supported by Weft yet");
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
