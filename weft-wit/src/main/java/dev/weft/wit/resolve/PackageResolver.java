package dev.weft.wit.resolve;

import dev.weft.wit.InterfaceId;
import dev.weft.wit.PackageId;
import dev.weft.wit.PackageName;
import dev.weft.wit.WitException;
import dev.weft.wit.WitPackage;
import dev.weft.wit.WorldId;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.InterfaceItem;
import dev.weft.wit.ast.WorldMember;
import dev.weft.wit.resolve.UnresolvedPackage.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves one package whose dependencies are resolved: names its interfaces and worlds, builds
 * each part's scope (its own items, its top-level {@code use}s, then the rest of the package),
 * and resolves interfaces in {@code use} order and worlds in {@code include} order, reporting
 * cycles (WIT.md: "Interfaces linked with use must be acyclic").
 */
final class PackageResolver {
    private final ModelBuilder mb;
    private final UnresolvedPackage up;
    private final PackageId pid;
    private final Gates gates;
    private final Map<String, Target> items = new LinkedHashMap<>();
    private final Map<InterfaceId, Ast.InterfaceDecl> interfaceDecls = new LinkedHashMap<>();
    private final Map<WorldId, Ast.WorldDecl> worldDecls = new LinkedHashMap<>();
    private final Map<Object, Context> contexts = new HashMap<>();

    private PackageResolver(ModelBuilder mb, UnresolvedPackage up) {
        this.mb = mb;
        this.up = up;
        this.pid = mb.newPackage(up.name(), up.nameSpan(), up.root());
        this.gates = new Gates(up.name());
    }

    static void resolve(ModelBuilder mb, UnresolvedPackage up) {
        new PackageResolver(mb, up).run();
    }

    private void run() {
        declareItems();
        for (Part part : up.parts()) {
            Context cx = new Context(mb, pid, up.name(), gates, scope(part)::resolve);
            for (Ast.PackageItem item : part.items()) {
                switch (item) {
                    case Ast.InterfaceDecl i -> contexts.put(items.get(i.name().name()), cx);
                    case Ast.WorldDecl w -> contexts.put(items.get(w.name().name()), cx);
                    case Ast.TopUse u -> { }
                }
            }
        }
        List<InterfaceId> ifaceOrder = orderInterfaces();
        for (InterfaceId id : ifaceOrder) {
            Ast.InterfaceDecl d = interfaceDecls.get(id);
            InterfaceResolver.resolve(contexts.get(new Target.Iface(id, true)), id, d.items(),
                    "interface `" + d.name().name() + "`");
        }
        for (WorldId id : orderWorlds()) {
            WorldResolver.resolve(contexts.get(new Target.World(id, true)), id, worldDecls.get(id));
        }
        Map<String, InterfaceId> ifaces = new LinkedHashMap<>();
        interfaceDecls.forEach((id, d) -> ifaces.put(d.name().name(), id));
        Map<String, WorldId> worlds = new LinkedHashMap<>();
        worldDecls.forEach((id, d) -> worlds.put(d.name().name(), id));
        mb.finishPackage(pid, new WitPackage(up.name(), up.docs(), ifaces, worlds));
    }

    /** Interfaces and worlds of all parts, in order; names unique in the package. */
    private void declareItems() {
        Names names = new Names();
        for (Part part : up.parts()) {
            for (Ast.PackageItem item : part.items()) {
                switch (item) {
                    case Ast.InterfaceDecl i -> {
                        names.define(i.name().name(), i.name().span());
                        gates.item(i.attrs(), "interface `" + i.name().name() + "`", i.name().span(),
                                dev.weft.wit.Stability.UNKNOWN, "");
                        InterfaceId id = mb.newInterface(Optional.of(i.name().name()), pid, i.attrs().docs(),
                                i.attrs().stability(), i.name().span());
                        interfaceDecls.put(id, i);
                        items.put(i.name().name(), new Target.Iface(id, true));
                    }
                    case Ast.WorldDecl w -> {
                        names.define(w.name().name(), w.name().span());
                        gates.item(w.attrs(), "world `" + w.name().name() + "`", w.name().span(),
                                dev.weft.wit.Stability.UNKNOWN, "");
                        WorldId id = mb.newWorld(w.name().name(), pid, w.attrs().docs(), w.attrs().stability(),
                                w.name().span());
                        worldDecls.put(id, w);
                        items.put(w.name().name(), new Target.World(id, true));
                    }
                    case Ast.TopUse u -> { }
                }
            }
        }
    }

