package dev.weft.bindgen;

import dev.weft.types.BorrowType;
import dev.weft.types.EnumType;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.ResultType;
import dev.weft.types.StreamType;
import dev.weft.types.TupleType;
import dev.weft.types.TypeDef;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import dev.weft.wit.Docs;
import dev.weft.wit.Function;
import dev.weft.wit.FunctionKind;
import dev.weft.wit.Stability;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import dev.weft.wit.TypeOwner;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names one interface (or the world) of a decoded component defines: its type exports, and
 * for each nominal type and resource the name it is known by here, so that function signatures
 * and other types refer to it by name.
 */
final class TypeScope {
    final TypeOwner owner;
    private final DecodeState s;
    /** Names defined here, in order (the interface's {@code types}). */
    final Map<String, TypeId> types = new LinkedHashMap<>();
    /** Nominal value types by structure: the first name wins. */
    private final Map<ValueType, TypeId> nominal = new LinkedHashMap<>();
    /** Resources by identity: the name they have here. */
    final Map<ResourceType, TypeId> resources = new IdentityHashMap<>();
    private int synthesized;

    TypeScope(TypeOwner owner, DecodeState s) {
        this.owner = owner;
        this.s = s;
    }

    static boolean isNominal(ValueType t) {
        return t instanceof RecordType || t instanceof VariantType || t instanceof EnumType || t instanceof FlagsType;
    }

    /** A type export: a resource or a value type; empty for types WIT cannot name (func, component, instance types). */
    Optional<TypeId> typeExport(String name, TypeDef def) {
        return switch (def) {
            case TypeDef.Resource r -> Optional.of(resource(name, r.resource()));
            case TypeDef.Value v -> Optional.of(value(name, v.type()));
            default -> Optional.empty();
        };
    }

    private TypeId resource(String name, ResourceType rt) {
        TypeId local = resources.get(rt);
        TypeId known = local != null ? local : s.resources.get(rt);
        TypeId id;
        if (known != null) {
            id = s.addType(name, new TypeDefKind.AliasDef(new Type.Named(known)), owner);
        } else {
            id = s.addType(name, new TypeDefKind.ResourceDef(), owner);
            s.resources.put(rt, id);
        }
        types.put(name, id);
        resources.putIfAbsent(rt, id);
        return id;
    }

    private TypeId value(String name, ValueType vt) {
        Optional<TypeId> same = isNominal(vt) ? Optional.ofNullable(nominal.get(vt)) : Optional.empty();
        Optional<TypeId> target = same.or(() -> s.findUse(name, vt, owner));
        TypeId id;
        if (target.isPresent()) {
            id = s.addType(name, new TypeDefKind.AliasDef(new Type.Named(target.get())), owner);
        } else {
            id = s.addType(name, kind(vt), owner);
            s.named.add(new DecodeState.Named(name, vt, id, owner));
        }
        types.put(name, id);
        if (isNominal(vt)) nominal.putIfAbsent(vt, id);
        return id;
    }

    private TypeDefKind kind(ValueType vt) {
        return switch (vt) {
            case RecordType r -> new TypeDefKind.RecordDef(r.fields().stream()
                    .map(f -> new TypeDefKind.Field(f.name(), type(f.type()), Docs.NONE)).toList());
            case VariantType v -> new TypeDefKind.VariantDef(v.cases().stream()
                    .map(c -> new TypeDefKind.Case(c.name(), c.type().map(this::type), Docs.NONE)).toList());
            case EnumType e -> new TypeDefKind.EnumDef(e.names().stream().map(n -> new TypeDefKind.EnumCase(n, Docs.NONE)).toList());
            case FlagsType f -> new TypeDefKind.FlagsDef(f.names().stream().map(n -> new TypeDefKind.Flag(n, Docs.NONE)).toList());
            default -> new TypeDefKind.AliasDef(type(vt));
        };
    }

    /** A function export: its kind from its name ({@code [method]r.f} ...), its types by name where they have one. */
    Function function(String name, FuncType ft) {
        FunctionKind kind = ComponentWit.resourceOf(name).map(types::get).filter(id -> isResource(id))
                .<FunctionKind>map(id -> {
                    if (name.startsWith("[constructor]")) return new FunctionKind.Constructor(id);
                    if (name.startsWith("[method]")) return new FunctionKind.Method(id);
                    return new FunctionKind.Static(id);
                }).orElse(FunctionKind.FREESTANDING);
        var params = ft.params().stream().map(p -> new Function.Param(p.name(), type(p.type()))).toList();
        return new Function(name, kind, ft.async(), params, ft.result().map(this::type), Docs.NONE, Stability.UNKNOWN,
                Optional.empty());
    }

    private boolean isResource(TypeId id) {
        return s.types.get(s.definition(id).index()).kind() instanceof TypeDefKind.ResourceDef;
    }

    /** A type reference: by name for nominal types and resources, spelled out otherwise. */
    Type type(ValueType vt) {
        return switch (vt) {
            case PrimitiveType p -> new Type.Primitive(p);
            case RecordType r -> named(vt);
            case VariantType v -> named(vt);
            case EnumType e -> named(vt);
            case FlagsType f -> named(vt);
            case ListType l -> new Type.ListOf(type(l.element()));
            case FixedListType l -> new Type.FixedListOf(type(l.element()), l.length());
            case OptionType o -> new Type.OptionOf(type(o.type()));
            case ResultType r -> new Type.ResultOf(r.ok().map(this::type), r.err().map(this::type));
            case TupleType t -> new Type.TupleOf(t.types().stream().map(this::type).toList());
            case MapType m -> new Type.MapOf(type(m.key()), type(m.value()));
            case FutureType f -> new Type.FutureOf(f.element().map(this::type));
            case StreamType st -> new Type.StreamOf(st.element().map(this::type));
            case OwnType o -> new Type.Own(handle(o.resource()));
            case BorrowType b -> new Type.Borrow(handle(b.resource()));
        };
    }

    /** A nominal type: its name here, else anywhere, else a new definition here (a hand-written component's anonymous record). */
    private Type named(ValueType vt) {
        TypeId id = nominal.get(vt);
        if (id == null) id = s.findAnywhere(vt).orElse(null);
        if (id == null) {
            String kind = switch (vt) {
                case RecordType r -> "record";
                case VariantType v -> "variant";
                case EnumType e -> "enum";
                default -> "flags";
            };
            id = value(fresh(kind), vt);
        }
        return new Type.Named(id);
    }

    private TypeId handle(ResourceType rt) {
        TypeId id = resources.get(rt);
        if (id == null) id = s.resources.get(rt);
        if (id == null) id = resource(fresh(rt.name().isEmpty() ? "resource" : rt.name()), rt);
        return id;
    }

    /** A WIT identifier from {@code base} (a synthesized or binary-given name), unused here. */
    private String fresh(String raw) {
        String base = raw.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "t-" + base;
        base = base.replaceAll("-+$", "");
        String name = base;
        while (types.containsKey(name)) name = base + "-" + (++synthesized);
        return name;
    }
}
