package dev.weft.runtime.instance;

import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreGlobal;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreTable;
import dev.weft.engine.CoreTag;
import dev.weft.engine.CoreTrap;
import dev.weft.runtime.Trap;
import dev.weft.runtime.plan.Slot;
import dev.weft.runtime.plan.Step;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The core steps: instantiating core modules, tupling exports into core instances, aliasing core
 * exports. The look-up of an export by name happens here, once per step.
 */
final class CoreSteps {
    private CoreSteps() {}

    /** {@code instantiate}: each import {@code (m, n)} is export {@code n} of the argument named {@code m}. */
    static void instantiate(Step.InstantiateCore step, Frame f) {
        CoreImports.Builder imports = CoreImports.builder();
        for (Step.CoreArg arg : step.args()) {
            f.coreInstances[arg.instance().index()].forEach((name, value) -> imports.define(arg.name(), name, value));
        }
        CoreInstance instance;
        try {
            instance = f.modules[step.module().index()].instantiate(imports.build());
        } catch (CoreTrap t) {
            throw Trap.fromCore(t);
        }
        f.coreInstances[step.instance().index()] = instance.exports();
    }

    static void fromExports(Step.CoreInstanceFromExports step, Frame f) {
        Map<String, CoreExtern> exports = new LinkedHashMap<>();
        for (Step.CoreExport e : step.exports()) exports.put(e.name(), f.coreExtern(e.slot()));
        f.coreInstances[step.instance().index()] = exports;
    }

    static void alias(Step.AliasCoreExport step, Frame f) {
        CoreExtern value = f.coreInstances[step.instance().index()].get(step.name());
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
