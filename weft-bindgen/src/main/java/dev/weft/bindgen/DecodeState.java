package dev.weft.bindgen;

import dev.weft.types.InstanceType;
import dev.weft.types.ResourceType;
import dev.weft.types.TypeDef;
import dev.weft.types.ValueType;
import dev.weft.types.ExternType;
import dev.weft.wit.Docs;
import dev.weft.wit.Function;
import dev.weft.wit.Interface;
import dev.weft.wit.InterfaceId;
import dev.weft.wit.PackageId;
import dev.weft.wit.PackageName;
import dev.weft.wit.Resolve;
import dev.weft.wit.Stability;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import dev.weft.wit.TypeOwner;
import dev.weft.wit.WitPackage;
import dev.weft.wit.World;
import dev.weft.wit.WorldId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What {@link ComponentWit} builds up: types, interfaces and packages, turned into a {@link Resolve} at the end. */
final class DecodeState {
    /** An interface being decoded. */
    static final class Iface {
        final Optional<String> name;
        final PackageName pkg;
        final TypeScope scope;
        final Map<String, Function> functions = new LinkedHashMap<>();

        Iface(Optional<String> name, PackageName pkg, TypeScope scope) {
            this.name = name;
            this.pkg = pkg;
            this.scope = scope;
        }
    }

    /** A named value type definition, for recognising {@code use}s of it in later interfaces. */
    record Named(String name, ValueType type, TypeId id, TypeOwner owner) {}

    final List<dev.weft.wit.TypeDef> types = new ArrayList<>();
    final List<Iface> interfaces = new ArrayList<>();
    final Map<ResourceType, TypeId> resources = new IdentityHashMap<>();
    final List<Named> named = new ArrayList<>();

    PackageName rootPackageName() {
        return ComponentWit.ROOT;
    }

    /** A placeholder: the root package's id is only known in {@link #build}. */
    PackageId rootPackage() {
        return new PackageId(-1);
    }

    TypeId addType(String name, TypeDefKind kind, TypeOwner owner) {
        types.add(new dev.weft.wit.TypeDef(name, kind, owner, Docs.NONE, Stability.UNKNOWN, Optional.empty()));
        return new TypeId(types.size() - 1);
    }

    InterfaceId newInterface(Optional<String> name, PackageName pkg) {
        InterfaceId id = new InterfaceId(interfaces.size());
        interfaces.add(new Iface(name, pkg, new TypeScope(new TypeOwner.OfInterface(id), this)));
        return id;
    }

    Optional<InterfaceId> findInterface(ComponentWit.InterfaceName name) {
        for (int i = 0; i < interfaces.size(); i++) {
            Iface f = interfaces.get(i);
            if (f.name.equals(Optional.of(name.iface())) && f.pkg.equals(name.pkg())) return Optional.of(new InterfaceId(i));
        }
        return Optional.empty();
    }

    /** Decodes the exports of {@code type} into interface {@code id}. */
    void fill(InterfaceId id, InstanceType type) {
        Iface iface = interfaces.get(id.index());
        for (var e : type.exports().entrySet()) {
            switch (e.getValue()) {
                case ExternType.Type t -> iface.scope.typeExport(e.getKey(), t.type());
                case ExternType.Func f -> iface.functions.put(e.getKey(), iface.scope.function(e.getKey(), f.type()));
                default -> { }
            }
        }
    }

    /**
     * An interface seen before (imported, now exported): its resources get the identities of this
     * instance type too, by name, so later references find them.
     */
    void reuse(InterfaceId id, InstanceType type) {
        TypeScope scope = interfaces.get(id.index()).scope;
        for (var e : type.exports().entrySet()) {
            if (e.getValue() instanceof ExternType.Type(TypeDef.Resource(ResourceType rt))) {
                TypeId existing = scope.types.get(e.getKey());
                if (existing != null) {
                    scope.resources.putIfAbsent(rt, existing);
                    resources.putIfAbsent(rt, definition(existing));
                }
            }
        }
    }

