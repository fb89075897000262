package dev.weft.runtime.instance;

import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreGlobal;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreInstanceLimits;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreTable;
import dev.weft.engine.CoreTag;
import dev.weft.runtime.Caller;
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
    final CoreExports[] coreInstances;
    final CoreFunction[] coreFuncs;
    final CoreMemory[] memories;
    final CoreTable[] tables;
    final CoreGlobal[] globals;
    final CoreTag[] tags;
    final Func[] funcs;
    final ResourceDefinition[] resources;
    final ComponentInstanceState[] states;
    /** The limits of each core instance. */
    CoreInstanceLimits limits = CoreInstanceLimits.NONE;
    /** What host functions taking a {@link Caller} receive: the instance's data (null: none given). */
    Caller caller;
    /** The plan's lift and lower types with imported resources renamed by the linker ({@link ResolvedImports#types()}). */
    private final Map<FuncType, FuncType> linkedTypes;
    /** The resource types this instantiation defined: the plan's identity to the fresh run-time one (made on the first). */
    private Map<ResourceType, ResourceType> defined;
    private ResourceCanonicalizer definedRenaming;
    /** {@link #type} of each plan type asked for, once the instantiation defined resources. */
    private Map<FuncType, FuncType> runtimeTypes;

    Frame(Plan plan, Map<FuncType, FuncType> linkedTypes) {
        this.linkedTypes = linkedTypes;
        Plan.SlotCounts n = plan.slots();
        modules = new CoreModule[n.coreModules()];
        coreInstances = new CoreExports[n.coreInstances()];
        coreFuncs = new CoreFunction[n.coreFuncs()];
        memories = new CoreMemory[n.coreMemories()];
        tables = new CoreTable[n.coreTables()];
        globals = new CoreGlobal[n.coreGlobals()];
        tags = new CoreTag[n.coreTags()];
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

    /**
     * The run-time type of the plan's function type {@code type}: imported resources as their
     * definers know them, resources this instantiation defined by their fresh identity. A resource
     * is defined before any type that mentions it is asked for (steps follow definition order), so
     * each answer is final.
     */
    FuncType type(FuncType type) {
        FuncType linked = linkedTypes.isEmpty() ? type : linkedTypes.getOrDefault(type, type);
        if (defined == null) return linked;
        return runtimeTypes.computeIfAbsent(type, t -> definedRenaming.func(linked));
    }

    /** A fresh run-time identity for the resource type the plan calls {@code type}, defined by this instantiation. */
    ResourceType define(ResourceType type) {
        if (defined == null) {
            Map<ResourceType, ResourceType> renamed = new IdentityHashMap<>();
            defined = renamed;
            definedRenaming = new ResourceCanonicalizer(rt -> renamed.getOrDefault(rt, rt));
            runtimeTypes = new IdentityHashMap<>();
        }
        ResourceType fresh = new ResourceType(type.name());
        ResourceType previous = defined.put(type, fresh);
        assert previous == null : "the plan defines " + type + " twice";
        return fresh;
    }

    CoreExtern coreExtern(Slot slot) {
        return switch (slot) {
            case Slot.CoreFunc f -> coreFuncs[f.index()];
            case Slot.CoreMemory m -> memories[m.index()];
            case Slot.CoreTable t -> tables[t.index()];
            case Slot.CoreGlobal g -> globals[g.index()];
            case Slot.CoreTag t -> tags[t.index()];
            default -> throw new AssertionError("not a core extern slot: " + slot);
        };
    }
}
