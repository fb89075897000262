package dev.weft.runtime.instance;

import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreGlobal;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreTable;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.plan.Plan;
import dev.weft.runtime.plan.ResourceCanonicalizer;
import dev.weft.runtime.plan.Slot;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.types.FuncType;
import dev.weft.types.ResourceType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The slots of one instantiation: one array per kind, sized by the plan, filled by its steps in
 * order. After instantiation it is the live instance: exports read their slots from here.
 */
public final class Frame {
    final CoreModule[] modules;
    final Map<String, CoreExtern>[] coreInstances;
    final CoreFunction[] coreFuncs;
    final CoreMemory[] memories;
    final CoreTable[] tables;
    final CoreGlobal[] globals;
    final Func[] funcs;
    final ResourceDefinition[] resources;
    final ComponentInstanceState[] states;
    /**
     * Imported resources that another component defined: the plan's identity to the definer's.
     * Usually empty (host resources take the plan's identity).
     */
    final Map<ResourceType, ResourceType> renamed = new IdentityHashMap<>();

    @SuppressWarnings("unchecked")
    Frame(Plan plan) {
        Plan.SlotCounts n = plan.slots();
        modules = new CoreModule[n.coreModules()];
        coreInstances = new Map[n.coreInstances()];
        coreFuncs = new CoreFunction[n.coreFuncs()];
        memories = new CoreMemory[n.coreMemories()];
        tables = new CoreTable[n.coreTables()];
        globals = new CoreGlobal[n.coreGlobals()];
        funcs = new Func[n.funcs()];
        resources = new ResourceDefinition[n.resources()];
        states = new ComponentInstanceState[plan.states().size()];
    }

    public Func func(Slot.Func slot) {
        return funcs[slot.index()];
    }

    public CoreModule module(Slot.CoreModule slot) {
        return modules[slot.index()];
    }

    public ResourceDefinition resource(Slot.Resource slot) {
        return resources[slot.index()];
    }

    public ComponentInstanceState state(Slot.State slot) {
        return states[slot.index()];
    }

    /** The root component instance. */
    public ComponentInstanceState root() {
        return states[0];
    }

    /** {@code type} with the identities of imported resources as their definers know them. */
    FuncType type(FuncType type) {
        return renamed.isEmpty() ? type : new ResourceCanonicalizer(rt -> renamed.getOrDefault(rt, rt)).func(type);
    }

    CoreExtern coreExtern(Slot slot) {
        return switch (slot) {
            case Slot.CoreFunc f -> coreFuncs[f.index()];
            case Slot.CoreMemory m -> memories[m.index()];
            case Slot.CoreTable t -> tables[t.index()];
            case Slot.CoreGlobal g -> globals[g.index()];
            default -> throw new AssertionError("not a core extern slot: " + slot);
        };
    }
}
