package dev.weft.binary.describe;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.ComponentType;
import dev.weft.types.CoreModuleType;
import dev.weft.types.EnumType;
import dev.weft.types.ExternType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.FutureType;
import dev.weft.types.InstanceType;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints semantic types in WIT-like syntax. Types exported under a name in the enclosing scope
 * (an instance type's {@code type point = ...}, a resource {@code file}) are printed by that name
 * where they are used; others are spelled out.
 */
public final class TypePrinter {
    private final Map<ValueType, String> valueNames;
    private final Map<ResourceType, String> resourceNames;

    private TypePrinter(Map<ValueType, String> valueNames, Map<ResourceType, String> resourceNames) {
        this.valueNames = valueNames;
        this.resourceNames = resourceNames;
    }

    /** A printer that knows no names but those of resources. */
    public static TypePrinter anonymous() {
        return new TypePrinter(Map.of(), Map.of());
    }

    /** A printer that uses the names of the type exports (and imports) in {@code externs}. */
    public TypePrinter withNamesOf(Map<String, ExternType> externs) {
        Map<ValueType, String> values = new HashMap<>(valueNames);
        Map<ResourceType, String> resources = new IdentityHashMap<>(resourceNames);
        externs.forEach((name, type) -> {
            if (type instanceof ExternType.Type(TypeDef def)) {
                switch (def) {
                    case TypeDef.Value(ValueType v) -> {
                        if (!(v instanceof PrimitiveType)) values.putIfAbsent(v, name);
                    }
                    case TypeDef.Resource(ResourceType r) -> resources.putIfAbsent(r, name);
                    case TypeDef.Func f -> { }
                    case TypeDef.Component c -> { }
                    case TypeDef.Instance i -> { }
                }
            }
        });
        return new TypePrinter(values, resources);
    }

    /** One line per extern, {@code indent} spaces deep; instances and components are expanded. */
    public List<String> externs(Map<String, ExternType> externs, int indent) {
        TypePrinter scoped = withNamesOf(externs);
        List<String> lines = new ArrayList<>();
        externs.forEach((name, type) -> scoped.extern(name, type, indent, lines));
        return lines;
    }

    private void extern(String name, ExternType type, int indent, List<String> out) {
        String pad = " ".repeat(indent);
        switch (type) {
            case ExternType.Func(FuncType f) -> out.add(pad + name + ": " + func(f));
            case ExternType.Value(ValueType v) -> out.add(pad + name + ": value " + value(v));
            case ExternType.Type(TypeDef def) -> out.add(pad + typeDef(name, def));
            case ExternType.CoreModule(CoreModuleType m) -> out.add(pad + name + ": core module ("
                    + m.imports().size() + " imports, " + m.exports().size() + " exports)");
            case ExternType.Instance(InstanceType i) -> {
                out.add(pad + name + ": instance {");
                out.addAll(externs(i.exports(), indent + 2));
                out.add(pad + "}");
            }
            case ExternType.Component(ComponentType c) -> {
                out.add(pad + name + ": component {");
                for (String line : externs(c.imports(), indent + 2)) out.add(line.replaceFirst("^(\\s*)", "$1import "));
                for (String line : externs(c.exports(), indent + 2)) out.add(line.replaceFirst("^(\\s*)", "$1export "));
                out.add(pad + "}");
            }
        }
    }

    private String typeDef(String name, TypeDef def) {
        return switch (def) {
            case TypeDef.Value(ValueType v) -> "type " + name + " = " + spelled(v);
            case TypeDef.Resource r -> "resource " + name;
            case TypeDef.Func(FuncType f) -> "type " + name + " = " + func(f);
            case TypeDef.Component c -> "type " + name + " = component";
            case TypeDef.Instance i -> "type " + name + " = instance";
        };
    }

    /** {@code func(a: u32, b: u32) -> u32}. */
    public String func(FuncType f) {
        String params = f.params().stream().map(p -> p.name() + ": " + value(p.type()))
                .collect(Collectors.joining(", ", "(", ")"));
        return (f.async() ? "async func" : "func") + params + f.result().map(r -> " -> " + value(r)).orElse("");
    }

    /** A value type, by name when it has one here. */
    public String value(ValueType t) {
        String name = valueNames.get(t);
        return name != null ? name : spelled(t);
    }

    private String spelled(ValueType t) {
        return switch (t) {
            case PrimitiveType p -> p.wit();
            case RecordType r -> r.fields().stream().map(this::field).collect(Collectors.joining(", ", "record { ", " }"));
            case VariantType v -> v.cases().stream().map(this::variantCase).collect(Collectors.joining(", ", "variant { ", " }"));
            case ListType l -> "list<" + value(l.element()) + ">";
            case FixedListType l -> "list<" + value(l.element()) + ", " + l.length() + ">";
            case TupleType tu -> tu.types().stream().map(this::value).collect(Collectors.joining(", ", "tuple<", ">"));
            case FlagsType f -> f.wit();
            case EnumType e -> e.wit();
            case OptionType o -> "option<" + value(o.type()) + ">";
            case ResultType r -> result(r);
            case OwnType o -> resource(o.resource());
            case BorrowType b -> "borrow<" + resource(b.resource()) + ">";
            case StreamType s -> s.element().map(e -> "stream<" + value(e) + ">").orElse("stream");
            case FutureType f -> f.element().map(e -> "future<" + value(e) + ">").orElse("future");
            case MapType m -> "map<" + value(m.key()) + ", " + value(m.value()) + ">";
        };
    }

    private String field(Field f) {
        return f.name() + ": " + value(f.type());
    }

    private String variantCase(Case c) {
        return c.type().map(t -> c.name() + "(" + value(t) + ")").orElse(c.name());
    }

    private String result(ResultType r) {
        if (r.ok().isEmpty() && r.err().isEmpty()) return "result";
        if (r.err().isEmpty()) return "result<" + value(r.ok().get()) + ">";
        return "result<" + r.ok().map(this::value).orElse("_") + ", " + value(r.err().get()) + ">";
    }

    private String resource(ResourceType r) {
        String name = resourceNames.get(r);
        return name != null ? name : r.name();
    }
}
