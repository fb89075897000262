package dev.weft.bindgen;

import dev.weft.types.PrimitiveType;
import dev.weft.wit.Resolve;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java expressions that convert between the runtime's values ({@code dev.weft.runtime.value.Value})
 * and the Java types of the bindings, and that build the {@code ValueType} of a WIT type: what the
 * bindings of imports (host functions receive and return values) and of exports that cannot take
 * the typed path are made of. Named types convert through the {@code fromX}/{@code toX} methods of
 * their interface's {@code *Values} class; anonymous ones inline, through {@code BindingSupport}.
 *
 * <p>Every Java expression passed in ({@code x}, {@code v}, {@code ty}) must be free of side
 * effects: it may be evaluated more than once.
 */
final class ValueCode {
    private final Model m;
    private final Resolve r;
    private final JavaTypes jt;
    private final JavaFile f;
    /** The name of the {@code Handles} variable in scope. */
    private final String h;
    private int fresh;

    ValueCode(Model m, JavaTypes jt, JavaFile f, String handles) {
        this.m = m;
        this.r = m.r;
        this.jt = jt;
        this.f = f;
        this.h = handles;
    }

    private String v(String simple) {
        return f.ref("dev.weft.runtime.value." + simple);
    }

    private String t(String simple) {
        return f.ref("dev.weft.types." + simple);
    }

    private String support() {
        return jt.support(f, "BindingSupport");
    }

    /** A lambda parameter name no WIT name can take. */
    private String name(String base) {
        return base + "$" + (++fresh);
    }

    /** The {@code *Values} class of the interface (or world) that defines {@code def}. */
    String valuesClass(TypeId def) {
        return f.ref(m.outerClass(def) + "Values");
    }

