package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;

import dev.weft.binary.ast.SortIndex;
import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.Entity;

/** The type of an item of a scope named by a {@code sortidx} (an export, instantiation argument or inline export). */
final class Items {
    private Items() {}

    /** For an export: a type gets a fresh identity ({@code created}); a value is used up. */
    static Entity entityOf(ComponentState state, SortIndex item, long offset) {
        return entity(state, item, offset, true);
    }

    /** For an instantiation argument or an inline export: types keep their identity. */
    static Entity argumentOf(ComponentState state, SortIndex item, long offset) {
        return entity(state, item, offset, false);
    }

    private static Entity entity(ComponentState state, SortIndex item, long offset, boolean freshType) {
        int idx = item.index();
        return switch (item.sort()) {
            case CORE_MODULE -> new Entity.Module(state.moduleAt(idx, offset));
            case FUNC -> new Entity.Func(state.funcAt(idx, offset));
            case VALUE -> new Entity.Value(state.useValue(idx, offset));
            case TYPE -> {
                AnyType t = state.typeAt(idx, offset);
                yield new Entity.Type(t, freshType ? ImportsExports.withUnique(t) : t);
            }
            case INSTANCE -> new Entity.Instance(state.instanceAt(idx, offset));
            case COMPONENT -> new Entity.Component(state.componentAt(idx, offset));
            default -> throw invalid(offset, "invalid external kind " + item.sort() + " for a component item");
        };
    }
}
