package dev.weft.runtime.plan;

import dev.weft.binary.validate.Definition;
import dev.weft.binary.validate.ValidatedComponent;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.types.ExternType;
import dev.weft.types.TypeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a validated component into a {@link Plan}: walks its definitions in order (one exhaustive
 * switch, one helper per kind) and, where a component is instantiated, walks the nested component's
 * definitions right there in a fresh {@link Scope}, so that the result is one flat list of steps.
 * Recursion happens here, at plan time, once per component; never when instantiating.
 */
public final class Planner {
    private final PlanBuilder builder = new PlanBuilder();
    private final CorePlanning core = new CorePlanning(builder);
    private final CanonPlanning canon = new CanonPlanning(builder);
    private final List<Plan.RootImport> rootImports = new ArrayList<>();

    private Planner() {}

    /**
     * Plans the instantiation of {@code component}.
     *
     * @throws UnsupportedFeatureException if the component uses something Weft cannot run yet
     */
    public static Plan plan(ValidatedComponent component) {
        return new Planner().root(component);
    }

    private Plan root(ValidatedComponent component) {
        Slot.State state = builder.beginState(-1, "root");
        Scope scope = new Scope(Optional.empty(), state, "root");
        RootImports imports = new RootImports(builder, rootImports);
        definitions(component, scope, imports::bind);
        builder.endState(state);
        return new Plan(component.type(), builder.modules, rootImports, builder.leafCounts(), builder.steps,
                builder.slotCounts(), builder.states, scope.exports());
    }

    /** How the imports of the component being planned are satisfied. */
    @FunctionalInterface
    interface ImportBinder {
        Item bind(Definition.Import imp, Scope scope);
    }

    private void definitions(ValidatedComponent component, Scope scope, ImportBinder imports) {
        for (Definition d : component.definitions()) define(d, scope, imports);
    }

    private void define(Definition def, Scope scope, ImportBinder imports) {
        switch (def) {
            case Definition.CoreModule m -> core.module(m, scope);
            case Definition.CoreInstantiate i -> core.instantiate(i, scope);
            case Definition.CoreInstanceFromExports e -> core.fromExports(e, scope);
            case Definition.CoreTypeDef t -> scope.add(t.index(), new Item.CoreType());
            case Definition.NestedComponent n -> scope.add(n.index(), new Item.Component(new ComponentClosure(n.component(), scope)));
            case Definition.Instantiate i -> instantiate(i, scope);
            case Definition.InstanceFromExports e -> scope.add(e.index(), new Item.Instance(items(e.exports(), scope)));
            case Definition.AliasExport a -> aliasExport(a, scope);
            case Definition.AliasCoreExport a -> core.aliasExport(a, scope);
            case Definition.AliasOuter a -> scope.add(a.index(), scope.outer(a.count()).get(a.target()));
            case Definition.TypeDefinition t -> scope.add(t.index(), new Item.Type(t.type(), Optional.empty()));
            case Definition.ResourceDefinition r -> canon.resource(r, scope);
            case Definition.Lift l -> canon.lift(l, scope);
            case Definition.Lower l -> canon.lower(l, scope);
            case Definition.Builtin b -> canon.builtin(b, scope);
            case Definition.Start s -> throw new UnsupportedFeatureException("start-function",
                    "component start functions are not supported yet");
            case Definition.Import i -> scope.add(i.index(), imports.bind(i, scope));
            case Definition.Export e -> export(e, scope);
            case Definition.Value v -> throw new UnsupportedFeatureException("value-definition",
                    "component value definitions are not supported yet");
        }
    }

    private static Map<String, Item> items(List<Definition.Item> items, Scope scope) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (Definition.Item i : items) out.put(i.name(), scope.get(i.target()));
        return out;
    }

    private static void aliasExport(Definition.AliasExport a, Scope scope) {
        Item.Instance instance = scope.get(a.instance(), Item.Instance.class);
        Item item = instance.exports().get(a.name());
        assert item != null : "instance " + a.instance() + " has no export " + a.name();
        bindResources(a.type(), item, scope);
        scope.add(a.index(), item);
    }

    private static void export(Definition.Export e, Scope scope) {
        Item item = scope.get(e.target());
        bindResources(e.type(), item, scope);
        scope.add(e.index(), item);
        scope.export(e.name(), item);
    }

    /**
     * Inlines the instantiation of a nested component: its definitions are planned in a new scope
     * whose imports are the {@code with} arguments, and the instance is its exports.
     */
    private void instantiate(Definition.Instantiate i, Scope scope) {
        ComponentClosure closure = scope.get(i.component(), Item.Component.class).closure();
        Map<String, Item> args = items(i.args(), scope);
        String name = scope.name() + "/instance " + i.index().index();
        Slot.State state = builder.beginState(scope.state().index(), name);
        Scope child = new Scope(Optional.of(closure.definedIn), state, name);
        definitions(closure.component, child, (imp, s) -> argument(imp, args, s));
        builder.endState(state);
        Item.Instance instance = new Item.Instance(child.exports());
        bindResources(new ExternType.Instance(i.type()), instance, scope);
        scope.add(i.index(), instance);
    }

    private static Item argument(Definition.Import imp, Map<String, Item> args, Scope scope) {
        Item arg = args.get(imp.name());
        assert arg != null : "validation guarantees an argument for import " + imp.name();
        bindResources(imp.type(), arg, scope);
        return arg;
    }

    /**
     * Records in {@code scope} the slots of the resource types that {@code type} (how this scope
     * sees {@code item}) names: the same run-time resource is known by a different static identity
     * in each scope that imports, aliases or exports it.
     */
    static void bindResources(ExternType type, Item item, Scope scope) {
        switch (type) {
            case ExternType.Type t when t.type() instanceof TypeDef.Resource r && item instanceof Item.Type it
                    && it.resource().isPresent() -> scope.bindResource(r.resource(), it.resource().get());
            case ExternType.Instance t when item instanceof Item.Instance it -> t.type().exports().forEach((n, e) -> {
                Item export = it.exports().get(n);
                if (export != null) bindResources(e, export, scope);
            });
            default -> {}
        }
    }
}
