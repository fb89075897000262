package dev.weft.bindgen;

import dev.weft.types.PrimitiveType;
import dev.weft.wit.Resolve;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Java type of a WIT type, as the generated code writes it in a given file. See the package
 * documentation for the mapping; in short: integers in the Java type of their width (unsigned ones
 * hold their bits), {@code char} as an {@code int} code point, {@code list<u8>} as {@code byte[]},
 * other lists as {@code List}, {@code option} as {@code Optional}, {@code result} as the generated
 * {@code Result}, tuples as the generated {@code TupleN} records, named types and resources as the
 * generated nested types.
 */
final class JavaTypes {
    private final Model m;
    private final Resolve r;

    JavaTypes(Model m) {
        this.m = m;
        this.r = m.r;
    }

    String support(JavaFile f, String simple) {
        return f.ref(m.options.packageName() + "." + simple);
    }

    /** The Java type of {@code t}; {@code boxed} for a type argument. */
    String of(Type t, JavaFile f, boolean boxed) {
        return switch (t) {
            case Type.Primitive p -> primitive(p.type(), boxed);
            case Type.Named n -> named(n.id(), f, boxed);
            case Type.Own o -> resource(o.id(), f);
            case Type.Borrow b -> resource(b.id(), f);
            case Type.ListOf l when isU8(l.element()) -> "byte[]";
            case Type.ListOf l -> f.ref("java.util.List") + "<" + of(l.element(), f, true) + ">";
            case Type.FixedListOf l -> f.ref("java.util.List") + "<" + of(l.element(), f, true) + ">";
            case Type.OptionOf o -> f.ref("java.util.Optional") + "<" + of(o.type(), f, true) + ">";
            case Type.ResultOf res -> support(f, "Result") + "<" + res.ok().map(x -> of(x, f, true)).orElse("Void") + ", "
                    + res.err().map(x -> of(x, f, true)).orElse("Void") + ">";
            case Type.TupleOf tu -> tuple(f, tu.types().size()) + "<"
                    + tu.types().stream().map(x -> of(x, f, true)).collect(Collectors.joining(", ")) + ">";
            case Type.MapOf mp -> f.ref("java.util.Map") + "<" + of(mp.key(), f, true) + ", " + of(mp.value(), f, true) + ">";
            case Type.FutureOf fu -> f.ref("dev.weft.runtime.value.FutureValue");
            case Type.StreamOf s -> f.ref("dev.weft.runtime.value.StreamValue");
        };
    }

    /** The generated {@code TupleN} record class of arity {@code n}. */
    String tuple(JavaFile f, int n) {
        m.tupleArities.add(n);
        return support(f, "Tuple" + n);
    }

    /** The Java result type of a function: {@code void} without a result. */
    String result(Optional<Type> t, JavaFile f) {
        return t.map(x -> of(x, f, false)).orElse("void");
    }

    static boolean isU8(Type t) {
        return t instanceof Type.Primitive(PrimitiveType p) && p == PrimitiveType.U8;
    }

    /** The type an alias stands for, through aliases of aliases; a named definition stays named. */
    Type resolveAlias(Type t) {
        Type cur = t;
        while (cur instanceof Type.Named(TypeId id) && r.get(id).kind() instanceof TypeDefKind.AliasDef(Type target)) {
            if (r.isResource(id)) return new Type.Own(id);
            cur = target;
        }
        return cur;
    }

    private String named(TypeId id, JavaFile f, boolean boxed) {
        if (r.get(id).kind() instanceof TypeDefKind.AliasDef(Type target)) {
            if (r.isResource(id)) return resource(id, f);
            return of(target, f, boxed);
        }
        return f.ref(m.outerClass(id)) + "." + m.nestedName(id);
    }

    /** The Java interface of a resource (through aliases). */
    String resource(TypeId id, JavaFile f) {
        TypeId def = r.definition(id);
        return f.ref(m.outerClass(def)) + "." + m.nestedName(def);
    }

    static String primitive(PrimitiveType p, boolean boxed) {
        return switch (p) {
            case BOOL -> boxed ? "Boolean" : "boolean";
            case S8, U8 -> boxed ? "Byte" : "byte";
            case S16, U16 -> boxed ? "Short" : "short";
            case S32, U32, CHAR -> boxed ? "Integer" : "int";
            case S64, U64 -> boxed ? "Long" : "long";
            case F32 -> boxed ? "Float" : "float";
            case F64 -> boxed ? "Double" : "double";
            case STRING -> "String";
            case ERROR_CONTEXT -> "dev.weft.runtime.value.ErrorContextValue";
        };
    }
}
