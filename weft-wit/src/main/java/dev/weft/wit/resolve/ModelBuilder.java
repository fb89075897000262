package dev.weft.wit.resolve;

import dev.weft.wit.Docs;
import dev.weft.wit.Function;
import dev.weft.wit.Interface;
import dev.weft.wit.InterfaceId;
import dev.weft.wit.PackageId;
import dev.weft.wit.PackageName;
import dev.weft.wit.Resolve;
import dev.weft.wit.Span;
import dev.weft.wit.Stability;
import dev.weft.wit.TypeDef;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import dev.weft.wit.WitPackage;
import dev.weft.wit.World;
import dev.weft.wit.WorldId;
import dev.weft.wit.WorldItem;
import dev.weft.wit.WorldKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arenas the resolver fills, frozen into a {@link Resolve} at the end. */
final class ModelBuilder {
    /** An interface being resolved. */
    static final class Iface {
        final Optional<String> name;
        final PackageId pkg;
        final Docs docs;
        final Stability stability;
        final LinkedHashMap<String, TypeId> types = new LinkedHashMap<>();
        final LinkedHashMap<String, Function> functions = new LinkedHashMap<>();
        boolean resolved;

        Iface(Optional<String> name, PackageId pkg, Docs docs, Stability stability) {
            this.name = name;
            this.pkg = pkg;
            this.docs = docs;
            this.stability = stability;
        }
    }

    /** A world being resolved. */
    static final class WorldB {
        final String name;
        final PackageId pkg;
        final Docs docs;
        final Stability stability;
        Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
        Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();
        boolean resolved;

        WorldB(String name, PackageId pkg, Docs docs, Stability stability) {
            this.name = name;
            this.pkg = pkg;
            this.docs = docs;
            this.stability = stability;
        }
    }

    private final List<PackageName> packageNames = new ArrayList<>();
    private final List<WitPackage> packages = new ArrayList<>();
    private final List<Iface> interfaces = new ArrayList<>();
    private final List<WorldB> worlds = new ArrayList<>();
    private final List<TypeDef> types = new ArrayList<>();
    private final Map<Object, Span> spans = new HashMap<>();
    private Optional<PackageId> root = Optional.empty();

    PackageId newPackage(PackageName name, Span span, boolean isRoot) {
        PackageId id = new PackageId(packageNames.size());
        packageNames.add(name);
        packages.add(null);
        spans.put(id, span);
        if (isRoot) root = Optional.of(id);
        return id;
    }

    void finishPackage(PackageId id, WitPackage pkg) {
        packages.set(id.index(), pkg);
    }

    /** The finished packages by name (the one being resolved is not among them). */
    Map<PackageName, PackageId> finishedPackages() {
        Map<PackageName, PackageId> out = new LinkedHashMap<>();
        for (int i = 0; i < packages.size(); i++) {
            if (packages.get(i) != null) out.put(packageNames.get(i), new PackageId(i));
        }
        return out;
    }

    WitPackage pkg(PackageId id) {
        return packages.get(id.index());
    }

    PackageName packageName(PackageId id) {
        return packageNames.get(id.index());
    }

    InterfaceId newInterface(Optional<String> name, PackageId pkg, Docs docs, Stability stability, Span span) {
        InterfaceId id = new InterfaceId(interfaces.size());
        interfaces.add(new Iface(name, pkg, docs, stability));
        spans.put(id, span);
        return id;
    }

    Iface iface(InterfaceId id) {
        return interfaces.get(id.index());
    }

    /** {@code interface `name`} or {@code interface `ns:pkg/name`} for messages. */
    String describe(InterfaceId id, PackageId from) {
        Iface i = iface(id);
        if (i.name.isEmpty()) return "an inline interface";
        return "interface `" + (i.pkg.equals(from) ? i.name.get() : packageName(i.pkg).interfaceName(i.name.get())) + "`";
    }

    WorldId newWorld(String name, PackageId pkg, Docs docs, Stability stability, Span span) {
        WorldId id = new WorldId(worlds.size());
        worlds.add(new WorldB(name, pkg, docs, stability));
        spans.put(id, span);
        return id;
    }

    WorldB world(WorldId id) {
        return worlds.get(id.index());
    }

    /** A new type; its kind may be {@code null} until resolved ({@link #setKind}). */
    TypeId newType(TypeDef def, Span span) {
        TypeId id = new TypeId(types.size());
        types.add(def);
        spans.put(id, span);
        return id;
    }

    TypeDef type(TypeId id) {
        return types.get(id.index());
    }

    void setKind(TypeId id, TypeDefKind kind) {
        types.set(id.index(), types.get(id.index()).withKind(kind));
    }

    Span span(Object id) {
        return spans.get(id);
    }

    Resolve build() {
        List<Interface> ifaces = new ArrayList<>();
        for (Iface i : interfaces) {
            ifaces.add(new Interface(i.name, i.pkg, i.types, i.functions, i.docs, i.stability));
        }
        List<World> ws = new ArrayList<>();
        for (WorldB w : worlds) {
            ws.add(new World(w.name, w.pkg, w.imports, w.exports, w.docs, w.stability));
        }
        for (TypeDef t : types) {
            assert t.kind() != null : "unresolved type " + t.name();
        }
        return new Resolve(packages, ifaces, ws, types, root, spans);
    }
}