    /** Value expression {@code v} of WIT type {@code type} as Java. */
    String from(Type type, String v) {
        return switch (type) {
            case Type.Primitive p -> fromPrimitive(p.type(), v);
            case Type.Named n when r.get(n.id()).kind() instanceof TypeDefKind.AliasDef a -> from(aliased(n.id(), a), v);
            case Type.Named n -> valuesClass(n.id()) + ".from" + m.nestedName(n.id()) + "(" + v + ", " + h + ")";
            case Type.Own o -> "(" + jt.resource(o.id(), f) + ") " + h + ".liftOwn(" + v + ", " + key(o.id()) + ")";
            case Type.Borrow b -> "(" + jt.resource(b.id(), f) + ") " + h + ".liftBorrow(" + v + ", " + key(b.id()) + ")";
            case Type.ListOf l when JavaTypes.isU8(l.element()) -> support() + ".bytesFrom(" + v + ")";
            case Type.ListOf l -> listFrom(l.element(), v);
            case Type.FixedListOf l -> listFrom(l.element(), v);
            case Type.OptionOf o -> {
                String e = name("e");
                yield support() + ".optionFrom(" + v + ", " + e + " -> " + from(o.type(), e) + ")";
            }
            case Type.ResultOf res -> support() + ".<" + res.ok().map(x -> jt.of(x, f, true)).orElse("Void") + ", "
                    + res.err().map(x -> jt.of(x, f, true)).orElse("Void") + ">resultFrom(" + v + ", "
                    + lambdaFrom(res.ok()) + ", " + lambdaFrom(res.err()) + ")";
            case Type.TupleOf tu -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < tu.types().size(); i++) {
                    parts.add(from(tu.types().get(i), "((" + v("TupleValue") + ") " + v + ").get(" + i + ")"));
                }
                yield "new " + jt.tuple(f, tu.types().size()) + "<>(" + String.join(", ", parts) + ")";
            }
            case Type.MapOf mp -> {
                String k = name("k");
                String e = name("e");
                yield support() + ".mapFrom(" + v + ", " + k + " -> " + from(mp.key(), k) + ", " + e + " -> "
                        + from(mp.value(), e) + ")";
            }
            case Type.FutureOf fu -> "(" + v("FutureValue") + ") " + v;
            case Type.StreamOf s -> "(" + v("StreamValue") + ") " + v;
        };
    }

    private String listFrom(Type element, String v) {
        String e = name("e");
        return support() + ".listFrom(" + v + ", " + e + " -> " + from(element, e) + ")";
    }

    /** A lambda for {@code resultFrom}, or {@code null} for a missing type. */
    private String lambdaFrom(Optional<Type> t) {
        if (t.isEmpty()) return "null";
        String e = name("e");
        return e + " -> " + from(t.get(), e);
    }

    private String fromPrimitive(PrimitiveType p, String v) {
        return switch (p) {
            case BOOL -> "((" + v("Bool") + ") " + v + ").value()";
            case S8 -> "((" + v("S8") + ") " + v + ").value()";
            case U8 -> "(byte) ((" + v("U8") + ") " + v + ").value()";
            case S16 -> "((" + v("S16") + ") " + v + ").value()";
            case U16 -> "(short) ((" + v("U16") + ") " + v + ").value()";
            case S32 -> "((" + v("S32") + ") " + v + ").value()";
            case U32 -> "((" + v("U32") + ") " + v + ").bits()";
            case S64 -> "((" + v("S64") + ") " + v + ").value()";
            case U64 -> "((" + v("U64") + ") " + v + ").bits()";
            case F32 -> "((" + v("F32") + ") " + v + ").value()";
            case F64 -> "((" + v("F64") + ") " + v + ").value()";
            case CHAR -> "((" + v("Char") + ") " + v + ").codePoint()";
            case STRING -> "((" + v("Str") + ") " + v + ").value()";
            case ERROR_CONTEXT -> "(" + v("ErrorContextValue") + ") " + v;
        };
    }

    /** Java expression {@code x} of WIT type {@code type} as a value; {@code ty} is its {@code ValueType}. */
    String to(Type type, String x, String ty) {
        return switch (type) {
            case Type.Primitive p -> toPrimitive(p.type(), x);
            case Type.Named n when r.get(n.id()).kind() instanceof TypeDefKind.AliasDef a -> to(aliased(n.id(), a), x, ty);
            case Type.Named n -> valuesClass(n.id()) + ".to" + m.nestedName(n.id()) + "(" + x + ", " + ty + ", " + h + ")";
            case Type.Own o -> h + ".lowerOwn(" + x + ", " + key(o.id()) + ")";
            case Type.Borrow b -> h + ".lowerBorrow(" + x + ", " + key(b.id()) + ")";
            case Type.ListOf l when JavaTypes.isU8(l.element()) -> support() + ".bytesTo(" + x + ")";
            case Type.ListOf l -> listTo(l.element(), x, ty);
            case Type.FixedListOf l -> listTo(l.element(), x, ty);
            case Type.OptionOf o -> {
                String e = name("e");
                String et = name("t");
                yield support() + ".optionTo(" + x + ", " + ty + ", (" + e + ", " + et + ") -> " + to(o.type(), e, et) + ")";
            }
            case Type.ResultOf res -> support() + ".resultTo(" + x + ", " + ty + ", " + lambdaTo(res.ok()) + ", "
                    + lambdaTo(res.err()) + ")";
            case Type.TupleOf tu -> {
                List<String> parts = new ArrayList<>();
                String tt = "((" + t("TupleType") + ") " + ty + ")";
                for (int i = 0; i < tu.types().size(); i++) {
                    parts.add(to(tu.types().get(i), x + ".v" + i + "()", tt + ".types().get(" + i + ")"));
                }
                yield v("Value") + ".tuple(" + tt + ", " + f.ref("java.util.List") + ".of(" + String.join(", ", parts) + "))";
            }
            case Type.MapOf mp -> {
                String k = name("k");
                String kt = name("t");
                String e = name("e");
                String et = name("t");
                yield support() + ".mapTo(" + x + ", " + ty + ", (" + k + ", " + kt + ") -> " + to(mp.key(), k, kt) + ", ("
                        + e + ", " + et + ") -> " + to(mp.value(), e, et) + ")";
            }
            case Type.FutureOf fu -> x;
            case Type.StreamOf s -> x;
        };
    }

    private String listTo(Type element, String x, String ty) {
        String e = name("e");
        String et = name("t");
        return support() + ".listTo(" + x + ", " + ty + ", (" + e + ", " + et + ") -> " + to(element, e, et) + ")";
    }

    private String lambdaTo(Optional<Type> t) {
        if (t.isEmpty()) return "null";
        String e = name("e");
        String et = name("t");
        return "(" + e + ", " + et + ") -> " + to(t.get(), e, et);
    }

    private String toPrimitive(PrimitiveType p, String x) {
        String value = v("Value");
        return switch (p) {
            case BOOL -> value + ".bool(" + x + ")";
            case S8 -> value + ".s8(" + x + ")";
            case U8 -> value + ".u8(Byte.toUnsignedInt(" + x + "))";
            case S16 -> value + ".s16(" + x + ")";
            case U16 -> value + ".u16(Short.toUnsignedInt(" + x + "))";
            case S32 -> value + ".s32(" + x + ")";
            case U32 -> v("U32") + ".ofBits(" + x + ")";
            case S64 -> value + ".s64(" + x + ")";
            case U64 -> value + ".u64(" + x + ")";
            case F32 -> value + ".f32(" + x + ")";
            case F64 -> value + ".f64(" + x + ")";
            case CHAR -> value + ".character(" + x + ")";
            case STRING -> value + ".string(" + x + ")";
            case ERROR_CONTEXT -> x;
        };
    }

    /** An expression building the {@code ValueType} of {@code type} (resources from the {@code Handles} in scope). */
    String typeExpr(Type type) {
        return switch (type) {
            case Type.Primitive p -> t("PrimitiveType") + "." + p.type().name();
            case Type.Named n when r.get(n.id()).kind() instanceof TypeDefKind.AliasDef a -> typeExpr(aliased(n.id(), a));
            case Type.Named n -> valuesClass(n.id()) + "." + Names.member(r.get(n.id()).name() + "-type") + "(" + h + ")";
            case Type.Own o -> "new " + t("OwnType") + "(" + h + ".resourceType(" + key(o.id()) + "))";
            case Type.Borrow b -> "new " + t("BorrowType") + "(" + h + ".resourceType(" + key(b.id()) + "))";
            case Type.ListOf l -> "new " + t("ListType") + "(" + typeExpr(l.element()) + ")";
            case Type.FixedListOf l -> "new " + t("FixedListType") + "(" + typeExpr(l.element()) + ", " + l.length() + "L)";
            case Type.OptionOf o -> "new " + t("OptionType") + "(" + typeExpr(o.type()) + ")";
            case Type.ResultOf res -> "new " + t("ResultType") + "(" + optionalType(res.ok()) + ", " + optionalType(res.err()) + ")";
            case Type.TupleOf tu -> "new " + t("TupleType") + "(" + f.ref("java.util.List") + ".of("
                    + String.join(", ", tu.types().stream().map(this::typeExpr).toList()) + "))";
            case Type.MapOf mp -> "new " + t("MapType") + "(" + typeExpr(mp.key()) + ", " + typeExpr(mp.value()) + ")";
            case Type.FutureOf fu -> "new " + t("FutureType") + "(" + optionalType(fu.element()) + ")";
            case Type.StreamOf s -> "new " + t("StreamType") + "(" + optionalType(s.element()) + ")";
        };
    }

    private String optionalType(Optional<Type> t) {
        String opt = f.ref("java.util.Optional");
        return t.map(x -> opt + ".of(" + typeExpr(x) + ")").orElse(opt + ".empty()");
    }

    /** The target of an alias; an alias of a resource used as a value is an owned handle. */
    private Type aliased(TypeId id, TypeDefKind.AliasDef a) {
        if (r.isResource(id)) return new Type.Own(id);
        return a.target();
    }

    String key(TypeId resource) {
        return Names.quote(m.resourceKey(resource));
    }
}
