package dev.weft.runtime.plan;

import dev.weft.binary.validate.Definition;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.types.ExternType;
import dev.weft.types.FuncType;
import dev.weft.types.ResourceType;
import dev.weft.types.TypeDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imports of the root component: each becomes an {@link ImportNode} tree whose leaves the linker
 * supplies, and steps that copy the supplied leaves into slots.
 */
final class RootImports {
    private final PlanBuilder builder;
    private final List<Plan.RootImport> imports;

    RootImports(PlanBuilder builder, List<Plan.RootImport> imports) {
        this.builder = builder;
        this.imports = imports;
    }

    private record Planned(ImportNode node, Item item) {}

    Item bind(Definition.Import imp, Scope scope) {
        Planned p = node(imp.type(), imp.name(), scope);
        imports.add(new Plan.RootImport(imp.name(), p.node()));
        return p.item();
    }

    private Planned node(ExternType type, String name, Scope scope) {
        return switch (type) {
            case ExternType.Func f -> func(f, scope);
            case ExternType.CoreModule m -> module(m);
            case ExternType.Type t -> type(t.type(), scope);
            case ExternType.Instance i -> instance(i, name, scope);
            case ExternType.Component c -> throw new UnsupportedFeatureException("component-import",
                    "importing a component (`" + name + "`) is not supported yet");
            case ExternType.Value v -> throw new UnsupportedFeatureException("value-import",
                    "importing a value (`" + name + "`) is not supported yet");
        };
    }

    /** A function, whose type names each resource by its slot's one identity (what the linker maps). */
    private Planned func(ExternType.Func f, Scope scope) {
        int leaf = builder.funcLeaf();
        Slot.Func slot = builder.func();
        builder.step(new Step.ImportFunc(slot, leaf));
        FuncType type = new ResourceCanonicalizer(rt -> scope.resourceIfBound(rt).map(builder::canonical).orElse(rt))
                .func(f.type());
        return new Planned(new ImportNode.Func(type, leaf), new Item.Func(slot, type));
    }

    private Planned module(ExternType.CoreModule m) {
        int leaf = builder.moduleLeaf();
        Slot.CoreModule slot = builder.coreModule();
        builder.step(new Step.ImportModule(slot, leaf));
        return new Planned(new ImportNode.CoreModule(m.type(), leaf), new Item.CoreModule(slot, m.type()));
    }

    /**
     * A resource type is a leaf, once: a later {@code (eq)} export of the same resource shares its
     * slot, and its node names the leaf's resource.
     */
    private Planned type(TypeDef type, Scope scope) {
        if (!(type instanceof TypeDef.Resource r)) {
            return new Planned(new ImportNode.Type(type), new Item.Type(type, Optional.empty()));
        }
        Optional<Slot.Resource> known = scope.resourceIfBound(r.resource());
        if (known.isPresent()) {
            return new Planned(new ImportNode.Type(new TypeDef.Resource(builder.canonical(known.get()))),
                    new Item.Type(type, known));
        }
        int leaf = builder.resourceLeaf();
        Slot.Resource slot = builder.resource(r.resource());
        ResourceType canonical = builder.canonical(slot);
        builder.step(new Step.ImportResource(slot, canonical, leaf));
        scope.bindResource(r.resource(), slot);
        return new Planned(new ImportNode.Resource(canonical, leaf), new Item.Type(type, Optional.of(slot)));
    }

    private Planned instance(ExternType.Instance i, String name, Scope scope) {
        Map<String, ImportNode> nodes = new LinkedHashMap<>();
        Map<String, Item> items = new LinkedHashMap<>();
        i.type().exports().forEach((n, t) -> {
            Planned p = node(t, name + "/" + n, scope);
            nodes.put(n, p.node());
            items.put(n, p.item());
        });
        return new Planned(new ImportNode.Instance(nodes), new Item.Instance(items));
    }
}
