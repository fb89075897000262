package dev.weft.runtime.plan;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.types.ComponentType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to instantiate a component: its definitions, nested components and component instances
 * inlined, as one flat list of {@link Step}s over typed {@link Slot}s. Immutable; made once per
 * component by {@link Planner#plan}, run by every instantiation.
 *
 * @param type       the component's type
 * @param modules    the core modules the component contains (nested components' included), each
 *                   compiled once; {@link Step.LoadModule#moduleId()} indexes this list
 * @param imports    the imports of the root component, in order, with what the linker must supply
 * @param leaves     how many import leaves there are of each kind
 * @param steps      what an instantiation does, in order
 * @param slots      how many slots of each kind an instantiation fills
 * @param states     the component instances an instantiation creates: index 0 is the root, then
 *                   every inlined nested instance, each after its parent
 * @param exports    the root's exports, resolved to slots
 */
public record Plan(ComponentType type, List<ByteSlice> modules, List<RootImport> imports, LeafCounts leaves,
                   List<Step> steps, SlotCounts slots, List<StateInfo> states, Map<String, Item> exports) {
    public Plan {
        modules = List.copyOf(modules);
        imports = List.copyOf(imports);
        steps = List.copyOf(steps);
        states = List.copyOf(states);
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    /** One import of the root component. */
    public record RootImport(String name, ImportNode node) {}

    /** The number of import leaves of each kind. */
    public record LeafCounts(int funcs, int modules, int resources) {}

    /** The number of slots of each kind. */
    public record SlotCounts(int coreModules, int coreInstances, int coreFuncs, int coreMemories, int coreTables,
                             int coreGlobals, int coreTags, int funcs, int resources) {}

    /**
     * One component instance of the flattened component.
     *
     * @param parent    the enclosing instance ({@code -1} for the root)
     * @param name      where it is, for messages: {@code "root"}, {@code "root/instance 0"}, ...
     * @param firstStep the first of its steps
     * @param endStep   one past the last of its steps (those of instances nested in it included)
     */
    public record StateInfo(int parent, String name, int firstStep, int endStep) {}

    @Override
    public String toString() {
        return "Plan[" + steps.size() + " steps, " + modules.size() + " modules, " + states.size()
                + " instances, imports=" + imports.stream().map(RootImport::name).toList()
                + ", exports=" + exports.keySet() + "]";
    }
}
