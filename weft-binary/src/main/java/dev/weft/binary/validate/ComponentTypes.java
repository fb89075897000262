package dev.weft.binary.validate;

import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.InstanceTypeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The {@code type} definitions of a scope, and the component and instance types that open scopes of
 * their own (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#type-definitions">Explainer: type definitions</a>):
 * their declarators are validated like the definitions of a component, with outer aliases reaching
 * the enclosing scopes; an {@code exportdecl} of {@code (sub resource)} introduces an abstract resource.
 */
final class ComponentTypes {
    private final Scopes scopes;
    private final TypeDefinitions typeDefs;
    private final CoreDefinitions core;
    private final ImportsExports externs;
    private final Aliases aliases;

    ComponentTypes(Scopes scopes, TypeDefinitions typeDefs, CoreDefinitions core, ImportsExports externs, Aliases aliases) {
        this.scopes = scopes;
        this.typeDefs = typeDefs;
        this.core = core;
        this.externs = externs;
        this.aliases = aliases;
    }

    /** Validates a {@code type} definition and adds it to the current scope's type index space. */
    AnyType addType(DefType t, long offset) {
        AnyType type = switch (t) {
            case DefValType v -> typeDefs.definedType(v, offset);
            case DefType.Func f -> typeDefs.funcType(f, offset);
            case DefType.ComponentType c -> componentType(c.decls(), offset);
            case DefType.InstanceType i -> instanceType(i.decls(), offset);
            case DefType.Resource r -> typeDefs.resource(r, offset);
        };
        scopes.current().types.add(type);
        return type;
    }

    private ComponentTypeDef componentType(List<DefType.Decl> decls, long offset) {
        scopes.push(new ComponentState(ComponentState.Kind.COMPONENT_TYPE));
        try {
            decls(decls);
            ComponentTypeDef type = ImportsExports.finish(scopes.current(), offset);
            TypeDefinitions.checkSize(type.size(), offset);
            return type;
        } finally {
            scopes.pop();
        }
    }

    private InstanceTypeDef instanceType(List<DefType.Decl> decls, long offset) {
        scopes.push(new ComponentState(ComponentState.Kind.INSTANCE_TYPE));
        try {
            decls(decls);
            ComponentState state = scopes.current();
            InstanceTypeDef type = new InstanceTypeDef(new LinkedHashMap<>(state.exports),
                    new ArrayList<>(state.definedResources.keySet()), new LinkedHashMap<>(state.explicitResources));
            TypeDefinitions.checkSize(type.size(), offset);
            return type;
        } finally {
            scopes.pop();
        }
    }

    private void decls(List<DefType.Decl> decls) {
        for (DefType.Decl d : decls) {
            long offset = d.offset();
            switch (d) {
                case DefType.Decl.CoreType c -> core.addCoreType(c.type(), offset);
                case DefType.Decl.Type t -> addType(t.type(), offset);
                case DefType.Decl.AliasDecl a -> aliases.add(a.alias(), offset);
                case DefType.Decl.Import i -> externs.addImport(i.name(), externs.checkTypeRef(i.type(), i.name().name(), offset), offset);
                case DefType.Decl.Export e -> {
                    Entity entity = externs.checkTypeRef(e.type(), e.name().name(), offset);
                    externs.addExport(e.name(), entity, offset);
                }
            }
        }
    }
}