    /** A part's names: its own interfaces and worlds, its top-level {@code use}s, then the package's other items. */
    private Scope scope(Part part) {
        Map<String, Target> scope = new LinkedHashMap<>();
        Names names = new Names();
        for (Ast.PackageItem item : part.items()) {
            if (!(item instanceof Ast.TopUse)) {
                names.define(item.name().name(), item.name().span());
                scope.put(item.name().name(), items.get(item.name().name()));
            }
        }
        for (Ast.PackageItem item : part.items()) {
            if (item instanceof Ast.TopUse u) {
                Target t = resolve(u.path(), items);
                names.define(u.name().name(), u.name().span());
                scope.put(u.name().name(), t);
            }
        }
        items.forEach(scope::putIfAbsent);
        return new Scope(scope);
    }

    /** Path lookup in one scope. */
    private final class Scope {
        private final Map<String, Target> names;

        Scope(Map<String, Target> names) {
            this.names = names;
        }

        Target resolve(Ast.UsePath path) {
            return PackageResolver.this.resolve(path, names);
        }
    }

    private Target resolve(Ast.UsePath path, Map<String, Target> scope) {
        return switch (path) {
            case Ast.LocalPath l -> {
                Target t = scope.get(l.name().name());
                if (t == null) {
                    throw new WitException(l.name().span(), "interface or world `" + l.name().name() + "` does not exist");
                }
                yield t;
            }
            case Ast.QualifiedPath q -> qualified(q);
        };
    }

    private Target qualified(Ast.QualifiedPath q) {
        Map<PackageName, PackageId> done = mb.finishedPackages();
        List<PackageName> candidates = new ArrayList<>(done.keySet());
        candidates.add(up.name());
        PackageName found = PackageLookup.find(q.pkg(), candidates, q.pkgSpan());
        String item = q.name().name();
        if (found.equals(up.name())) {
            Target t = items.get(item);
            if (t == null) throw notIn(q, found);
            return t;
        }
        WitPackage p = mb.pkg(done.get(found));
        if (p.interfaces().containsKey(item)) return new Target.Iface(p.interfaces().get(item), false);
        if (p.worlds().containsKey(item)) return new Target.World(p.worlds().get(item), false);
        throw notIn(q, found);
    }

    private static WitException notIn(Ast.QualifiedPath q, PackageName pkg) {
        return new WitException(q.name().span(), "interface or world `" + q.name().name() + "` does not exist in package `"
                + pkg + "`");
    }

    private List<InterfaceId> orderInterfaces() {
        List<InterfaceId> ids = new ArrayList<>(interfaceDecls.keySet());
        List<Toposort.Edge> edges = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Context cx = contexts.get(new Target.Iface(ids.get(i), true));
            for (InterfaceItem item : interfaceDecls.get(ids.get(i)).items()) {
                if (!(item instanceof InterfaceItem.Use u)) continue;
                Target.Iface t = cx.iface(u.path());
                if (t.local()) edges.add(new Toposort.Edge(i, ids.indexOf(t.id()), u.path().span()));
            }
        }
        return ordered(ids, edges, "interface", i -> interfaceDecls.get(i).name().name());
    }

    private List<WorldId> orderWorlds() {
        List<WorldId> ids = new ArrayList<>(worldDecls.keySet());
        List<Toposort.Edge> edges = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Context cx = contexts.get(new Target.World(ids.get(i), true));
            for (WorldMember m : worldDecls.get(ids.get(i)).items()) {
                if (!(m instanceof WorldMember.Include inc)) continue;
                Target.World t = cx.world(inc.path());
                if (t.local()) edges.add(new Toposort.Edge(i, ids.indexOf(t.id()), inc.path().span()));
            }
        }
        return ordered(ids, edges, "world", w -> worldDecls.get(w).name().name());
    }

    private <T> List<T> ordered(List<T> ids, List<Toposort.Edge> edges, String kind,
                                java.util.function.Function<T, String> name) {
        Toposort.Result r = Toposort.sort(ids.size(), edges);
        if (r.cycle().isEmpty()) return r.order().stream().map(ids::get).toList();
        List<Toposort.Edge> cycle = r.cycle().get();
        String first = name.apply(ids.get(cycle.get(0).from()));
        if (cycle.size() == 1) {
            throw new WitException(cycle.get(0).span(), kind + " `" + first + "` depends on itself");
        }
        String path = cycle.stream().map(e -> name.apply(ids.get(e.from()))).collect(Collectors.joining(" -> "));
        throw new WitException(cycle.get(0).span(), kind + " `" + first + "` depends on itself (" + path + " -> "
                + first + ")");
    }
}
