package dev.weft.bindgen;

import dev.weft.wit.Function;
import dev.weft.wit.Interface;
import dev.weft.wit.InterfaceId;
import dev.weft.wit.PackageName;
import dev.weft.wit.Resolve;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDef;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import dev.weft.wit.TypeOwner;
import dev.weft.wit.World;
import dev.weft.wit.WorldId;
import dev.weft.wit.WorldItem;
import dev.weft.wit.WorldKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What gets generated, and every Java name, decided before any code is written: the interfaces
 * (each with the roles its worlds give it: imported, so a host implements it; exported, so the
 * guest's is called), the worlds, and the Java package, class and nested type name of each.
 */
final class Model {
    /** One WIT interface and its Java names. */
    static final class Iface {
        final InterfaceId id;
        /** The name instances of it go by: {@code ns:pkg/name@v}, or the world's key for an inline one. */
        final String instanceName;
        final String pkg;
        String cls;
        boolean imported;
        boolean exported;
        /** Java names of the types it defines (records, variants, enums, flags, resources). */
        final Map<TypeId, String> nested = new LinkedHashMap<>();
        /** Java method names of its functions, by WIT name. */
        final Map<String, String> methods = new LinkedHashMap<>();

        Iface(InterfaceId id, String instanceName, String pkg) {
            this.id = id;
            this.instanceName = instanceName;
            this.pkg = pkg;
        }

        String qualified() {
            return pkg + "." + cls;
        }
    }

    /** One world and its Java names. */
    static final class WorldInfo {
        final WorldId id;
        final String pkg;
        final String cls;
        final String importsCls;
        final Map<TypeId, String> nested = new LinkedHashMap<>();
        /** Java method names of the world's own imported and exported functions, and of its interface accessors. */
        final Map<String, String> importMethods = new LinkedHashMap<>();
        final Map<String, String> exportMethods = new LinkedHashMap<>();
        final Map<InterfaceId, String> importAccessors = new LinkedHashMap<>();
        final Map<InterfaceId, String> exportAccessors = new LinkedHashMap<>();

        WorldInfo(WorldId id, String pkg, String cls, String importsCls) {
            this.id = id;
            this.pkg = pkg;
            this.cls = cls;
            this.importsCls = importsCls;
        }
    }

    final Resolve r;
    final JavaGenerator.Options options;
    final Map<InterfaceId, Iface> ifaces = new LinkedHashMap<>();
    final List<WorldInfo> worlds = new ArrayList<>();
    /** The arities of the tuples the generated code uses: a {@code TupleN} record is generated for each. */
    final Set<Integer> tupleArities = new java.util.TreeSet<>();
    private final Map<String, Set<String>> classesByPackage = new HashMap<>();
    private final Set<String> multiVersion = new HashSet<>();

    Model(Resolve r, List<WorldId> worldIds, JavaGenerator.Options options) {
        this.r = r;
        this.options = options;
        Map<String, Set<String>> versions = new HashMap<>();
        for (var p : r.packages()) {
            versions.computeIfAbsent(p.name().unversioned(), k -> new HashSet<>()).add(p.name().toString());
        }
        versions.forEach((k, v) -> {
            if (v.size() > 1) multiVersion.add(k);
        });
        for (WorldId w : worldIds) addWorld(w, worldIds.size() == 1);
        if (options.allInterfaces()) {
            for (int i = 0; i < r.interfaces().size(); i++) {
                Iface f = iface(new InterfaceId(i), Optional.empty());
                f.imported = true;
                f.exported = true;
            }
        }
        closeOverUses();
        for (Iface f : ifaces.values()) name(f);
        for (WorldInfo w : worlds) nameWorld(w);
    }

    private void addWorld(WorldId id, boolean only) {
        World w = r.get(id);
        String pkg = only ? options.packageName() : javaPackage(r.get(w.pkg()).name());
        String cls = only && options.worldClass().isPresent() ? options.worldClass().get() : Names.type(w.name());
        cls = claim(pkg, cls);
        WorldInfo info = new WorldInfo(id, pkg, cls, claim(pkg, cls + "Imports"));
        claim(pkg, info.importsCls + "Values");
        worlds.add(info);
        for (var e : w.imports().entrySet()) {
            switch (e.getValue()) {
                case WorldItem.InterfaceItem i -> iface(i.id(), inlineName(e.getKey(), pkg)).imported = true;
                case WorldItem.TypeItem t -> worldType(info, t.id());
                case WorldItem.FunctionItem f -> { }
            }
        }
        for (var e : w.exports().entrySet()) {
            if (e.getValue() instanceof WorldItem.InterfaceItem i) iface(i.id(), inlineName(e.getKey(), pkg)).exported = true;
        }
    }

    /** For an interface defined inline in a world: its key and the world's Java package. */
    private Optional<String[]> inlineName(WorldKey key, String pkg) {
        return key instanceof WorldKey.Name(String name) ? Optional.of(new String[] {name, pkg}) : Optional.empty();
    }

    private void worldType(WorldInfo w, TypeId id) {
        if (declares(r.get(id))) w.nested.put(id, Names.type(r.get(id).name()));
    }

    private Iface iface(InterfaceId id, Optional<String[]> inline) {
        Iface f = ifaces.get(id);
        if (f != null) return f;
        Interface i = r.get(id);
        if (i.name().isPresent()) {
            f = new Iface(id, r.interfaceName(id).orElseThrow(), javaPackage(r.get(i.pkg()).name()));
        } else {
            String[] n = inline.orElse(new String[] {"interface" + id.index(), options.packageName()});
            f = new Iface(id, n[0], n[1]);
        }
        ifaces.put(id, f);
        return f;
    }

    /** Interfaces whose types generated interfaces use must be generated too (for their types at least). */
    private void closeOverUses() {
        List<Iface> todo = new ArrayList<>(ifaces.values());
        while (!todo.isEmpty()) {
            Iface f = todo.removeLast();
            for (TypeId t : r.get(f.id).types().values()) {
                if (r.get(t).kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId target))
                        && r.get(r.definition(target)).owner() instanceof TypeOwner.OfInterface(InterfaceId owner)
                        && !ifaces.containsKey(owner)) {
                    todo.add(iface(owner, Optional.empty()));
                }
            }
        }
        List<InterfaceId> order = new ArrayList<>(ifaces.keySet());
        order.sort((a, b) -> Integer.compare(a.index(), b.index()));
        Map<InterfaceId, Iface> sorted = new LinkedHashMap<>();
        for (InterfaceId id : order) sorted.put(id, ifaces.get(id));
        ifaces.clear();
        ifaces.putAll(sorted);
    }

    /** Whether a type definition becomes a Java type of its own (else it is an alias). */
    static boolean declares(TypeDef d) {
        return !(d.kind() instanceof TypeDefKind.AliasDef);
    }

    private void name(Iface f) {
        Interface i = r.get(f.id);
        Set<String> used = new HashSet<>();
        for (TypeId t : i.types().values()) {
            if (!declares(r.get(t))) continue;
            String n = Names.type(r.get(t).name());
            while (!used.add(n)) n = n + "_";
            f.nested.put(t, n);
        }
        Set<String> methods = new HashSet<>();
        Map<Optional<TypeId>, Set<String>> resourceMethods = new HashMap<>();
        for (Function fn : i.functions().values()) {
            String n = switch (fn.kind()) {
                case dev.weft.wit.FunctionKind.Freestanding x -> Names.member(fn.name());
                case dev.weft.wit.FunctionKind.Constructor c -> "new" + Names.type(r.get(c.resource()).name());
                case dev.weft.wit.FunctionKind.Static st -> Names.member(r.get(st.resource()).name() + "-" + fn.itemName());
                case dev.weft.wit.FunctionKind.Method mt -> {
                    String x = Names.member(fn.itemName());
                    yield x.equals("close") ? "close_" : x;
                }
            };
            Set<String> scope = fn.kind() instanceof dev.weft.wit.FunctionKind.Method mt
                    ? resourceMethods.computeIfAbsent(Optional.of(mt.resource()), k -> new HashSet<>()) : methods;
            while (!scope.add(n)) n = n + "_";
            f.methods.put(fn.name(), n);
        }
        String base = Names.type(i.name().orElse(f.instanceName));
        if (used.contains(base)) base = base + "Api";
        f.cls = claim(f.pkg, base);
        // the glue classes beside it must not collide either
        claim(f.pkg, f.cls + "Host");
        claim(f.pkg, f.cls + "Guest");
        claim(f.pkg, f.cls + "Values");
    }

    private void nameWorld(WorldInfo info) {
        World w = r.get(info.id);
        Set<String> importNames = new HashSet<>(Set.of("addToLinker"));
        Set<String> exportNames = new HashSet<>(Set.of("instantiate", "of", "instance"));
        for (var e : w.imports().entrySet()) {
            if (e.getValue() instanceof WorldItem.FunctionItem(Function fn)) {
                info.importMethods.put(fn.name(), unique(importNames, Names.member(fn.name())));
            }
        }
        for (var e : w.exports().entrySet()) {
            if (e.getValue() instanceof WorldItem.FunctionItem(Function fn)) {
                info.exportMethods.put(fn.name(), unique(exportNames, Names.member(fn.name())));
            }
        }
        accessors(w.imports(), info.importAccessors, importNames);
        accessors(w.exports(), info.exportAccessors, exportNames);
    }

    /** One accessor per interface: its short name, or its full name where short names collide. */
    private void accessors(Map<WorldKey, WorldItem> items, Map<InterfaceId, String> out, Set<String> taken) {
        Map<String, Integer> shortNames = new HashMap<>();
        for (var e : items.entrySet()) {
            if (e.getValue() instanceof WorldItem.InterfaceItem i) shortNames.merge(shortName(e.getKey(), i.id()), 1, Integer::sum);
        }
        for (var e : items.entrySet()) {
            if (!(e.getValue() instanceof WorldItem.InterfaceItem i)) continue;
            String s = shortName(e.getKey(), i.id());
            String n = shortNames.get(s) == 1 ? s : Names.member(ifaces.get(i.id()).instanceName.replaceAll("[^A-Za-z0-9]+", "-"));
            out.put(i.id(), unique(taken, n));
        }
    }

    private String shortName(WorldKey key, InterfaceId id) {
        return switch (key) {
            case WorldKey.Name(String name) -> Names.member(name);
            case WorldKey.OfInterface k -> Names.member(r.get(id).name().orElse("interface"));
        };
    }

    private static String unique(Set<String> taken, String name) {
        String n = name;
        while (!taken.add(n)) n = n + "_";
        return n;
    }

    /** {@code name}, or a variant of it, unused so far in {@code pkg}. */
    private String claim(String pkg, String name) {
        Set<String> used = classesByPackage.computeIfAbsent(pkg, k -> new HashSet<>());
        String n = name;
        while (!used.add(n)) n = n + "_";
        return n;
    }

    /** The Java package of a WIT package: the base package, then namespace and name (and version if needed). */
    String javaPackage(PackageName p) {
        StringBuilder sb = new StringBuilder(options.packageName());
        for (String ns : p.namespaces()) sb.append('.').append(Names.packageSegment(ns));
        sb.append('.').append(Names.packageSegment(p.name()));
        for (String n : p.nested()) sb.append('.').append(Names.packageSegment(n));
        if (multiVersion.contains(p.unversioned()) && p.version().isPresent()) {
            sb.append(".v").append(p.version().get().toString().replaceAll("[^A-Za-z0-9]", "_"));
        }
        return sb.toString();
    }

    /** The interface or world that declares the Java type of {@code def} (a definition, not an alias). */
    String outerClass(TypeId def) {
        return switch (r.get(def).owner()) {
            case TypeOwner.OfInterface(InterfaceId id) -> ifaces.get(id).qualified();
            case TypeOwner.OfWorld(WorldId id) -> worlds.stream().filter(w -> w.id.equals(id)).findFirst()
                    .map(w -> w.pkg + "." + w.importsCls).orElseThrow(() -> new IllegalStateException("world of " + def));
        };
    }

    /** The nested Java name of the type {@code def} defines. */
    String nestedName(TypeId def) {
        return switch (r.get(def).owner()) {
            case TypeOwner.OfInterface(InterfaceId id) -> ifaces.get(id).nested.get(def);
            case TypeOwner.OfWorld(WorldId id) -> worlds.stream().filter(w -> w.id.equals(id)).findFirst()
                    .map(w -> w.nested.get(def)).orElseThrow();
        };
    }

    /**
     * The key of a resource in {@link Model}-generated glue: {@code interface#resource}, after the
     * interface (or world) that defines it.
     */
    String resourceKey(TypeId resource) {
        TypeId def = r.definition(resource);
        TypeDef d = r.get(def);
        String owner = switch (d.owner()) {
            case TypeOwner.OfInterface(InterfaceId id) -> ifaces.get(id).instanceName;
            case TypeOwner.OfWorld(WorldId id) -> "";
        };
        return owner + "#" + d.name();
    }

    /** The instance name the resource's defining interface is linked under (empty: the world's root). */
    String resourceInstance(TypeId resource) {
        String key = resourceKey(resource);
        return key.substring(0, key.lastIndexOf('#'));
    }

    /** The interface that defines a resource (empty for a world's own). */
    Optional<InterfaceId> resourceOwner(TypeId resource) {
        return r.get(r.definition(resource)).owner() instanceof TypeOwner.OfInterface(InterfaceId id)
                ? Optional.of(id) : Optional.empty();
    }

    /** The resources (definitions) whose handles values of type {@code t} may hold. */
    Set<TypeId> resourcesIn(Type t) {
        Set<TypeId> out = new java.util.LinkedHashSet<>();
        resourcesIn(t, out, new HashSet<>());
        return out;
    }

    private void resourcesIn(Type t, Set<TypeId> out, Set<TypeId> seen) {
        switch (t) {
            case Type.Primitive p -> { }
            case Type.Own o -> out.add(r.definition(o.id()));
            case Type.Borrow b -> out.add(r.definition(b.id()));
            case Type.Named n -> {
                if (!seen.add(n.id())) return;
                switch (r.get(n.id()).kind()) {
                    case TypeDefKind.AliasDef a -> {
                        if (r.isResource(n.id())) out.add(r.definition(n.id()));
                        else resourcesIn(a.target(), out, seen);
                    }
                    case TypeDefKind.RecordDef rec -> rec.fields().forEach(fd -> resourcesIn(fd.type(), out, seen));
                    case TypeDefKind.VariantDef v -> v.cases().forEach(c -> c.type().ifPresent(x -> resourcesIn(x, out, seen)));
                    case TypeDefKind.ResourceDef res -> out.add(n.id());
                    default -> { }
                }
            }
            case Type.ListOf l -> resourcesIn(l.element(), out, seen);
            case Type.FixedListOf l -> resourcesIn(l.element(), out, seen);
            case Type.OptionOf o -> resourcesIn(o.type(), out, seen);
            case Type.ResultOf res -> {
                res.ok().ifPresent(x -> resourcesIn(x, out, seen));
                res.err().ifPresent(x -> resourcesIn(x, out, seen));
            }
            case Type.TupleOf tu -> tu.types().forEach(x -> resourcesIn(x, out, seen));
            case Type.MapOf mp -> {
                resourcesIn(mp.key(), out, seen);
                resourcesIn(mp.value(), out, seen);
            }
            case Type.FutureOf fu -> fu.element().ifPresent(x -> resourcesIn(x, out, seen));
            case Type.StreamOf st -> st.element().ifPresent(x -> resourcesIn(x, out, seen));
        }
    }

    /** The resources the functions use, each once, in order. */
    Set<TypeId> resourcesOf(java.util.Collection<Function> functions) {
        Set<TypeId> out = new java.util.LinkedHashSet<>();
        for (Function fn : functions) {
            fn.params().forEach(p -> out.addAll(resourcesIn(p.type())));
            fn.result().ifPresent(x -> out.addAll(resourcesIn(x)));
        }
        return out;
    }

    /** The functions of an interface, by resource: freestanding under empty. */
    static Map<Optional<TypeId>, List<Function>> byResource(Interface i) {
        Map<Optional<TypeId>, List<Function>> out = new LinkedHashMap<>();
        for (Function f : i.functions().values()) {
            Optional<TypeId> res = switch (f.kind()) {
                case dev.weft.wit.FunctionKind.Freestanding x -> Optional.empty();
                case dev.weft.wit.FunctionKind.Method m -> Optional.of(m.resource());
                case dev.weft.wit.FunctionKind.Static s -> Optional.of(s.resource());
                case dev.weft.wit.FunctionKind.Constructor c -> Optional.of(c.resource());
            };
            out.computeIfAbsent(res, k -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
