package dev.weft.wit.resolve;

import dev.weft.wit.Stability;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDef;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import dev.weft.wit.TypeOwner;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.InterfaceItem;
import dev.weft.wit.ast.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named types of one interface or world: declared first (so they can be used before their
 * definition), then {@code use}d names, then bodies, then the check that no type contains itself
 * (WIT.md "Name resolution": "Types, however, cannot be recursive").
 */
final class TypeDefs {
    /** Most flags a {@code flags} type may have (Binary.md: {@code 0 < |l*| <= 32}). */
    static final int MAX_FLAGS = 32;

    private final Context cx;
    private final TypeOwner owner;
    private final Names names;
    private final Stability container;
    private final String containerWhat;
    final Map<String, TypeId> scope = new LinkedHashMap<>();
    private final List<TypeResolver.Dep> deps = new ArrayList<>();
    final TypeResolver resolver;
    private final Map<TypeId, InterfaceItem.TypeDecl> declared = new LinkedHashMap<>();

    TypeDefs(Context cx, TypeOwner owner, Names names, Stability container, String containerWhat) {
        this.cx = cx;
        this.owner = owner;
        this.names = names;
        this.container = container;
        this.containerWhat = containerWhat;
        this.resolver = new TypeResolver(cx.mb(), scope, deps);
    }

    TypeId declare(InterfaceItem.TypeDecl d) {
        Ast.Ident name = d.name();
        cx.gates().item(d.attrs(), "type `" + name.name() + "`", name.span(), container, containerWhat);
        names.define(name.name(), name.span());
        TypeDefKind kind = d instanceof InterfaceItem.Resource ? new TypeDefKind.ResourceDef() : null;
        TypeDef def = new TypeDef(name.name(), kind, owner, d.attrs().docs(), d.attrs().stability(), d.attrs().externalId());
        TypeId id = cx.mb().newType(def, name.span());
        scope.put(name.name(), id);
        declared.put(id, d);
        return id;
    }

    /** {@code use path.{a, b as c}}: each name becomes an alias of the type it names. */
    List<TypeId> use(InterfaceItem.Use u) {
        cx.gates().item(u.attrs(), "this `use`", u.span(), container, containerWhat);
        Target.Iface target = cx.iface(u.path());
        ModelBuilder.Iface from = cx.mb().iface(target.id());
        assert from.resolved : "interfaces are resolved in dependency order";
        String fromWhat = cx.mb().describe(target.id(), cx.pid());
        Stability gate = u.attrs().stability();
        if (target.local()) Gates.reference(gate, "this `use`", from.stability, fromWhat, u.path().span());
        List<TypeId> out = new ArrayList<>();
        for (Ast.UseName n : u.names()) {
            TypeId src = from.types.get(n.name().name());
            if (src == null) {
                String why = from.functions.containsKey(n.name().name()) ? "is a function, not a type, in " : "is not defined in ";
                throw new WitException(n.name().span(), "`" + n.name().name() + "` " + why + fromWhat);
            }
            if (target.local()) {
                Gates.reference(gate, "this `use`", cx.mb().type(src).stability(), "type `" + n.name().name() + "`",
                        n.name().span());
            }
            Ast.Ident local = n.local();
            names.define(local.name(), local.span());
            TypeDef def = new TypeDef(local.name(), new TypeDefKind.AliasDef(new Type.Named(src)), owner,
                    u.attrs().docs(), gate, Optional.empty());
            TypeId id = cx.mb().newType(def, local.span());
            scope.put(local.name(), id);
            out.add(id);
        }
        return out;
    }

    /** Resolves the bodies of the declared types: aliases of plain names first, so resources are known. */
    void resolveBodies() {
        for (var e : declared.entrySet()) {
            if (e.getValue() instanceof InterfaceItem.Alias a && a.type() instanceof TypeExpr.Name) {
                cx.mb().setKind(e.getKey(), new TypeDefKind.AliasDef(resolver.aliasTarget(a.type(), referrer(e.getKey()))));
            }
        }
        checkCycles();
        for (var e : declared.entrySet()) {
            if (cx.mb().type(e.getKey()).kind() == null) cx.mb().setKind(e.getKey(), body(e.getKey(), e.getValue()));
        }
        checkCycles();
    }

    private TypeResolver.Referrer referrer(TypeId id) {
        TypeDef def = cx.mb().type(id);
        return new TypeResolver.Referrer("type `" + def.name() + "`", def.stability(), id);
    }

    private TypeDefKind body(TypeId id, InterfaceItem.TypeDecl d) {
        TypeResolver.Referrer r = referrer(id);
        return switch (d) {
            case InterfaceItem.Alias a -> new TypeDefKind.AliasDef(resolver.aliasTarget(a.type(), r));
            case InterfaceItem.Record rec -> {
                Names fields = new Names();
                yield new TypeDefKind.RecordDef(rec.fields().stream().map(f -> {
                    fields.define(f.name().name(), f.name().span());
                    return new TypeDefKind.Field(f.name().name(), resolver.value(f.type(), r), f.attrs().docs());
                }).toList());
            }
            case InterfaceItem.Variant v -> {
                Names cases = new Names();
                yield new TypeDefKind.VariantDef(v.cases().stream().map(c -> {
                    cases.define(c.name().name(), c.name().span());
                    return new TypeDefKind.Case(c.name().name(), c.type().map(t -> resolver.value(t, r)), c.attrs().docs());
                }).toList());
            }
            case InterfaceItem.Enum en -> {
                Names cases = new Names();
                yield new TypeDefKind.EnumDef(en.cases().stream().map(c -> {
                    cases.define(c.name().name(), c.name().span());
                    return new TypeDefKind.EnumCase(c.name().name(), c.attrs().docs());
                }).toList());
            }
            case InterfaceItem.Flags fl -> {
                if (fl.flags().size() > MAX_FLAGS) {
                    throw new WitException(fl.flags().get(MAX_FLAGS).name().span(), "flags `" + fl.name().name()
                            + "` has " + fl.flags().size() + " flags; at most " + MAX_FLAGS + " are allowed");
                }
                Names flags = new Names();
                yield new TypeDefKind.FlagsDef(fl.flags().stream().map(f -> {
                    flags.define(f.name().name(), f.name().span());
                    return new TypeDefKind.Flag(f.name().name(), f.attrs().docs());
                }).toList());
            }
            case InterfaceItem.Resource res -> new TypeDefKind.ResourceDef();
        };
    }

    private void checkCycles() {
        List<TypeId> nodes = new ArrayList<>(scope.values());
        Map<TypeId, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i), i);
        List<Toposort.Edge> edges = new ArrayList<>();
        for (TypeResolver.Dep d : deps) {
            Integer from = index.get(d.from());
            Integer to = index.get(d.to());
            if (from != null && to != null) edges.add(new Toposort.Edge(from, to, d.span()));
        }
        Toposort.Result r = Toposort.sort(nodes.size(), edges);
        if (r.cycle().isEmpty()) return;
        List<Toposort.Edge> cycle = r.cycle().get();
        String first = cx.mb().type(nodes.get(cycle.get(0).from())).name();
        String path = cycle.stream().map(e -> cx.mb().type(nodes.get(e.from())).name())
                .collect(Collectors.joining(" -> ")) + " -> " + first;
        throw new WitException(cycle.get(0).span(), cycle.size() == 1
                ? "type `" + first + "` refers to itself"
                : "type `" + first + "` depends on itself (" + path + ")");
    }
}
