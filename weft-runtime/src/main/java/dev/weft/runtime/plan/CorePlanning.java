package dev.weft.runtime.plan;

import dev.weft.binary.validate.Definition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Core definitions: modules, core instances (instantiated or made of inline exports) and aliases of
 * their exports. An alias of an export of an inline-export instance is resolved here, at plan time.
 */
final class CorePlanning {
    private final PlanBuilder builder;

    CorePlanning(PlanBuilder builder) {
        this.builder = builder;
    }

    void module(Definition.CoreModule m, Scope scope) {
        Slot.CoreModule slot = builder.coreModule();
        builder.step(new Step.LoadModule(slot, builder.moduleId(m)));
        scope.add(m.index(), new Item.CoreModule(slot, m.type()));
    }

    void instantiate(Definition.CoreInstantiate i, Scope scope) {
        Slot.CoreModule module = scope.get(i.module(), Item.CoreModule.class).slot();
        List<Step.CoreArg> args = new ArrayList<>();
        for (Definition.CoreArg a : i.args()) {
            args.add(new Step.CoreArg(a.name(), scope.get(a.instance(), Item.CoreInstance.class).slot()));
        }
        Slot.CoreInstance slot = builder.coreInstance();
        builder.step(new Step.InstantiateCore(slot, module, args));
        scope.add(i.index(), new Item.CoreInstance(slot, Optional.empty()));
    }

    void fromExports(Definition.CoreInstanceFromExports e, Scope scope) {
        Map<String, Item> items = new LinkedHashMap<>();
        List<Step.CoreExport> exports = new ArrayList<>();
        for (Definition.Item i : e.exports()) {
            Item item = scope.get(i.target());
            items.put(i.name(), item);
            exports.add(new Step.CoreExport(i.name(), coreSlot(item)));
        }
        Slot.CoreInstance slot = builder.coreInstance();
        builder.step(new Step.CoreInstanceFromExports(slot, exports));
        scope.add(e.index(), new Item.CoreInstance(slot, Optional.of(items)));
    }

    void aliasExport(Definition.AliasCoreExport a, Scope scope) {
        Item.CoreInstance instance = scope.get(a.instance(), Item.CoreInstance.class);
        if (instance.staticExports().isPresent()) {
            Item item = instance.staticExports().get().get(a.name());
            assert item != null : "validation guarantees core export " + a.name();
            scope.add(a.index(), item);
            return;
        }
        Item item = newCoreItem(a);
        builder.step(new Step.AliasCoreExport(coreSlot(item), instance.slot(), a.name()));
        scope.add(a.index(), item);
    }

    private Item newCoreItem(Definition.AliasCoreExport a) {
        return switch (a.index().sort()) {
            case CORE_FUNC -> new Item.CoreFunc(builder.coreFunc());
            case CORE_MEMORY -> new Item.CoreMemory(builder.coreMemory());
            case CORE_TABLE -> new Item.CoreTable(builder.coreTable());
            case CORE_GLOBAL -> new Item.CoreGlobal(builder.coreGlobal());
            case CORE_TAG -> new Item.CoreTag(builder.coreTag());
            default -> throw new AssertionError("core export alias of sort " + a.index().sort());
        };
    }

    /** The slot of a core func, memory, table, global or tag item. */
    static Slot coreSlot(Item item) {
        return switch (item) {
            case Item.CoreFunc f -> f.slot();
            case Item.CoreMemory m -> m.slot();
            case Item.CoreTable t -> t.slot();
            case Item.CoreGlobal g -> g.slot();
            case Item.CoreTag t -> t.slot();
            default -> throw new AssertionError("not a core func, memory, table, global or tag: " + item);
        };
    }
}
