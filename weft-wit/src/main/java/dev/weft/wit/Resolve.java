package dev.weft.wit;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.ResultType;
import dev.weft.types.StreamType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of resolved WIT packages: every name looked up, every {@code use} and {@code include}
 * followed, checked for cycles and duplicates. Immutable; items refer to each other by typed ids
 * (indices into {@link #packages()}, {@link #interfaces()}, {@link #worlds()}, {@link #types()}).
 *
 * <p>Packages are in dependency order (a package comes after the packages it uses). Each named
 * non-resource type has a semantic {@link ValueType} ({@link #valueType(TypeId)}); each resource
 * has one {@link ResourceType} identity ({@link #resourceType(TypeId)}).
 *
 * <p>{@link #equals} compares the model (packages, interfaces, worlds, types and the root), not
 * the source spans, so a model printed by {@link WitPrinter} and parsed again equals the original.
 */
public final class Resolve {
    private final List<WitPackage> packages;
    private final List<Interface> interfaces;
    private final List<World> worlds;
    private final List<TypeDef> types;
    private final Optional<PackageId> root;
    private final Map<Object, Span> spans;
    private final Map<TypeId, ResourceType> resources = new HashMap<>();
    private final Map<TypeId, ValueType> valueTypes = new HashMap<>();

    /**
     * @param spans where each id (a {@link PackageId}, {@link InterfaceId}, {@link WorldId} or
     *              {@link TypeId}) was defined, for messages
     */
    public Resolve(List<WitPackage> packages, List<Interface> interfaces, List<World> worlds, List<TypeDef> types,
                   Optional<PackageId> root, Map<Object, Span> spans) {
        this.packages = List.copyOf(packages);
        this.interfaces = List.copyOf(interfaces);
        this.worlds = List.copyOf(worlds);
        this.types = List.copyOf(types);
        this.root = root;
        this.spans = Collections.unmodifiableMap(new HashMap<>(spans));
        for (int i = 0; i < this.types.size(); i++) {
            if (this.types.get(i).kind() instanceof TypeDefKind.ResourceDef) {
                resources.put(new TypeId(i), new ResourceType(this.types.get(i).name()));
            }
        }
        for (int i = 0; i < this.types.size(); i++) {
            computeValueType(new TypeId(i));
        }
    }

    public List<WitPackage> packages() {
        return packages;
    }

    public List<Interface> interfaces() {
        return interfaces;
    }

    public List<World> worlds() {
        return worlds;
    }

    public List<TypeDef> types() {
        return types;
    }

    public WitPackage get(PackageId id) {
        return packages.get(id.index());
    }

    public Interface get(InterfaceId id) {
        return interfaces.get(id.index());
    }

    public World get(WorldId id) {
        return worlds.get(id.index());
    }

    public TypeDef get(TypeId id) {
        return types.get(id.index());
    }

    /** The ids of all packages, in dependency order. */
    public List<PackageId> packageIds() {
        List<PackageId> out = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) out.add(new PackageId(i));
        return out;
    }

    /** The root package: the one in the directory or file that was resolved (not a dependency). */
    public Optional<PackageId> root() {
        return root;
    }

    /** Where {@code id} (a package, interface, world or type id) was defined. */
    public Optional<Span> span(Object id) {
        return Optional.ofNullable(spans.get(id));
    }

    /** The package called {@code name} (version included). */
    public Optional<PackageId> findPackage(PackageName name) {
        for (int i = 0; i < packages.size(); i++) {
            if (packages.get(i).name().equals(name)) return Optional.of(new PackageId(i));
        }
        return Optional.empty();
    }

    /** The interface named like {@code wasi:io/streams@0.2.12}. */
    public Optional<InterfaceId> findInterface(String interfaceName) {
        for (WitPackage p : packages) {
            for (var e : p.interfaces().entrySet()) {
                if (p.name().interfaceName(e.getKey()).equals(interfaceName)) return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The component-level name of an interface, e.g. {@code wasi:io/streams@0.2.12}; empty for an inline one. */
    public Optional<String> interfaceName(InterfaceId id) {
        Interface i = get(id);
        return i.name().map(n -> get(i.pkg()).name().interfaceName(n));
    }

    /**
     * Picks a world as WIT.md's "Specifying a World" says: none given, the root package's only
     * world; a plain identifier, that world of the root package; {@code ns:pkg/world[@v]}, that world.
     *
     * @throws IllegalArgumentException saying why no world could be picked
     */
    public WorldId selectWorld(Optional<String> world) {
        return WorldSelection.select(this, world);
    }

    /** Follows aliases ({@code type a = b;} and {@code use}) to the type's definition. */
    public TypeId definition(TypeId id) {
        TypeId cur = id;
        for (int guard = 0; guard <= types.size(); guard++) {
            if (get(cur).kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId next))) cur = next;
            else return cur;
        }
        throw new AssertionError("alias cycle through " + id);
    }

    /** Whether {@code id} is a resource or an alias of one. */
    public boolean isResource(TypeId id) {
        return get(definition(id)).kind() instanceof TypeDefKind.ResourceDef;
    }

    /** The resource identity of a resource (or of an alias of one). */
    public ResourceType resourceType(TypeId id) {
        ResourceType r = resources.get(definition(id));
        if (r == null) throw new IllegalArgumentException(get(id).name() + " is not a resource");
        return r;
    }

    /** The semantic type of a named type; empty for a resource (or an alias of one). */
    public Optional<ValueType> valueType(TypeId id) {
        return Optional.ofNullable(valueTypes.get(id));
    }

    /** The semantic type of a type reference. */
    public ValueType valueType(Type type) {
        return switch (type) {
            case Type.Primitive p -> p.type();
            case Type.Named n -> computeValueType(n.id()).orElseThrow(
                    () -> new IllegalArgumentException(get(n.id()).name() + " is a resource, not a value type"));
            case Type.Own o -> new OwnType(resourceType(o.id()));
            case Type.Borrow b -> new BorrowType(resourceType(b.id()));
            case Type.ListOf l -> new ListType(valueType(l.element()));
            case Type.FixedListOf l -> new FixedListType(valueType(l.element()), l.length());
            case Type.OptionOf o -> new OptionType(valueType(o.type()));
            case Type.ResultOf r -> new ResultType(r.ok().map(this::valueType), r.err().map(this::valueType));
            case Type.TupleOf t -> new TupleType(t.types().stream().map(this::valueType).toList());
            case Type.MapOf m -> new MapType(valueType(m.key()), valueType(m.value()));
            case Type.FutureOf f -> new FutureType(f.element().map(this::valueType));
            case Type.StreamOf s -> new StreamType(s.element().map(this::valueType));
        };
    }

    /** The semantic type of a function (parameters and result as {@link ValueType}s). */
    public FuncType funcType(Function f) {
        List<Field> params = f.params().stream().map(p -> new Field(p.name(), valueType(p.type()))).toList();
        return new FuncType(f.async(), params, f.result().map(this::valueType));
    }

    private Optional<ValueType> computeValueType(TypeId id) {
        if (valueTypes.containsKey(id)) return Optional.of(valueTypes.get(id));
        Optional<ValueType> vt = switch (get(id).kind()) {
            case TypeDefKind.ResourceDef r -> Optional.empty();
            case TypeDefKind.AliasDef(Type.Named(TypeId target)) -> computeValueType(target);
            case TypeDefKind.AliasDef a -> Optional.of(valueType(a.target()));
            case TypeDefKind.RecordDef r -> Optional.of(new RecordType(r.fields().stream()
                    .map(f -> new Field(f.name(), valueType(f.type()))).toList()));
            case TypeDefKind.VariantDef v -> Optional.of(new VariantType(v.cases().stream()
                    .map(c -> new Case(c.name(), c.type().map(this::valueType))).toList()));
            case TypeDefKind.EnumDef e -> Optional.of(new EnumType(e.cases().stream().map(TypeDefKind.EnumCase::name).toList()));
            case TypeDefKind.FlagsDef f -> Optional.of(new FlagsType(f.flags().stream().map(TypeDefKind.Flag::name).toList()));
        };
        vt.ifPresent(v -> valueTypes.put(id, v));
        return vt;
    }

    /** Every named item's span, keyed by id; for tools that want to point at definitions. */
    public Map<Object, Span> spans() {
        return spans;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resolve r && packages.equals(r.packages) && interfaces.equals(r.interfaces)
                && worlds.equals(r.worlds) && types.equals(r.types) && root.equals(r.root);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packages, interfaces, worlds, types, root);
    }

    @Override
    public String toString() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("packages", packages.size());
        counts.put("interfaces", interfaces.size());
        counts.put("worlds", worlds.size());
        counts.put("types", types.size());
        return "Resolve" + counts;
    }
}
