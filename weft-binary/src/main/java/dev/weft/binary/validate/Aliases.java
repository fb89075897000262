package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;

import dev.weft.binary.ast.Alias;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.types.ResourceType;
import java.util.HashSet;
import java.util.Set;

/**
 * Alias definitions (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#alias-definitions">Explainer: alias definitions</a>):
 * exports of instances and core instances, and outer aliases of types, core types, core modules and
 * components from enclosing scopes.
 */
final class Aliases {
    private final Scopes scopes;
    private final CoreDefinitions core;
    private final ImportsExports externs;

    Aliases(Scopes scopes, CoreDefinitions core, ImportsExports externs) {
        this.scopes = scopes;
        this.core = core;
        this.externs = externs;
    }

    /** Adds the alias to the index space of its sort; returns the aliased item's type (null for core items). */
    Entity add(Alias alias, long offset) {
        ComponentState state = scopes.current();
        if (state.kind != ComponentState.Kind.COMPONENT && !allowedInType(alias)) {
            throw invalid(offset, "aliases in a component or instance type may only refer to types or instances");
        }
        return switch (alias.target()) {
            case Alias.Export e -> instanceExport(e.instanceIndex(), e.name(), alias.sort(), offset);
            case Alias.CoreExport e -> {
                core.aliasCoreExport(e.coreInstanceIndex(), e.name(), alias.sort(), offset);
                yield null;
            }
            case Alias.Outer o -> outer(alias.sort(), o.count(), o.index(), offset);
        };
    }

    private static boolean allowedInType(Alias alias) {
        return switch (alias.target()) {
            case Alias.Export e -> alias.sort() == Sort.TYPE || alias.sort() == Sort.INSTANCE;
            case Alias.Outer o -> alias.sort() == Sort.TYPE || alias.sort() == Sort.CORE_TYPE;
            case Alias.CoreExport e -> false;
        };
    }

    private Entity instanceExport(int instanceIndex, String name, Sort sort, long offset) {
        ComponentState state = scopes.current();
        Entity e = state.instanceAt(instanceIndex, offset).exports().get(name);
        if (e == null) {
            throw invalid(offset, "instance " + ComponentState.u(instanceIndex) + " has no export named `" + name + "`");
        }
        boolean ok = switch (e) {
            case Entity.Module m -> sort == Sort.CORE_MODULE;
            case Entity.Component c -> sort == Sort.COMPONENT;
            case Entity.Func f -> sort == Sort.FUNC;
            case Entity.Instance i -> sort == Sort.INSTANCE;
            case Entity.Value v -> sort == Sort.VALUE;
            case Entity.Type t -> sort == Sort.TYPE;
        };
        if (!ok) {
            throw invalid(offset, "export `" + name + "` for instance " + ComponentState.u(instanceIndex) + " is not a " + kindDesc(sort));
        }
        return externs.addEntity(e, null, null, offset);
    }

    static String kindDesc(Sort sort) {
        return switch (sort) {
            case CORE_MODULE -> "module";
            case FUNC -> "func";
            case VALUE -> "value";
            case TYPE -> "type";
            case INSTANCE -> "instance";
            case COMPONENT -> "component";
            default -> sort.text();
        };
    }

    private Entity outer(Sort sort, int count, int index, long offset) {
        ComponentState target = scopes.outer(count, offset);
        ComponentState current = scopes.current();
        switch (sort) {
            case CORE_MODULE -> current.coreModules.add(target.moduleAt(index, offset));
            case COMPONENT -> current.components.add(target.componentAt(index, offset));
            case CORE_TYPE -> current.coreTypes.add(target.coreTypeAt(index, offset));
            case TYPE -> {
                AnyType t = target.typeAt(index, offset);
                ComponentState after = scopes.at(scopes.depth() - count);
                if (after != null && after.kind == ComponentState.Kind.COMPONENT) {
                    Set<ResourceType> free = new HashSet<>();
                    FreeVariables.any(t, free);
                    if (!free.isEmpty()) {
                        throw invalid(offset, "cannot alias outer type which transitively refers to resources not defined in the current component");
                    }
                }
                current.types.add(t);
            }
            default -> throw invalid(offset, "invalid outer alias kind " + sort);
        }
        return null;
    }
}
