package dev.weft.bindgen;

import dev.weft.types.ComponentType;
import dev.weft.types.ExternType;
import dev.weft.types.InstanceType;
import dev.weft.types.TypeDef;
import dev.weft.wit.Docs;
import dev.weft.wit.Function;
import dev.weft.wit.InterfaceId;
import dev.weft.wit.PackageName;
import dev.weft.wit.Resolve;
import dev.weft.wit.SemVer;
import dev.weft.wit.Stability;
import dev.weft.wit.TypeOwner;
import dev.weft.wit.World;
import dev.weft.wit.WorldId;
import dev.weft.wit.WorldItem;
import dev.weft.wit.WorldKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WIT of a component, decoded from its type (imports and exports), as wit-component's
 * {@code decode} does: one world {@code root:component/root}; each instance import or export named
 * like {@code ns:pkg/iface@v} becomes interface {@code iface} of package {@code ns:pkg@v}, each other
 * instance an inline interface, each function a world function.
 *
 * <p>A binary keeps the names of the types an instance exports but refers to types by structure (or
 * by identity, for resources), so names are recovered from the type exports: a record, variant,
 * enum or flags type equal to one exported under a name is printed by that name; a resource by the
 * name its identity is exported under. A type export equal to one of an earlier interface under the
 * same name (or a resource exported before) is a {@code use} of it. Aliases of anonymous types
 * ({@code type instant = u64}) are kept as definitions, but their uses print the type they stand
 * for: the binary does not say which name a parameter was written with.
 *
 * <p>What WIT cannot say (core modules, components and values imported or exported) is left out and
 * listed in {@link Decoded#skipped()}.
 */
public final class ComponentWit {
    /** The package of the decoded world, as wit-component names it. */
    public static final PackageName ROOT = new PackageName(List.of("root"), "component", List.of(), Optional.empty());

    private ComponentWit() {}

    /**
     * A component's WIT.
     *
     * @param skipped imports and exports left out, each as {@code import NAME: what} or {@code export NAME: what}
     */
    public record Decoded(Resolve resolve, WorldId world, List<String> skipped) {
        public Decoded {
            skipped = List.copyOf(skipped);
        }
    }

    /** Decodes {@code type} into a world of its own package {@link #ROOT}. */
    public static Decoded decode(ComponentType type) {
        DecodeState s = new DecodeState();
        List<String> skipped = new ArrayList<>();
        Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
        Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();
        TypeScope worldScope = new TypeScope(new TypeOwner.OfWorld(new WorldId(0)), s);
        for (var e : type.imports().entrySet()) item("import", e.getKey(), e.getValue(), s, worldScope, imports, skipped);
        for (var e : type.exports().entrySet()) item("export", e.getKey(), e.getValue(), s, worldScope, exports, skipped);
        World world = new World("root", s.rootPackage(), imports, exports, Docs.NONE, Stability.UNKNOWN);
        Resolve r = s.build(world);
        return new Decoded(r, new WorldId(0), skipped);
    }

    private static void item(String direction, String name, ExternType extern, DecodeState s, TypeScope worldScope,
                             Map<WorldKey, WorldItem> out, List<String> skipped) {
        switch (extern) {
            case ExternType.Instance i -> instance(name, i.type(), s, out);
            case ExternType.Func f -> {
                Function fn = worldScope.function(name, f.type());
                out.put(new WorldKey.Name(name), new WorldItem.FunctionItem(fn));
            }
            case ExternType.Type t when direction.equals("import") -> worldType(name, t.type(), worldScope, out);
            case ExternType.Type t -> skipped.add(direction + " " + name + ": type (WIT exports no types)");
            case ExternType.CoreModule m -> skipped.add(direction + " " + name + ": core module");
            case ExternType.Component c -> skipped.add(direction + " " + name + ": component");
            case ExternType.Value v -> skipped.add(direction + " " + name + ": value");
        }
    }

    private static void worldType(String name, TypeDef def, TypeScope scope, Map<WorldKey, WorldItem> out) {
        scope.typeExport(name, def).ifPresent(id -> out.put(new WorldKey.Name(name), new WorldItem.TypeItem(id)));
    }

    private static void instance(String name, InstanceType type, DecodeState s, Map<WorldKey, WorldItem> out) {
        Optional<InterfaceName> named = InterfaceName.parse(name);
        InterfaceId id;
        WorldKey key;
        if (named.isPresent()) {
            Optional<InterfaceId> existing = s.findInterface(named.get());
            id = existing.orElseGet(() -> s.newInterface(Optional.of(named.get().iface()), named.get().pkg()));
            key = new WorldKey.OfInterface(id);
            if (existing.isPresent()) {
                s.reuse(id, type);
                out.put(key, new WorldItem.InterfaceItem(id, Docs.NONE, Stability.UNKNOWN, Optional.empty()));
                return;
            }
        } else {
            id = s.newInterface(Optional.empty(), ROOT);
            key = new WorldKey.Name(name);
        }
        s.fill(id, type);
        out.put(key, new WorldItem.InterfaceItem(id, Docs.NONE, Stability.UNKNOWN, Optional.empty()));
    }

    /** {@code ns:pkg/iface@version} split up; nested namespaces and packages as {@link PackageName} has them. */
    record InterfaceName(PackageName pkg, String iface) {
        static Optional<InterfaceName> parse(String name) {
            int colon = name.indexOf(':');
            int slash = name.lastIndexOf('/');
            if (colon < 0 || slash < colon) return Optional.empty();
            String rest = name;
            Optional<SemVer> version = Optional.empty();
            int at = name.indexOf('@', slash);
            if (at >= 0) {
                try {
                    version = Optional.of(SemVer.parse(name.substring(at + 1)));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
                rest = name.substring(0, at);
            }
            String iface = rest.substring(slash + 1);
            String pkgPath = rest.substring(0, slash);
            List<String> segments = List.of(pkgPath.split("/", -1));
            List<String> nsAndName = List.of(segments.get(0).split(":", -1));
            if (nsAndName.size() < 2 || iface.isEmpty() || nsAndName.stream().anyMatch(String::isEmpty)) {
                return Optional.empty();
            }
            PackageName pkg = new PackageName(nsAndName.subList(0, nsAndName.size() - 1), nsAndName.getLast(),
                    segments.subList(1, segments.size()), version);
            return Optional.of(new InterfaceName(pkg, iface));
        }
    }

    /** The kind of a world or interface function from its name ({@code [method]r.f} ...); empty resource name for freestanding. */
    static Optional<String> resourceOf(String functionName) {
        for (String prefix : List.of("[constructor]", "[method]", "[static]")) {
            if (functionName.startsWith(prefix)) {
                String rest = functionName.substring(prefix.length());
                int dot = rest.indexOf('.');
                return Optional.of(prefix.equals("[constructor]") || dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return Optional.empty();
    }
}
