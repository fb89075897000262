package dev.weft.bindgen;

import dev.weft.abi.AddressType;
import dev.weft.abi.Alignment;
import dev.weft.abi.ElementSize;
import dev.weft.abi.FlatType;
import dev.weft.abi.Flattening;
import dev.weft.types.BorrowType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FutureType;
import dev.weft.types.MapType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.StreamType;
import dev.weft.types.ValueType;
import dev.weft.wit.Function;
import dev.weft.wit.Resolve;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The typed path of an export: Java code that lowers the arguments straight into the guest (core
 * values, and memory through {@code realloc}) and lifts the result straight out, following the
 * canonical ABI for the function's own types, through {@code dev.weft.runtime.typed.TypedExport}.
 * No runtime value is built. Types with handles, futures, streams, error contexts, maps or fixed
 * lengths do not take it ({@link #supports}); their functions go through values.
 *
 * <p>Named types get static helper methods in the glue class ({@code load$Point}, {@code store$Point},
 * {@code lower$Point}: memory and flat forms); anonymous ones are written inline. The sizes,
 * alignments and flat types come from {@code dev.weft.abi} when the code is generated.
 */
final class TypedCode {
    private static final AddressType A = AddressType.I32;
    private static final String X = "x$";

    /** The helper methods and constants of one glue class, by name, in order. */
    static final class Helpers {
        final Map<String, String> members = new LinkedHashMap<>();
        private final java.util.Set<String> pending = new java.util.HashSet<>();
    }

    private final Model m;
    private final Resolve r;
    private final JavaTypes jt;
    private final JavaFile f;
    private final Helpers helpers;
    private StringBuilder out;
    private String indent;
    private int fresh;

    TypedCode(Model m, JavaTypes jt, JavaFile f, Helpers helpers) {
        this.m = m;
        this.r = m.r;
        this.jt = jt;
        this.f = f;
        this.helpers = helpers;
    }

    /** Whether the function can take the typed path: synchronous, and no type it cannot lower or lift itself. */
    static boolean supports(Resolve r, Function fn) {
        if (fn.async()) return false;
        for (Function.Param p : fn.params()) {
            if (!plain(r.valueType(p.type()))) return false;
        }
        return fn.result().map(t -> plain(r.valueType(t))).orElse(true);
    }

    private static boolean plain(ValueType t) {
        return !dev.weft.abi.TypePredicates.contains(t, x -> x instanceof OwnType || x instanceof BorrowType
                || x instanceof FutureType || x instanceof StreamType || x instanceof MapType || x instanceof FixedListType
                || x == PrimitiveType.ERROR_CONTEXT);
    }

    private String name(String base) {
        return base + "$" + (++fresh);
    }

    private void line(String s) {
        out.append(indent).append(s).append('\n');
    }

    private String tx() {
        return f.ref("dev.weft.runtime.typed.TypedExport");
    }

    private String mem() {
        return X + ".memory()";
    }

    private ValueType vt(Type t) {
        return r.valueType(t);
    }

    private static long size(ValueType t) {
        return ElementSize.elemSize(t, A);
    }

    private static int align(ValueType t) {
        return Alignment.alignment(t, A);
    }

    private static int flatCount(ValueType t) {
        return Flattening.flattenType(t, A).size();
    }

    private static String plus(String base, long k) {
        if (k == 0) return base;
        return base.matches("\\d+") ? String.valueOf(Long.parseLong(base) + k) : base + " + " + k;
    }

    /**
     * The statements of a typed call of export {@code x} ({@code TypedExport} field name) with the
     * Java arguments {@code arg(i)}, at {@code indentation}; they return from the method.
     */
    void call(Function fn, String x, IntFunction<String> arg, String indentation) {
        out = new StringBuilder();
        indent = indentation;
        line(tx() + " " + X + " = " + x + ";");
        line(X + ".enter();");
        line("boolean called$ = false;");
        line("try {");
        String body = indent;
        indent = body + "    ";
        List<ValueType> pts = fn.params().stream().map(p -> vt(p.type())).toList();
        Optional<List<FlatType>> flat = Flattening.flattenTypes(pts, A, Flattening.MAX_FLAT_PARAMS);
        String args;
        if (fn.params().isEmpty()) {
            args = "";
        } else if (flat.isPresent()) {
            line("long[] a$ = new long[" + flat.get().size() + "];");
            int at = 0;
            for (int i = 0; i < fn.params().size(); i++) {
                lowerFlat(fn.params().get(i).type(), arg.apply(i), "a$", String.valueOf(at));
                at += flatCount(pts.get(i));
            }
            args = "a$";
        } else {
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) fields.add(new Field("p" + i, pts.get(i)));
            line("long sp$ = " + X + ".allocate(" + Alignment.alignmentRecord(fields, A) + ", "
                    + ElementSize.elemSizeRecord(fields, A) + ");");
            long off = 0;
            for (int i = 0; i < pts.size(); i++) {
                off = ElementSize.alignTo(off, align(pts.get(i)));
                store(fn.params().get(i).type(), arg.apply(i), plus("sp$", off));
                off += size(pts.get(i));
            }
            args = "sp$";
        }
        line("called$ = true;");
        line("long[] r$ = " + X + ".call(" + args + ");");
        String result = null;
        if (fn.result().isPresent()) {
            Type rt = fn.result().get();
            ValueType rvt = vt(rt);
            String expr;
            if (flatCount(rvt) <= Flattening.MAX_FLAT_RESULTS) {
                expr = liftFlat(rt, "r$", "0");
            } else {
                line("long rp$ = " + X + ".checkResults(" + tx() + ".u32(r$[0]), " + size(rvt) + ", " + align(rvt) + ");");
                expr = load(rt, "rp$");
            }
            result = "res$";
            line(jt.of(rt, f, false) + " res$ = " + expr + ";");
        }
        line(X + ".postReturn(r$);");
        line(X + ".leave();");
        line(result == null ? "return;" : "return " + result + ";");
        indent = body;
        line("} catch (RuntimeException | Error e$) {");
        line("    " + X + ".abort(e$, called$);");
        line("    throw e$;");
        line("}");
        f.body.append(out);
    }

    // ---- flat lowering: a Java value into core values a[at..] ----

    private void lowerFlat(Type t, String v, String a, String at) {
        Type u = jt.resolveAlias(t);
        switch (u) {
            case Type.Primitive p -> lowerFlatPrimitive(p.type(), v, a, at);
            case Type.Named n -> line(helper("lower", n.id()) + "(" + X + ", " + v + ", " + a + ", " + at + ");");
            case Type.ListOf l -> {
                String packed = storeList(l.element(), v);
                line(a + "[" + at + "] = " + packed + " >>> 32;");
                line(a + "[" + plus(at, 1) + "] = " + packed + " & 0xffffffffL;");
            }
            case Type.OptionOf o -> {
                line("if (" + v + ".isPresent()) {");
                nested(() -> {
                    line(a + "[" + at + "] = 1;");
                    String e = name("o");
                    line("var " + e + " = " + v + ".get();");
                    lowerFlat(o.type(), e, a, plus(at, 1));
                });
                line("}");
            }
            case Type.ResultOf res -> resultSwitch(u, res, v, (ok, payload) -> {
                line(a + "[" + at + "] = " + (ok ? 0 : 1) + ";");
                (ok ? res.ok() : res.err()).ifPresent(pt -> lowerFlat(pt, payload, a, plus(at, 1)));
            });
            case Type.TupleOf tu -> {
                int k = 0;
                for (int i = 0; i < tu.types().size(); i++) {
                    lowerFlat(tu.types().get(i), v + ".v" + i + "()", a, plus(at, k));
                    k += flatCount(vt(tu.types().get(i)));
                }
            }
            default -> throw new AssertionError("not on the typed path: " + u);
        }
    }

    private void lowerFlatPrimitive(PrimitiveType p, String v, String a, String at) {
        String x = switch (p) {
            case BOOL -> v + " ? 1 : 0";
            case S8, S16, S32 -> "Integer.toUnsignedLong(" + v + ")";
            case U8 -> "Byte.toUnsignedLong(" + v + ")";
            case U16 -> "Short.toUnsignedLong(" + v + ")";
            case U32 -> "Integer.toUnsignedLong(" + v + ")";
            case S64, U64 -> v;
            case F32 -> "Integer.toUnsignedLong(Float.floatToRawIntBits(" + v + "))";
            case F64 -> "Double.doubleToRawLongBits(" + v + ")";
            case CHAR -> tx() + ".lowerChar(" + v + ")";
            case STRING -> null;
            case ERROR_CONTEXT -> throw new AssertionError(p);
        };
        if (x != null) {
            line(a + "[" + at + "] = " + x + ";");
            return;
        }
        String s = name("s");
        line("long " + s + " = " + X + ".storeString(" + v + ");");
        line(a + "[" + at + "] = " + s + " >>> 32;");
        line(a + "[" + plus(at, 1) + "] = " + s + " & 0xffffffffL;");
    }

    /** Stores a list's elements into a new allocation; returns the local holding pointer and length, packed. */
    private String storeList(Type element, String v) {
        String packed = name("l");
        if (JavaTypes.isU8(element)) {
            line("long " + packed + " = " + X + ".storeBytes(" + v + ");");
            return packed;
        }
        Optional<String> bulk = bulk(element);
        if (bulk.isPresent()) {
            line("long " + packed + " = " + X + ".store" + bulk.get() + "(" + v + ");");
            return packed;
        }
        ValueType e = vt(element);
        String list = name("list");
        String n = name("n");
        String ptr = name("p");
        String i = name("i");
        line("var " + list + " = " + v + ";");
        line("int " + n + " = " + list + ".size();");
        line("long " + ptr + " = " + X + ".allocate(" + align(e) + ", (long) " + n + " * " + size(e) + ");");
        line("for (int " + i + " = 0; " + i + " < " + n + "; " + i + "++) {");
        nested(() -> {
            String el = name("e");
            line("var " + el + " = " + list + ".get(" + i + ");");
            store(element, el, ptr + " + (long) " + i + " * " + size(e));
        });
        line("}");
        line("long " + packed + " = " + ptr + " << 32 | " + n + ";");
        return packed;
    }

    /** The {@code TypedExport} methods that copy a list of this number type in one go ({@code Ints}: storeInts, loadInts). */
    private Optional<String> bulk(Type element) {
        if (!(jt.resolveAlias(element) instanceof Type.Primitive(PrimitiveType p))) return Optional.empty();
        return switch (p) {
            case S16, U16 -> Optional.of("Shorts");
            case S32, U32 -> Optional.of("Ints");
            case S64, U64 -> Optional.of("Longs");
            case F32 -> Optional.of("Floats");
            case F64 -> Optional.of("Doubles");
            default -> Optional.empty();
        };
    }

    // ---- storing: a Java value into memory at p ----

    private void store(Type t, String v, String p) {
        Type u = jt.resolveAlias(t);
        switch (u) {
            case Type.Primitive pr -> storePrimitive(pr.type(), v, p);
            case Type.Named n -> line(helper("store", n.id()) + "(" + X + ", " + v + ", " + p + ");");
            case Type.ListOf l -> {
                String packed = storeList(l.element(), v);
                line(mem() + ".writeI32(" + p + ", (int) (" + packed + " >>> 32));");
                line(mem() + ".writeI32(" + plus(p, 4) + ", (int) " + packed + ");");
            }
            case Type.OptionOf o -> {
                long off = payloadOffset(vt(u));
                line("if (" + v + ".isPresent()) {");
                nested(() -> {
                    line(mem() + ".writeI8(" + p + ", (byte) 1);");
                    String e = name("o");
                    line("var " + e + " = " + v + ".get();");
                    store(o.type(), e, plus(p, off));
                });
                line("} else {");
                nested(() -> line(mem() + ".writeI8(" + p + ", (byte) 0);"));
                line("}");
            }
            case Type.ResultOf res -> {
                long off = payloadOffset(vt(u));
                resultSwitch(u, res, v, (ok, payload) -> {
                    line(mem() + ".writeI8(" + p + ", (byte) " + (ok ? 0 : 1) + ");");
                    (ok ? res.ok() : res.err()).ifPresent(pt -> store(pt, payload, plus(p, off)));
                });
            }
            case Type.TupleOf tu -> {
                long off = 0;
                for (int i = 0; i < tu.types().size(); i++) {
                    ValueType e = vt(tu.types().get(i));
                    off = ElementSize.alignTo(off, align(e));
                    store(tu.types().get(i), v + ".v" + i + "()", plus(p, off));
                    off += size(e);
                }
            }
            default -> throw new AssertionError("not on the typed path: " + u);
        }
    }

    private void storePrimitive(PrimitiveType pt, String v, String p) {
        String w = mem();
        switch (pt) {
            case BOOL -> line(w + ".writeI8(" + p + ", (byte) (" + v + " ? 1 : 0));");
            case S8, U8 -> line(w + ".writeI8(" + p + ", " + v + ");");
            case S16, U16 -> line(w + ".writeI16(" + p + ", " + v + ");");
            case S32, U32 -> line(w + ".writeI32(" + p + ", " + v + ");");
            case S64, U64 -> line(w + ".writeI64(" + p + ", " + v + ");");
            case F32 -> line(w + ".writeF32(" + p + ", " + v + ");");
            case F64 -> line(w + ".writeF64(" + p + ", " + v + ");");
            case CHAR -> line(w + ".writeI32(" + p + ", (int) " + tx() + ".lowerChar(" + v + "));");
            case STRING -> {
                String s = name("s");
                line("long " + s + " = " + X + ".storeString(" + v + ");");
                line(w + ".writeI32(" + p + ", (int) (" + s + " >>> 32));");
                line(w + ".writeI32(" + plus(p, 4) + ", (int) " + s + ");");
            }
            case ERROR_CONTEXT -> throw new AssertionError(pt);
        }
    }

    // ---- loading: a Java value out of memory at p ----

    private String load(Type t, String p) {
        Type u = jt.resolveAlias(t);
        return switch (u) {
            case Type.Primitive pr -> loadPrimitive(pr.type(), p);
            case Type.Named n -> helper("load", n.id()) + "(" + X + ", " + p + ")";
            case Type.ListOf l -> loadList(l.element(), tx() + ".u32(" + mem() + ".readI32(" + p + "))",
                    tx() + ".u32(" + mem() + ".readI32(" + plus(p, 4) + "))");
            case Type.OptionOf o -> {
                long off = payloadOffset(vt(u));
                String res = name("opt");
                String optional = f.ref("java.util.Optional");
                line(jt.of(u, f, false) + " " + res + ";");
                line("if (" + tx() + ".discriminant(Byte.toUnsignedLong(" + mem() + ".readI8(" + p + ")), 2) == 0) {");
                nested(() -> line(res + " = " + optional + ".empty();"));
                line("} else {");
                nested(() -> line(res + " = " + optional + ".of(" + load(o.type(), plus(p, off)) + ");"));
                line("}");
                yield res;
            }
            case Type.ResultOf res -> {
                long off = payloadOffset(vt(u));
                String v = name("res");
                String resultCls = jt.support(f, "Result");
                String targs = "<" + res.ok().map(x -> jt.of(x, f, true)).orElse("Void") + ", "
                        + res.err().map(x -> jt.of(x, f, true)).orElse("Void") + ">";
                line(jt.of(u, f, false) + " " + v + ";");
                line("if (" + tx() + ".discriminant(Byte.toUnsignedLong(" + mem() + ".readI8(" + p + ")), 2) == 0) {");
                nested(() -> line(v + " = " + resultCls + "." + targs + "ok(" + res.ok().map(x -> load(x, plus(p, off))).orElse("null") + ");"));
                line("} else {");
                nested(() -> line(v + " = " + resultCls + "." + targs + "err(" + res.err().map(x -> load(x, plus(p, off))).orElse("null") + ");"));
                line("}");
                yield v;
            }
            case Type.TupleOf tu -> {
                List<String> parts = new ArrayList<>();
                long off = 0;
                for (Type e : tu.types()) {
                    ValueType ev = vt(e);
                    off = ElementSize.alignTo(off, align(ev));
                    String local = name("t");
                    line("var " + local + " = " + load(e, plus(p, off)) + ";");
                    parts.add(local);
                    off += size(ev);
                }
                yield "new " + jt.tuple(f, tu.types().size()) + "<>(" + String.join(", ", parts) + ")";
            }
            default -> throw new AssertionError("not on the typed path: " + u);
        };
    }

    private String loadList(Type element, String ptrExpr, String lenExpr) {
        String ptr = name("p");
        String n = name("n");
        line("long " + ptr + " = " + ptrExpr + ";");
        line("long " + n + " = " + lenExpr + ";");
        if (JavaTypes.isU8(element)) return X + ".loadBytes(" + ptr + ", " + n + ")";
        Optional<String> bulk = bulk(element);
        if (bulk.isPresent()) return X + ".load" + bulk.get() + "(" + ptr + ", " + n + ")";
        ValueType e = vt(element);
        line(X + ".checkRange(" + ptr + ", " + n + ", " + size(e) + ", " + align(e) + ");");
        String list = name("list");
        String i = name("i");
        line(f.ref("java.util.List") + "<" + jt.of(element, f, true) + "> " + list + " = new " + f.ref("java.util.ArrayList")
                + "<>((int) " + n + ");");
        line("for (long " + i + " = 0; " + i + " < " + n + "; " + i + "++) {");
        nested(() -> line(list + ".add(" + load(element, ptr + " + " + i + " * " + size(e)) + ");"));
        line("}");
        return f.ref("java.util.Collections") + ".unmodifiableList(" + list + ")";
    }

    private String loadPrimitive(PrimitiveType pt, String p) {
        String rd = mem();
        return switch (pt) {
            case BOOL -> "(" + rd + ".readI8(" + p + ") != 0)";
            case S8, U8 -> rd + ".readI8(" + p + ")";
            case S16, U16 -> rd + ".readI16(" + p + ")";
            case S32, U32 -> rd + ".readI32(" + p + ")";
            case S64, U64 -> rd + ".readI64(" + p + ")";
            case F32 -> tx() + ".liftF32(" + rd + ".readF32(" + p + "))";
            case F64 -> tx() + ".liftF64(" + rd + ".readF64(" + p + "))";
            case CHAR -> tx() + ".liftChar(" + rd + ".readI32(" + p + "))";
            case STRING -> {
                String s = name("str");
                line("String " + s + " = " + X + ".loadString(" + tx() + ".u32(" + rd + ".readI32(" + p + ")), " + tx()
                        + ".u32(" + rd + ".readI32(" + plus(p, 4) + ")));");
                yield s;
            }
            case ERROR_CONTEXT -> throw new AssertionError(pt);
        };
    }

    // ---- flat lifting of a single core value (results that do not spill) ----

    private String liftFlat(Type t, String a, String at) {
        Type u = jt.resolveAlias(t);
        String v = a + "[" + at + "]";
        return switch (u) {
            case Type.Primitive p -> switch (p.type()) {
                case BOOL -> "(" + v + " != 0)";
                case S8, U8 -> "(byte) " + v;
                case S16, U16 -> "(short) " + v;
                case S32, U32 -> "(int) " + v;
                case S64, U64 -> v;
                case F32 -> tx() + ".liftF32(Float.intBitsToFloat((int) " + v + "))";
                case F64 -> tx() + ".liftF64(Double.longBitsToDouble(" + v + "))";
                case CHAR -> tx() + ".liftChar(" + v + ")";
                default -> throw new AssertionError(p);
            };
            case Type.Named n -> helper("liftFlat", n.id()) + "(" + a + ", " + at + ")";
            case Type.ResultOf res -> {
                String resultCls = jt.support(f, "Result");
                yield "(" + tx() + ".discriminant(" + tx() + ".u32(" + v + "), 2) == 0 ? " + resultCls + ".<Void, Void>ok(null) : "
                        + resultCls + ".<Void, Void>err(null))";
            }
            case Type.TupleOf tu -> "new " + jt.tuple(f, 1) + "<>(" + liftFlat(tu.types().get(0), a, at) + ")";
            default -> throw new AssertionError("a single flat value of " + u);
        };
    }

    // ---- helpers of named types ----

    /** The name of helper {@code kind} of named type {@code id}, generated on first use. */
    private String helper(String kind, TypeId id) {
        TypeId def = r.definition(id);
        String name = kind + "$" + m.nestedName(def) + "$" + def.index();
        if (!helpers.members.containsKey(name) && helpers.pending.add(name)) {
            TypedCode sub = new TypedCode(m, jt, f, helpers);
            helpers.members.put(name, sub.helperBody(kind, def, name));
        }
        return name;
    }

    private String helperBody(String kind, TypeId def, String helperName) {
        out = new StringBuilder();
        indent = "        ";
        String java = f.ref(m.outerClass(def)) + "." + m.nestedName(def);
        TypeDefKind k = r.get(def).kind();
        ValueType v = r.valueType(new Type.Named(def));
        String sig = switch (kind) {
            case "load" -> "static " + java + " " + helperName + "(" + tx() + " " + X + ", long p)";
            case "store" -> "static void " + helperName + "(" + tx() + " " + X + ", " + java + " v, long p)";
            case "lower" -> "static void " + helperName + "(" + tx() + " " + X + ", " + java + " v, long[] a, int at)";
            case "liftFlat" -> "static " + java + " " + helperName + "(long[] a, int at)";
            default -> throw new AssertionError(kind);
        };
        switch (k) {
            case TypeDefKind.RecordDef rec -> recordHelper(kind, rec, java);
            case TypeDefKind.VariantDef var -> variantHelper(kind, var, java, v, def);
            case TypeDefKind.EnumDef e -> enumHelper(kind, e.cases().size(), java, v, def);
            case TypeDefKind.FlagsDef fl -> flagsHelper(kind, fl.flags().size(), java, v);
            default -> throw new AssertionError(k);
        }
        return "    private " + sig + " {\n" + out + "    }\n";
    }

    private void recordHelper(String kind, TypeDefKind.RecordDef rec, String java) {
        List<String> parts = new ArrayList<>();
        long off = 0;
        int flat = 0;
        for (TypeDefKind.Field fd : rec.fields()) {
            ValueType ev = vt(fd.type());
            String get = "v." + Names.member(fd.name()) + "()";
            off = ElementSize.alignTo(off, align(ev));
            switch (kind) {
                case "load" -> {
                    String local = name("f");
                    line("var " + local + " = " + load(fd.type(), plus("p", off)) + ";");
                    parts.add(local);
                }
                case "store" -> store(fd.type(), get, plus("p", off));
                case "lower" -> lowerFlat(fd.type(), get, "a", plus("at", flat));
                default -> parts.add(liftFlat(fd.type(), "a", plus("at", flat)));
            }
            off += size(ev);
            flat += flatCount(ev);
        }
        if (kind.equals("load") || kind.equals("liftFlat")) line("return new " + java + "(" + String.join(", ", parts) + ");");
    }

    private void variantHelper(String kind, TypeDefKind.VariantDef var, String java, ValueType v, TypeId def) {
        List<String> cases = InterfaceGen.caseNames(var, m.nestedName(def));
        int n = var.cases().size();
        long off = payloadOffset(v);
        switch (kind) {
            case "load" -> {
                line("int d = " + tx() + ".discriminant(" + readDiscriminant(n, "p") + ", " + n + ");");
                line("return switch (d) {");
                for (int i = 0; i < n; i++) {
                    TypeDefKind.Case c = var.cases().get(i);
                    if (c.type().isEmpty()) {
                        line("    case " + i + " -> new " + java + "." + cases.get(i) + "();");
                    } else {
                        line("    case " + i + " -> {");
                        String saved = indent;
                        indent = indent + "        ";
                        line("yield new " + java + "." + cases.get(i) + "(" + load(c.type().get(), plus("p", off)) + ");");
                        indent = saved;
                        line("    }");
                    }
                }
                line("    default -> throw new AssertionError(d);");
                line("};");
            }
            case "store", "lower" -> {
                line("switch (v) {");
                for (int i = 0; i < n; i++) {
                    TypeDefKind.Case c = var.cases().get(i);
                    String cv = name("c");
                    line("    case " + java + "." + cases.get(i) + " " + cv + " -> {");
                    String saved = indent;
                    indent = indent + "        ";
                    if (kind.equals("store")) {
                        writeDiscriminant(n, "p", String.valueOf(i));
                        c.type().ifPresent(pt -> store(pt, cv + ".value()", plus("p", off)));
                    } else {
                        line("a[at] = " + i + ";");
                        c.type().ifPresent(pt -> lowerFlat(pt, cv + ".value()", "a", "at + 1"));
                    }
                    indent = saved;
                    line("    }");
                }
                line("}");
            }
            default -> {
                line("int d = " + tx() + ".discriminant(" + tx() + ".u32(a[at]), " + n + ");");
                line("return switch (d) {");
                for (int i = 0; i < n; i++) line("    case " + i + " -> new " + java + "." + cases.get(i) + "();");
                line("    default -> throw new AssertionError(d);");
                line("};");
            }
        }
    }

    private void enumHelper(String kind, int n, String java, ValueType v, TypeId def) {
        String values = "VALUES$" + m.nestedName(def) + "$" + def.index();
        helpers.members.putIfAbsent(values, "    private static final " + java + "[] " + values + " = " + java + ".values();\n");
        switch (kind) {
            case "load" -> line("return " + values + "[" + tx() + ".discriminant(" + readDiscriminant(n, "p") + ", " + n + ")];");
            case "store" -> writeDiscriminant(n, "p", "v.ordinal()");
            case "lower" -> line("a[at] = v.ordinal();");
            default -> line("return " + values + "[" + tx() + ".discriminant(" + tx() + ".u32(a[at]), " + n + ")];");
        }
    }

    private void flagsHelper(String kind, int n, String java, ValueType v) {
        String enumSet = f.ref("java.util.EnumSet");
        switch (kind) {
            case "load", "liftFlat" -> {
                String bits = kind.equals("load") ? switch ((int) size(v)) {
                    case 1 -> "Byte.toUnsignedInt(" + mem() + ".readI8(p))";
                    case 2 -> "Short.toUnsignedInt(" + mem() + ".readI16(p))";
                    default -> mem() + ".readI32(p)";
                } : "(int) a[at]";
                line("int bits = " + bits + ";");
                line(enumSet + "<" + java + ".Flag> on = " + enumSet + ".noneOf(" + java + ".Flag.class);");
                line("for (" + java + ".Flag flag : " + java + ".Flag.values()) {");
                line("    if ((bits & (1 << flag.ordinal())) != 0) on.add(flag);");
                line("}");
                line("return new " + java + "(on);");
            }
            default -> {
                line("int bits = 0;");
                line("for (" + java + ".Flag flag : v.flags()) bits |= 1 << flag.ordinal();");
                if (kind.equals("lower")) {
                    line("a[at] = Integer.toUnsignedLong(bits);");
                } else {
                    switch ((int) size(v)) {
                        case 1 -> line(mem() + ".writeI8(p, (byte) bits);");
                        case 2 -> line(mem() + ".writeI16(p, (short) bits);");
                        default -> line(mem() + ".writeI32(p, bits);");
                    }
                }
            }
        }
    }

    private String readDiscriminant(int cases, String p) {
        return switch (Alignment.discriminantType(cases)) {
            case U8 -> "Byte.toUnsignedLong(" + mem() + ".readI8(" + p + "))";
            case U16 -> "Short.toUnsignedLong(" + mem() + ".readI16(" + p + "))";
            default -> tx() + ".u32(" + mem() + ".readI32(" + p + "))";
        };
    }

    private void writeDiscriminant(int cases, String p, String value) {
        switch (Alignment.discriminantType(cases)) {
            case U8 -> line(mem() + ".writeI8(" + p + ", (byte) " + value + ");");
            case U16 -> line(mem() + ".writeI16(" + p + ", (short) " + value + ");");
            default -> line(mem() + ".writeI32(" + p + ", " + value + ");");
        }
    }

    /** Where a variant's (option's, result's) payload is, after its discriminant. */
    private static long payloadOffset(ValueType v) {
        ValueType d = dev.weft.abi.Despecialization.despecialize(v);
        List<dev.weft.types.Case> cases = ((dev.weft.types.VariantType) d).cases();
        long s = ElementSize.elemSize(Alignment.discriminantType(cases.size()), A);
        return ElementSize.alignTo(s, Alignment.maxCaseAlignment(cases, A));
    }

    /** A {@code result} value dispatched on its case: {@code body(ok, payloadExpression)}. */
    private void resultSwitch(Type u, Type.ResultOf res, String v, java.util.function.BiConsumer<Boolean, String> body) {
        String resultCls = jt.support(f, "Result");
        String targs = "<" + res.ok().map(x -> jt.of(x, f, true)).orElse("Void") + ", "
                + res.err().map(x -> jt.of(x, f, true)).orElse("Void") + ">";
        String okVar = name("ok");
        String errVar = name("err");
        line("switch (" + v + ") {");
        line("    case " + resultCls + ".Ok" + targs + " " + okVar + " -> {");
        String saved = indent;
        indent = indent + "        ";
        body.accept(true, okVar + ".value()");
        indent = saved;
        line("    }");
        line("    case " + resultCls + ".Err" + targs + " " + errVar + " -> {");
        indent = indent + "        ";
        body.accept(false, errVar + ".error()");
        indent = saved;
        line("    }");
        line("}");
    }

    private void nested(Runnable r) {
        String saved = indent;
        indent = indent + "    ";
        r.run();
        indent = saved;
    }
}