    /** A value type defined under {@code name} by another interface before: what a {@code use} brings in. */
    Optional<TypeId> findUse(String name, ValueType type, TypeOwner from) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Named n = named.get(i);
            if (n.name.equals(name) && !n.owner.equals(from) && n.owner instanceof TypeOwner.OfInterface
                    && n.type.equals(type)) {
                return Optional.of(n.id);
            }
        }
        return Optional.empty();
    }

    /** A nominal type (record, variant, enum, flags) defined anywhere before, for references out of scope. */
    Optional<TypeId> findAnywhere(ValueType type) {
        for (Named n : named) {
            if (n.type.equals(type) && TypeScope.isNominal(type)) return Optional.of(n.id);
        }
        return Optional.empty();
    }

    TypeId definition(TypeId id) {
        TypeId cur = id;
        while (types.get(cur.index()).kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId next))) cur = next;
        return cur;
    }

    /** The model: packages in dependency order (each after those it uses), the root package last. */
    Resolve build(World world) {
        List<PackageName> order = packageOrder();
        Map<PackageName, PackageId> ids = new HashMap<>();
        for (PackageName p : order) ids.put(p, new PackageId(ids.size()));
        List<Interface> ifaces = new ArrayList<>();
        Map<PackageName, Map<String, InterfaceId>> byPackage = new LinkedHashMap<>();
        for (PackageName p : order) byPackage.put(p, new LinkedHashMap<>());
        for (int i = 0; i < interfaces.size(); i++) {
            Iface f = interfaces.get(i);
            ifaces.add(new Interface(f.name, ids.get(f.pkg), f.scope.types, f.functions, Docs.NONE, Stability.UNKNOWN));
            f.name.ifPresent(n -> byPackage.get(f.pkg).put(n, new InterfaceId(ifaces.size() - 1)));
        }
        PackageId root = ids.get(ComponentWit.ROOT);
        World w = new World(world.name(), root, world.imports(), world.exports(), world.docs(), world.stability());
        List<WitPackage> packages = new ArrayList<>();
        for (PackageName p : order) {
            Map<String, WorldId> worlds = p.equals(ComponentWit.ROOT) ? Map.of(w.name(), new WorldId(0)) : Map.of();
            packages.add(new WitPackage(p, Docs.NONE, byPackage.get(p), worlds));
        }
        return new Resolve(packages, ifaces, List.of(w), types, Optional.of(root), Map.of());
    }

    private List<PackageName> packageOrder() {
        Map<PackageName, Set<PackageName>> deps = new LinkedHashMap<>();
        for (Iface f : interfaces) {
            if (!f.pkg.equals(ComponentWit.ROOT)) deps.computeIfAbsent(f.pkg, k -> new LinkedHashSet<>());
        }
        for (Iface f : interfaces) {
            if (f.pkg.equals(ComponentWit.ROOT)) continue;
            for (TypeId t : f.scope.types.values()) {
                if (types.get(t.index()).kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId target))
                        && types.get(target.index()).owner() instanceof TypeOwner.OfInterface(InterfaceId owner)) {
                    PackageName dep = interfaces.get(owner.index()).pkg;
                    if (!dep.equals(f.pkg) && !dep.equals(ComponentWit.ROOT)) deps.get(f.pkg).add(dep);
                }
            }
        }
        List<PackageName> order = new ArrayList<>();
        Set<PackageName> visiting = new HashSet<>();
        for (PackageName p : deps.keySet()) visit(p, deps, visiting, order);
        order.add(ComponentWit.ROOT);
        return order;
    }

    private static void visit(PackageName p, Map<PackageName, Set<PackageName>> deps, Set<PackageName> visiting,
                              List<PackageName> order) {
        if (order.contains(p) || !visiting.add(p)) return; // a cycle (impossible from WIT) keeps first-seen order
        for (PackageName d : deps.get(p)) visit(d, deps, visiting, order);
        order.add(p);
    }
}
