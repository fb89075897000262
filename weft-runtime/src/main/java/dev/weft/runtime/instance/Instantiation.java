package dev.weft.runtime.instance;

import dev.weft.engine.CoreDeadline;
import dev.weft.engine.CoreInstanceLimits;
import dev.weft.runtime.Caller;
import dev.weft.runtime.canon.ComponentInstanceState;
import java.time.Duration;
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
     * A new instantiation of {@code prepared}'s plan.
     *
     * @throws dev.weft.runtime.Trap if a core start function traps
     */
    public static Frame run(PreparedPlan prepared) {
        return run(prepared, CoreInstanceLimits.NONE, null);
    }

    /**
     * A new instantiation under {@code limits}, each core instance's; {@code deadline} (null:
     * none) bounds the instantiation and every later call from the host into its instances.
     */
    public static Frame run(PreparedPlan prepared, CoreInstanceLimits limits, Duration deadline) {
        return run(prepared, limits, deadline, null);
    }

    /**
     * {@link #run(PreparedPlan, CoreInstanceLimits, Duration)} for an instance whose host functions
     * that take a {@link Caller} receive {@code caller} (null: none; calling one then fails).
     */
    public static Frame run(PreparedPlan prepared, CoreInstanceLimits limits, Duration deadline, Caller caller) {
        if (deadline == null) return instantiate(prepared, limits, null, caller);
        try (CoreDeadline d = CoreDeadline.start(deadline)) {
            return instantiate(prepared, limits, deadline, caller);
        }
    }

    private static Frame instantiate(PreparedPlan prepared, CoreInstanceLimits limits, Duration deadline, Caller caller) {
        Plan plan = prepared.plan;
        Frame f = new Frame(plan, prepared.imports.types());
        f.limits = limits;
        f.caller = caller;
        createStates(plan, f);
        for (ComponentInstanceState s : f.states) s.deadline(deadline);
        List<Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) step(i, steps.get(i), f, prepared);
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

    private static void step(int index, Step step, Frame f, PreparedPlan p) {
        switch (step) {
            case Step.LoadModule s -> f.modules[s.module().index()] = p.modules.get(s.moduleId());
            case Step.ImportModule s -> f.modules[s.module().index()] = p.imports.modules().get(s.leaf());
            case Step.ImportFunc s -> f.funcs[s.func().index()] = HostFunc.bindCaller(p.imports.funcs().get(s.leaf()), f.caller);
            case Step.ImportResource s -> CanonSteps.importResource(s, f, p.imports);
            case Step.InstantiateCore s -> CoreSteps.instantiate(s, p.link(index), f, p);
            case Step.CoreInstanceFromExports s -> CoreSteps.fromExports(s, f);
            case Step.AliasCoreExport s -> CoreSteps.alias(s, p.alias(index), f);
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
