package dev.weft.runtime.instance;

import dev.weft.engine.CoreImport;
import dev.weft.engine.CoreModule;
import dev.weft.runtime.plan.Plan;
import dev.weft.runtime.plan.Step;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Plan} with its compiled core modules and the imports the linker resolved: what every
 * instantiation of one {@link dev.weft.runtime.InstancePre} shares, computed once. Here the names
 * of core instantiation are resolved to positions: each import of an {@link Step.InstantiateCore}
 * to an argument and the position of its export, each {@link Step.AliasCoreExport} to an export
 * position. An instantiation then only indexes arrays.
 *
 * <p>Validation and linking make every name resolve; should one not, the step is left unresolved
 * and runs by name, failing as it always did ({@code CoreLinkException} for a missing import).
 */
public final class PreparedPlan {
    final Plan plan;
    final List<CoreModule> modules;
    final ResolvedImports imports;
    /** For each core instance slot, the names of its exports, in order. */
    private final List<String>[] names;
    /** By step index: the resolved imports of an {@link Step.InstantiateCore}; null for other steps or unresolved. */
    private final CoreLink[] links;
    /** By step index: the export position of an {@link Step.AliasCoreExport}; -1 for other steps or unresolved. */
    private final int[] aliases;

    /**
     * The imports of a core instantiation, in the module's import order: import {@code i} is export
     * {@code positions[i]} of core instance slot {@code instances[i]}.
     */
    record CoreLink(int[] instances, int[] positions) {}

    @SuppressWarnings("unchecked")
    private PreparedPlan(Plan plan, List<CoreModule> modules, ResolvedImports imports) {
        this.plan = plan;
        this.modules = modules;
        this.imports = imports;
        this.names = new List[plan.slots().coreInstances()];
        this.links = new CoreLink[plan.steps().size()];
        this.aliases = new int[plan.steps().size()];
    }

    /**
     * Prepares {@code plan} for instantiating.
     *
     * @param modules the plan's core modules, compiled ({@link Step.LoadModule#moduleId()} indexes them)
     * @param imports what the linker resolved for the plan's imports
     */
    public static PreparedPlan of(Plan plan, List<CoreModule> modules, ResolvedImports imports) {
        PreparedPlan p = new PreparedPlan(plan, List.copyOf(modules), imports);
        p.resolve();
        return p;
    }

    public Plan plan() {
        return plan;
    }

    /** The names of the exports of core instance slot {@code slot}, in order. */
    List<String> names(int slot) {
        return names[slot];
    }

    /** The resolved imports of step {@code step}, or null: resolve by name. */
    CoreLink link(int step) {
        return links[step];
    }

    /** The export position step {@code step} aliases, or -1: none. */
    int alias(int step) {
        return aliases[step];
    }

    private void resolve() {
        CoreModule[] moduleSlots = new CoreModule[plan.slots().coreModules()];
        List<Map<String, Integer>> positions = new java.util.ArrayList<>();
        for (int i = 0; i < plan.slots().coreInstances(); i++) positions.add(null);
        List<Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            aliases[i] = -1;
            switch (steps.get(i)) {
                case Step.LoadModule s -> moduleSlots[s.module().index()] = modules.get(s.moduleId());
                case Step.ImportModule s -> moduleSlots[s.module().index()] = imports.modules().get(s.leaf());
                case Step.InstantiateCore s -> {
                    CoreModule module = moduleSlots[s.module().index()];
                    links[i] = link(s, module, positions);
                    define(s.instance().index(), module.exports().stream().map(e -> e.name()).toList(), positions);
                }
                case Step.CoreInstanceFromExports s ->
                        define(s.instance().index(), s.exports().stream().map(Step.CoreExport::name).toList(), positions);
                case Step.AliasCoreExport s -> aliases[i] = positions.get(s.instance().index()).getOrDefault(s.name(), -1);
                default -> { }
            }
        }
    }

    private void define(int slot, List<String> exportNames, List<Map<String, Integer>> positions) {
        names[slot] = exportNames;
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < exportNames.size(); i++) byName.putIfAbsent(exportNames.get(i), i);
        positions.set(slot, byName);
    }

    /** Each import {@code (m, n)} of {@code module} is export {@code n} of the argument named {@code m}; null if one is not. */
    private static CoreLink link(Step.InstantiateCore step, CoreModule module, List<Map<String, Integer>> positions) {
        Map<String, Integer> args = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Step.CoreArg arg : step.args()) {
            if (!seen.add(arg.name())) return null; // defined twice: the name path reports it
            args.put(arg.name(), arg.instance().index());
        }
        List<CoreImport> list = module.imports();
        int[] instances = new int[list.size()];
        int[] at = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            CoreImport imp = list.get(i);
            Integer instance = args.get(imp.module());
            Integer position = instance == null ? null : positions.get(instance).get(imp.name());
            if (position == null) return null;
            instances[i] = instance;
            at[i] = position;
        }
        return new CoreLink(instances, at);
    }
}
