package dev.weft.wit.resolve;

import dev.weft.wit.Span;
import dev.weft.wit.Stability;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDef;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.TypeExpr;
import java.util.List;
import java.util.Map;

/**
 * Resolves types as written to {@link Type}s, looking names up in the types of one interface or
 * world (WIT.md "Name resolution"). A name that denotes a resource is an owned handle in a value
 * position; {@code borrow<x>} and {@code own<x>} need a resource. Each reference is checked
 * against the referrer's feature gate and recorded for the recursion check.
 */
final class TypeResolver {
    /** A reference from a type definition (or a function, {@code self == null}) to {@code to}. */
    record Dep(TypeId from, TypeId to, Span span) {}

    /**
     * Who refers: for messages and gate checks; {@code self} is the type being defined, if any.
     */
    record Referrer(String what, Stability gate, TypeId self) {}

    private final ModelBuilder mb;
    private final Map<String, TypeId> scope;
    private final List<Dep> deps;

    TypeResolver(ModelBuilder mb, Map<String, TypeId> scope, List<Dep> deps) {
        this.mb = mb;
        this.scope = scope;
        this.deps = deps;
    }

    /** The type of a field, parameter, payload or result. */
    Type value(TypeExpr e, Referrer r) {
        return switch (e) {
            case TypeExpr.Primitive p -> new Type.Primitive(p.type());
            case TypeExpr.Name n -> {
                TypeId id = lookup(n.name(), r);
                yield isResource(id) ? new Type.Own(id) : new Type.Named(id);
            }
            case TypeExpr.Borrow b -> new Type.Borrow(resource(b.resource(), r, "borrow"));
            case TypeExpr.Own o -> new Type.Own(resource(o.resource(), r, "own"));
            case TypeExpr.ListOf l -> new Type.ListOf(value(l.element(), r));
            case TypeExpr.FixedListOf l -> new Type.FixedListOf(value(l.element(), r), l.length());
            case TypeExpr.OptionOf o -> new Type.OptionOf(value(o.type(), r));
            case TypeExpr.ResultOf res -> new Type.ResultOf(res.ok().map(t -> value(t, r)), res.err().map(t -> value(t, r)));
            case TypeExpr.TupleOf t -> new Type.TupleOf(t.types().stream().map(x -> value(x, r)).toList());
            case TypeExpr.MapOf m -> new Type.MapOf(value(m.key(), r), value(m.value(), r));
            case TypeExpr.FutureOf f -> new Type.FutureOf(f.element().map(t -> value(t, r)));
            case TypeExpr.StreamOf s -> new Type.StreamOf(s.element().map(t -> value(t, r)));
        };
    }

    /** The right-hand side of {@code type a = ...}: a bare name is an alias of that name (even a resource). */
    Type aliasTarget(TypeExpr e, Referrer r) {
        if (e instanceof TypeExpr.Name n) return new Type.Named(lookup(n.name(), r));
        return value(e, r);
    }

    TypeId lookup(Ast.Ident name, Referrer r) {
        TypeId id = scope.get(name.name());
        if (id == null) throw new WitException(name.span(), "name `" + name.name() + "` is not defined");
        TypeDef def = mb.type(id);
        Gates.reference(r.gate(), r.what(), def.stability(), "type `" + def.name() + "`", name.span());
        if (r.self() != null) deps.add(new Dep(r.self(), id, name.span()));
        return id;
    }

    private TypeId resource(Ast.Ident name, Referrer r, String handle) {
        TypeId id = lookup(name, r);
        if (!isResource(id)) {
            throw new WitException(name.span(), "`" + name.name() + "` is not a resource, so it cannot be used in `"
                    + handle + "<...>`");
        }
        return id;
    }

    /** Whether {@code id} is a resource, or an alias (maybe not resolved yet) of one. */
    boolean isResource(TypeId id) {
        TypeId cur = id;
        for (int guard = 0; guard < 10_000; guard++) {
            TypeDefKind kind = mb.type(cur).kind();
            if (kind instanceof TypeDefKind.ResourceDef) return true;
            if (!(kind instanceof TypeDefKind.AliasDef(Type.Named(TypeId next)))) return false;
            cur = next;
        }
        return false;
    }
}
