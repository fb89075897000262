package dev.weft.runtime.instance;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.plan.Plan;
import dev.weft.runtime.plan.Step;
import java.util.List;

/**
 * Runs a {@link Plan}: creates the component instances' states, then executes the steps in order,
 * one exhaustive switch with a short helper per step. No recursion, no name look-ups beyond the
 * core exports the steps name.
 */
public final class Instantiation {
    private Instantiation() {}

    /**
     * A new instantiation of {@code plan}.
     *
     * @param modules the plan's core modules, compiled
     * @param imports what the linker resolved for the plan's imports
     * @throws dev.weft.runtime.Trap if a core start function traps
     */
    public static Frame run(Plan plan, List<CoreModule> modules, ResolvedImports imports) {
        Frame f = new Frame(plan, imports.types());
        createStates(plan, f);
        for (Step step : plan.steps()) step(step, f, modules, imports);
        return f;
    }

    /** One state per component instance; parents come first. */
    private static void createStates(Plan plan, Frame f) {
        List<Plan.StateInfo> states = plan.states();
        for (int i = 0; i < states.size(); i++) {
            int parent = states.get(i).parent();
            f.states[i] = new ComponentInstanceState(parent < 0 ? null : f.states[parent]);
        }
    }

    private static void step(Step step, Frame f, List<CoreModule> modules, ResolvedImports imports) {
        switch (step) {
            case Step.LoadModule s -> f.modules[s.module().index()] = modules.get(s.moduleId());
            case Step.ImportModule s -> f.modules[s.module().index()] = imports.modules().get(s.leaf());
            case Step.ImportFunc s -> f.funcs[s.func().index()] = imports.funcs().get(s.leaf());
            case Step.ImportResource s -> CanonSteps.importResource(s, f, imports);
            case Step.InstantiateCore s -> CoreSteps.instantiate(s, f);
            case Step.CoreInstanceFromExports s -> CoreSteps.fromExports(s, f);
            case Step.AliasCoreExport s -> CoreSteps.alias(s, f);
            case Step.Lift s -> CanonSteps.lift(s, f);
            case Step.Lower s -> CanonSteps.lower(s, f);
            case Step.DefineResource s -> CanonSteps.defineResource(s, f);
            case Step.ResourceNew s -> CanonSteps.resourceNew(s, f);
            case Step.ResourceRep s -> CanonSteps.resourceRep(s, f);
            case Step.ResourceDrop s -> CanonSteps.resourceDrop(s, f);
            case Step.UnsupportedBuiltin s -> CanonSteps.unsupported(s, f);
        }
    }
}
