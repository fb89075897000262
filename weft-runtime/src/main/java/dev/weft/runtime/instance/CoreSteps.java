package dev.weft.runtime.instance;

import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreGlobal;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreTable;
import dev.weft.engine.CoreTag;
import dev.weft.engine.CoreTrap;
import dev.weft.runtime.Trap;
import dev.weft.runtime.plan.Slot;
import dev.weft.runtime.plan.Step;
import java.util.Arrays;
import java.util.List;

/**
 * The core steps: instantiating core modules, tupling exports into core instances, aliasing core
 * exports. Names were resolved to positions once ({@link PreparedPlan}); only a step left
 * unresolved there looks its imports up by name here.
 */
final class CoreSteps {
    private CoreSteps() {}

    /** {@code instantiate}: each import {@code (m, n)} is export {@code n} of the argument named {@code m}. */
    static void instantiate(Step.InstantiateCore step, PreparedPlan.CoreLink link, Frame f, PreparedPlan p) {
        CoreModule module = f.modules[step.module().index()];
        CoreInstance instance;
        try {
            instance = link != null ? module.instantiate(imports(link, f), f.limits)
                    : module.instantiate(imports(step, f, p), f.limits);
        } catch (CoreTrap t) {
            throw Trap.fromCore(t);
        }
        f.coreInstances[step.instance().index()] = new CoreExports.Instantiated(instance);
    }

    private static List<CoreExtern> imports(PreparedPlan.CoreLink link, Frame f) {
        int[] instances = link.instances();
        int[] positions = link.positions();
        CoreExtern[] values = new CoreExtern[instances.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.coreInstances[instances[i]].get(positions[i]);
        }
        return Arrays.asList(values);
    }

    /** Every export of every argument by name, as the core spec links: for a step the plan could not resolve. */
    private static CoreImports imports(Step.InstantiateCore step, Frame f, PreparedPlan p) {
        CoreImports.Builder imports = CoreImports.builder();
        for (Step.CoreArg arg : step.args()) {
            List<String> names = p.names(arg.instance().index());
            CoreExports exports = f.coreInstances[arg.instance().index()];
            for (int i = 0; i < names.size(); i++) imports.define(arg.name(), names.get(i), exports.get(i));
        }
        return imports.build();
    }

    static void fromExports(Step.CoreInstanceFromExports step, Frame f) {
        List<Step.CoreExport> exports = step.exports();
        CoreExtern[] values = new CoreExtern[exports.size()];
        for (int i = 0; i < values.length; i++) values[i] = f.coreExtern(exports.get(i).slot());
        f.coreInstances[step.instance().index()] = new CoreExports.Inline(values);
    }

    static void alias(Step.AliasCoreExport step, int position, Frame f) {
        CoreExtern value = position < 0 ? null : f.coreInstances[step.instance().index()].get(position);
        switch (step.target()) {
            case Slot.CoreFunc s -> f.coreFuncs[s.index()] = expect(value, CoreFunction.class, step);
            case Slot.CoreMemory s -> f.memories[s.index()] = expect(value, CoreMemory.class, step);
            case Slot.CoreTable s -> f.tables[s.index()] = expect(value, CoreTable.class, step);
            case Slot.CoreGlobal s -> f.globals[s.index()] = expect(value, CoreGlobal.class, step);
            case Slot.CoreTag s -> f.tags[s.index()] = expect(value, CoreTag.class, step);
            default -> throw new AssertionError("core export alias into " + step.target());
        }
    }

    /** Validation checked the export exists with this kind; the engine must agree. */
    private static <T extends CoreExtern> T expect(CoreExtern value, Class<T> kind, Step.AliasCoreExport step) {
        if (!kind.isInstance(value)) {
            throw new AssertionError("core instance has no " + kind.getSimpleName() + " export `" + step.name()
                    + "` (found " + value + ")");
        }
        return kind.cast(value);
    }
}
