package dev.weft.wit.resolve;

import dev.weft.wit.Function;
import dev.weft.wit.FunctionKind;
import dev.weft.wit.InterfaceId;
import dev.weft.wit.TypeId;
import dev.weft.wit.TypeOwner;
import dev.weft.wit.WitException;
import dev.weft.wit.WorldId;
import dev.weft.wit.WorldItem;
import dev.weft.wit.WorldKey;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.InterfaceItem;
import dev.weft.wit.ast.WorldMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a world (WIT.md "WIT Worlds", "Item: world"): its types ({@code use} and definitions,
 * which are imports), its imports and exports in order, then its {@code include}s
 * ({@link Includes}), then the implicit imports of what its interfaces use ({@link Elaboration}).
 * Imports share one namespace (types included), exports another.
 */
final class WorldResolver {
    private final Context cx;
    private final WorldId id;
    private final ModelBuilder.WorldB world;
    private final String what;
    private final Names importNames = new Names();
    private final Names exportNames = new Names();
    private final TypeDefs types;
    private final Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
    private final Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();

    private WorldResolver(Context cx, WorldId id) {
        this.cx = cx;
        this.id = id;
        this.world = cx.mb().world(id);
        this.what = "world `" + world.name + "`";
        this.types = new TypeDefs(cx, new TypeOwner.OfWorld(id), importNames, world.stability, what);
    }

    static void resolve(Context cx, WorldId id, Ast.WorldDecl decl) {
        new WorldResolver(cx, id).run(decl);
    }

    private void run(Ast.WorldDecl decl) {
        List<TypeId> typeIds = new ArrayList<>();
        for (WorldMember m : decl.items()) {
            switch (m) {
                case InterfaceItem.Use u -> typeIds.addAll(types.use(u));
                case InterfaceItem.TypeDecl d -> {
                    if (d instanceof InterfaceItem.Resource r && !r.funcs().isEmpty()) {
                        throw new WitException(r.funcs().get(0).name().span(), "a resource defined in a world cannot "
                                + "have functions here; define `" + r.name().name() + "` in an interface and `use` it");
                    }
                    typeIds.add(types.declare(d));
                }
                case WorldMember.ImportExport ie -> { }
                case WorldMember.Include inc -> { }
            }
        }
        types.resolveBodies();
        int nextType = 0;
        List<WorldMember.Include> includes = new ArrayList<>();
        for (WorldMember m : decl.items()) {
            switch (m) {
                case InterfaceItem.Use u -> {
                    for (int i = 0; i < u.names().size(); i++) typeItem(typeIds.get(nextType++));
                }
                case InterfaceItem.TypeDecl d -> typeItem(typeIds.get(nextType++));
                case WorldMember.ImportExport ie -> importExport(ie);
                case WorldMember.Include inc -> {
                    cx.gates().item(inc.attrs(), "this `include`", inc.span(), world.stability, what);
                    includes.add(inc);
                }
            }
        }
        Includes inc = new Includes(cx, imports, exports);
        for (WorldMember.Include i : includes) inc.apply(i);
        Elaboration e = new Elaboration(cx.mb(), cx.pid());
        world.imports = e.imports(imports, exports, cx.mb().span(id));
        world.exports = e.exports(exports);
        world.resolved = true;
    }

    private void typeItem(TypeId tid) {
        imports.put(new WorldKey.Name(cx.mb().type(tid).name()), new WorldItem.TypeItem(tid));
    }

    private void importExport(WorldMember.ImportExport ie) {
        String direction = ie.isImport() ? "import" : "export";
        Map<WorldKey, WorldItem> items = ie.isImport() ? imports : exports;
        Names names = ie.isImport() ? importNames : exportNames;
        Ast.Attrs attrs = ie.attrs();
        switch (ie.extern()) {
            case WorldMember.ByPath p -> {
                cx.gates().item(attrs, "this " + direction, p.path().span(), world.stability, what);
                InterfaceId iface = referencedInterface(attrs, p.path(), direction);
                WorldKey key = new WorldKey.OfInterface(iface);
                if (items.containsKey(key)) {
                    throw new WitException(p.path().span(), cx.mb().describe(iface, cx.pid()) + " is " + direction
                            + "ed more than once");
                }
                items.put(key, new WorldItem.InterfaceItem(iface, attrs.docs(), attrs.stability(), attrs.externalId()));
            }
            case WorldMember.NamedFunc f -> {
                String name = f.name().name();
                cx.gates().item(attrs, direction + " `" + name + "`", f.name().span(), world.stability, what);
                names.define(name, f.name().span());
                TypeResolver.Referrer r = new TypeResolver.Referrer(direction + " `" + name + "`", attrs.stability(), null);
                Function fn = InterfaceResolver.resolveFunction(types.resolver, r, attrs, name, f.sig(),
                        FunctionKind.FREESTANDING, null);
                items.put(new WorldKey.Name(name), new WorldItem.FunctionItem(fn));
            }
            case WorldMember.NamedInline inline -> {
                String name = inline.name().name();
                cx.gates().item(attrs, direction + " `" + name + "`", inline.name().span(), world.stability, what);
                names.define(name, inline.name().span());
                InterfaceId iface = cx.mb().newInterface(Optional.empty(), cx.pid(), attrs.docs(), attrs.stability(),
                        inline.span());
                InterfaceResolver.resolve(cx, iface, inline.items(), "interface `" + name + "` of " + what);
                items.put(new WorldKey.Name(name), new WorldItem.InterfaceItem(iface, attrs.docs(), attrs.stability(),
                        attrs.externalId()));
            }
            case WorldMember.NamedPath p -> {
                String name = p.name().name();
                cx.gates().item(attrs, direction + " `" + name + "`", p.name().span(), world.stability, what);
                names.define(name, p.name().span());
                InterfaceId iface = referencedInterface(attrs, p.path(), direction + " `" + name + "`");
                items.put(new WorldKey.Name(name), new WorldItem.InterfaceItem(iface, attrs.docs(), attrs.stability(),
                        attrs.externalId()));
            }
        }
    }

    private InterfaceId referencedInterface(Ast.Attrs attrs, Ast.UsePath path, String referrer) {
        Target.Iface t = cx.iface(path);
        if (t.local()) {
            Gates.reference(attrs.stability(), "this " + referrer, cx.mb().iface(t.id()).stability,
                    cx.mb().describe(t.id(), cx.pid()), path.span());
        }
        return t.id();
    }
}
