package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;
import static dev.weft.binary.validate.Errors.withContext;

import dev.weft.binary.ast.ExternDesc;
import dev.weft.binary.ast.ExternName;
import dev.weft.binary.ast.Section;
import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ModuleTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.names.ExternKind;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports and exports (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#import-and-export-definitions">Explainer: import and export definitions</a>):
 * resolving an {@code externtype}, adding the item to its index space, the named-types rule
 * ("func not valid to be used as export"), resource bookkeeping, and the name rules
 * ({@link ExternNameRules}).
 */
final class ImportsExports {
    private final Scopes scopes;
    private final TypeDefinitions typeDefs;

    ImportsExports(Scopes scopes, TypeDefinitions typeDefs) {
        this.scopes = scopes;
        this.typeDefs = typeDefs;
    }

    /** {@code externtype}: what an import, export ascription or type declaration names. */
    Entity checkTypeRef(ExternDesc desc, String nameHint, long offset) {
        ComponentState state = scopes.current();
        return switch (desc) {
            case ExternDesc.CoreModule m -> {
                if (state.coreTypeAt(m.coreTypeIndex(), offset) instanceof ModuleTypeDef mt) yield new Entity.Module(mt);
                throw invalid(offset, "core type index " + ComponentState.u(m.coreTypeIndex()) + " is not a module type");
            }
            case ExternDesc.Func f -> new Entity.Func(state.funcTypeAt(f.typeIndex(), offset));
            case ExternDesc.Value v -> switch (v.bound()) {
                case ExternDesc.ValueOf of -> new Entity.Value(typeDefs.valType(of.type(), offset));
                case ExternDesc.ValueEq eq -> {
                    if (eq.valueIndex() < 0 || eq.valueIndex() >= state.values.size()) {
                        throw invalid(offset, "unknown value " + ComponentState.u(eq.valueIndex()) + ": value index out of bounds");
                    }
                    yield new Entity.Value(state.values.get(eq.valueIndex()).type);
                }
            };
            case ExternDesc.Type t -> switch (t.bound()) {
                case ExternDesc.Eq eq -> {
                    AnyType referenced = state.typeAt(eq.typeIndex(), offset);
                    yield new Entity.Type(referenced, withUnique(referenced));
                }
                case ExternDesc.SubResource s -> {
                    ResourceRef r = new ResourceRef(new ResourceType(nameHint));
                    yield new Entity.Type(r, r);
                }
            };
            case ExternDesc.Instance i -> {
                if (state.typeAt(i.typeIndex(), offset) instanceof InstanceTypeDef it) yield new Entity.Instance(it);
                throw invalid(offset, "type index " + ComponentState.u(i.typeIndex()) + " is not an instance type");
            }
            case ExternDesc.Component c -> {
                if (state.typeAt(c.typeIndex(), offset) instanceof ComponentTypeDef ct) yield new Entity.Component(ct);
                throw invalid(offset, "type index " + ComponentState.u(c.typeIndex()) + " is not a component type");
            }
        };
    }

    /** A new identity for the same type: what an {@code (eq i)} import or export introduces. */
    static AnyType withUnique(AnyType t) {
        return switch (t) {
            case ResourceRef r -> new ResourceRef(r.resource());
            case DefinedType d -> new DefinedType(d.def());
            case FuncDef f -> new FuncDef(f.async(), f.params(), f.result());
            case InstanceTypeDef i -> i.copy();
            case ComponentTypeDef c -> c.copy();
        };
    }

    // ---- imports ----

    /** {@code import}: validates and adds it; returns its (possibly freshened) type. */
    Entity addImport(ExternName name, Entity entity, long offset) {
        ComponentState state = scopes.current();
        entity = addEntity(entity, name.name(), ExternKind.IMPORT, offset);
        ExternNameRules.validateExtern(name, ExternKind.IMPORT, entity, state.importedResourceNames,
                state.importNames, state.imports, offset);
        return entity;
    }

    // ---- exports ----

    /** The type of what an {@code export} (of a component) exports: the ascribed type if any, which must be a supertype. */
    Entity exportToEntity(Section.Export export, long offset) {
        Entity actual = Items.entityOf(scopes.current(), export.target(), offset);
        if (export.ascribed().isEmpty()) return actual;
        Entity ascribed = checkTypeRef(export.ascribed().get(), export.name().name(), offset);
        withContext(() -> Subtyping.entity(actual, ascribed, offset), () -> "ascribed type of export is not compatible with item's type");
        return ascribed;
    }

    /** {@code export} / {@code exportdecl}: validates and adds it; returns its type. */
    Entity addExport(ExternName name, Entity entity, long offset) {
        ComponentState state = scopes.current();
        entity = addEntity(entity, name.name(), ExternKind.EXPORT, offset);
        ExternNameRules.validateExtern(name, ExternKind.EXPORT, entity, state.exportedResourceNames,
                state.exportNames, state.exports, offset);
        return entity;
    }

    // ---- index spaces ----

    /**
     * Adds an item of type {@code entity} to its index space (wasmparser's {@code add_entity});
     * {@code name} is null for aliases. Returns the type as added (instances are freshened).
     */
    Entity addEntity(Entity entity, String name, ExternKind kind, long offset) {
        ComponentState state = scopes.current();
        switch (entity) {
            case Entity.Module m -> state.coreModules.add(m.type());
            case Entity.Component c -> state.components.add(c.type());
            case Entity.Instance i -> {
                InstanceTypeDef t = i.type();
                if (kind == ExternKind.IMPORT && name != null) t = prepareInstanceImport(state, t);
                else if (kind == ExternKind.EXPORT && name != null) t = prepareInstanceExport(state, t);
                state.instances.add(t);
                entity = new Entity.Instance(t);
            }
            case Entity.Func f -> state.funcs.add(f.type());
            case Entity.Value v -> state.values.add(new ComponentState.ValueSlot(v.type(), kind == ExternKind.EXPORT && name != null));
            case Entity.Type t -> {
                state.types.add(t.created());
                if (name != null && t.created() instanceof ResourceRef r) {
                    if (kind == ExternKind.IMPORT) {
                        if (t.created() == t.referenced()) state.importedResources.put(r.resource(), List.of(state.imports.size()));
                    } else {
                        if (t.created() == t.referenced()) state.definedResources.put(r.resource(), Optional.empty());
                        state.explicitResources.put(r.resource(), List.of(state.exports.size()));
                    }
                }
            }
        }
        if (name != null && !validateAndRegisterNamedTypes(state, name, kind, entity)) {
            throw invalid(offset, entity.desc() + " not valid to be used as " + kind.description());
        }
        return entity;
    }

    /**
     * Checks the named-types rule for an import/export and registers the types it makes nameable;
     * top-level resources are also registered under their name for {@code [method]}-style names.
     */
    private boolean validateAndRegisterNamedTypes(ComponentState state, String toplevelName, ExternKind kind, Entity entity) {
        if (entity instanceof Entity.Type t && toplevelName != null && t.created() instanceof ResourceRef r) {
            (kind == ExternKind.IMPORT ? state.importedResourceNames : state.exportedResourceNames).register(toplevelName, r);
        }
        if (state.kind == ComponentState.Kind.INSTANCE_TYPE) return true;
        Set<AnyType> set = kind == ExternKind.IMPORT ? state.importedTypes : state.exportedTypes;
        return switch (entity) {
            case Entity.Type t -> {
                if (!NamedTypes.allValtypesNamed(t.referenced(), set)) yield false;
                if (kind == ExternKind.IMPORT) state.importedTypes.add(t.created());
                state.exportedTypes.add(t.created());
                yield true;
            }
            case Entity.Instance i -> {
                for (Entity e : i.type().exports().values()) {
                    if (!validateAndRegisterNamedTypes(state, null, kind, e)) yield false;
                }
                yield true;
            }
            case Entity.Func f -> NamedTypes.inFunc(f.type(), set);
            case Entity.Value v -> NamedTypes.named(v.type(), set);
            case Entity.Component c -> true;
            case Entity.Module m -> true;
        };
    }

    /** Importing an instance type freshens the resources it defines into type variables of this scope. */
    private static InstanceTypeDef prepareInstanceImport(ComponentState state, InstanceTypeDef t) {
        if (t.definedResources().isEmpty()) return t;
        Remapping mapping = new Remapping();
        for (ResourceType old : t.definedResources()) {
            ResourceType fresh = new ResourceType(old.name());
            mapping.add(old, fresh);
            List<Integer> path = new ArrayList<>();
            path.add(state.imports.size());
            path.addAll(t.explicitResources().get(old));
            state.importedResources.put(fresh, List.copyOf(path));
        }
        return rebuild(t, mapping);
    }

    /** Exporting an instance of a declared type freshens its resources into resources defined here. */
    private static InstanceTypeDef prepareInstanceExport(ComponentState state, InstanceTypeDef t) {
        if (!t.definedResources().isEmpty()) {
            Remapping mapping = new Remapping();
            for (ResourceType old : t.definedResources()) {
                ResourceType fresh = new ResourceType(old.name());
                mapping.add(old, fresh);
                state.definedResources.put(fresh, Optional.empty());
            }
            t = rebuild(t, mapping);
        }
        for (Map.Entry<ResourceType, List<Integer>> e : t.explicitResources().entrySet()) {
            List<Integer> path = new ArrayList<>();
            path.add(state.exports.size());
            path.addAll(e.getValue());
            state.explicitResources.put(e.getKey(), List.copyOf(path));
        }
        return t;
    }

    /** The instance type with {@code mapping} applied to its exports, defining no resources. */
    static InstanceTypeDef rebuild(InstanceTypeDef t, Remapping mapping) {
        LinkedHashMap<String, Entity> exports = new LinkedHashMap<>();
        t.exports().forEach((k, v) -> exports.put(k, mapping.entity(v)));
        LinkedHashMap<ResourceType, List<Integer>> explicit = new LinkedHashMap<>();
        t.explicitResources().forEach((k, v) -> explicit.put(mapping.resources.getOrDefault(k, k), v));
        return new InstanceTypeDef(exports, List.of(), explicit);
    }

    // ---- the end of a component or component type ----

    /** The type of the component (or component type) whose scope is {@code state} ({@code finish}). */
    static ComponentTypeDef finish(ComponentState state, long offset) {
        Set<ResourceType> free = new HashSet<>();
        for (Entity e : state.imports.values()) FreeVariables.entity(e, free);
        for (ResourceType r : state.definedResources.keySet()) {
            if (free.contains(r)) throw invalid(offset, "local resource type found in imports");
        }
        free.clear();
        for (Entity e : state.exports.values()) FreeVariables.entity(e, free);
        LinkedHashMap<ResourceType, List<Integer>> defined = new LinkedHashMap<>();
        for (ResourceType r : state.definedResources.keySet()) {
            if (!free.contains(r)) continue;
            List<Integer> path = state.explicitResources.get(r);
            if (path == null) throw invalid(offset, "local resource type found in export but not exported itself");
            defined.put(r, path);
        }
        return new ComponentTypeDef(new LinkedHashMap<>(state.imports), new LinkedHashMap<>(state.exports),
                new LinkedHashMap<>(state.importedResources), defined, new LinkedHashMap<>(state.explicitResources));
    }
}
