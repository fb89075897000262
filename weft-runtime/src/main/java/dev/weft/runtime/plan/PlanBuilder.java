package dev.weft.runtime.plan;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.validate.Definition;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mutable side of planning: allocates slots and leaves, collects steps, modules and instances. */
final class PlanBuilder {
    final List<Step> steps = new ArrayList<>();
    final List<ByteSlice> modules = new ArrayList<>();
    final List<Plan.StateInfo> states = new ArrayList<>();
    private final Map<Definition.CoreModule, Integer> moduleIds = new IdentityHashMap<>();
    private int coreModules;
    private int coreInstances;
    private int coreFuncs;
    private int coreMemories;
    private int coreTables;
    private int coreGlobals;
    private int coreTags;
    private int funcs;
    private int resources;
    private final List<ResourceType> canonicalResources = new ArrayList<>();
    private final Set<ResourceType> usedResources = Collections.newSetFromMap(new IdentityHashMap<>());
    private int funcLeaves;
    private int moduleLeaves;
    private int resourceLeaves;

    void step(Step step) {
        steps.add(step);
    }

    /** The id of a core module definition; a nested component instantiated twice shares its modules. */
    int moduleId(Definition.CoreModule module) {
        return moduleIds.computeIfAbsent(module, m -> {
            modules.add(m.bytes());
            return modules.size() - 1;
        });
    }

    /** Starts a component instance; {@link #endState} records where its steps end. */
    Slot.State beginState(int parent, String name) {
        states.add(new Plan.StateInfo(parent, name, steps.size(), -1));
        return new Slot.State(states.size() - 1);
    }

    void endState(Slot.State state) {
        Plan.StateInfo s = states.get(state.index());
        states.set(state.index(), new Plan.StateInfo(s.parent(), s.name(), s.firstStep(), steps.size()));
    }

    Slot.CoreModule coreModule() {
        return new Slot.CoreModule(coreModules++);
    }

    Slot.CoreInstance coreInstance() {
        return new Slot.CoreInstance(coreInstances++);
    }

    Slot.CoreFunc coreFunc() {
        return new Slot.CoreFunc(coreFuncs++);
    }

    Slot.CoreMemory coreMemory() {
        return new Slot.CoreMemory(coreMemories++);
    }

    Slot.CoreTable coreTable() {
        return new Slot.CoreTable(coreTables++);
    }

    Slot.CoreGlobal coreGlobal() {
        return new Slot.CoreGlobal(coreGlobals++);
    }

    Slot.CoreTag coreTag() {
        return new Slot.CoreTag(coreTags++);
    }

    Slot.Func func() {
        return new Slot.Func(funcs++);
    }

    /**
     * A new resource slot, whose one identity (see {@link ResourceCanonicalizer}) is {@code type}, or
     * a fresh one named like it if another slot has {@code type} already (a nested component
     * instantiated twice defines its resource twice: two types).
     */
    Slot.Resource resource(ResourceType type) {
        canonicalResources.add(usedResources.add(type) ? type : new ResourceType(type.name()));
        return new Slot.Resource(resources++);
    }

    ResourceType canonical(Slot.Resource slot) {
        return canonicalResources.get(slot.index());
    }

    int funcLeaf() {
        return funcLeaves++;
    }

    int moduleLeaf() {
        return moduleLeaves++;
    }

    int resourceLeaf() {
        return resourceLeaves++;
    }

    Plan.LeafCounts leafCounts() {
        return new Plan.LeafCounts(funcLeaves, moduleLeaves, resourceLeaves);
    }

    Plan.SlotCounts slotCounts() {
        return new Plan.SlotCounts(coreModules, coreInstances, coreFuncs, coreMemories, coreTables, coreGlobals,
                coreTags, funcs, resources);
    }
}
