package dev.weft.bindgen;

import dev.weft.wit.Resolve;
import dev.weft.wit.TypeDef;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code *Values} class of an interface (or world): for each record, variant, enum and flags
 * type it defines, its {@code ValueType} ({@code pointType(h)}) and its conversions to and from
 * runtime values ({@code fromPoint(v, h)}, {@code toPoint(x, t, h)}), which the glue of every
 * interface using the type calls.
 */
final class ValuesGen {
    private final Model m;
    private final Resolve r;
    private final JavaTypes jt;

    ValuesGen(Model m, JavaTypes jt) {
        this.m = m;
        this.r = m.r;
        this.jt = jt;
    }

    /** Empty when the owner defines no value types (only resources, or nothing). */
    java.util.Optional<JavaFile> file(String pkg, String outerCls, Map<TypeId, String> nested) {
        List<TypeId> types = nested.keySet().stream().filter(t -> !(r.get(t).kind() instanceof TypeDefKind.ResourceDef)).toList();
        if (types.isEmpty()) return java.util.Optional.empty();
        JavaFile f = new JavaFile(pkg, outerCls + "Values");
        f.line("/** Runtime values of the types of {@link " + outerCls + "}: their types and conversions. Generated glue. */");
        f.line("public final class " + outerCls + "Values {");
        f.line("    private " + outerCls + "Values() {}");
        for (TypeId t : types) {
            f.line("");
            methods(f, t, f.ref(pkg + "." + outerCls) + "." + nested.get(t));
        }
        f.line("}");
        return java.util.Optional.of(f);
    }

    private void methods(JavaFile f, TypeId id, String javaType) {
        TypeDef d = r.get(id);
        ValueCode vc = new ValueCode(m, jt, f, "h");
        String value = f.ref("dev.weft.runtime.value.Value");
        String valueType = f.ref("dev.weft.types.ValueType");
        String handles = jt.support(f, "Handles");
        String name = m.nestedName(id);
        f.line("    public static " + valueType + " " + Names.member(d.name() + "-type") + "(" + handles + " h) {");
        f.line("        return " + typeOf(f, d.kind(), vc) + ";");
        f.line("    }");
        f.line("");
        f.line("    public static " + javaType + " from" + name + "(" + value + " v, " + handles + " h) {");
        from(f, d.kind(), javaType, name, vc);
        f.line("    }");
        f.line("");
        f.line("    public static " + value + " to" + name + "(" + javaType + " x, " + valueType + " t, " + handles + " h) {");
        f.line("        " + f.ref("java.util.Objects") + ".requireNonNull(x, " + Names.quote(d.name()) + ");");
        to(f, d.kind(), javaType, name, vc);
        f.line("    }");
    }

    private String typeOf(JavaFile f, TypeDefKind k, ValueCode vc) {
        String list = f.ref("java.util.List");
        return switch (k) {
            case TypeDefKind.RecordDef rec -> "new " + f.ref("dev.weft.types.RecordType") + "(" + list + ".of("
                    + String.join(", ", rec.fields().stream().map(fd -> "new " + f.ref("dev.weft.types.Field") + "("
                    + Names.quote(fd.name()) + ", " + vc.typeExpr(fd.type()) + ")").toList()) + "))";
            case TypeDefKind.VariantDef v -> "new " + f.ref("dev.weft.types.VariantType") + "(" + list + ".of("
                    + String.join(", ", v.cases().stream().map(c -> "new " + f.ref("dev.weft.types.Case") + "("
                    + Names.quote(c.name()) + ", " + c.type().map(t -> f.ref("java.util.Optional") + ".of(" + vc.typeExpr(t) + ")")
                    .orElse(f.ref("java.util.Optional") + ".empty()") + ")").toList()) + "))";
            case TypeDefKind.EnumDef e -> "new " + f.ref("dev.weft.types.EnumType") + "(" + list + ".of("
                    + String.join(", ", e.cases().stream().map(c -> Names.quote(c.name())).toList()) + "))";
            case TypeDefKind.FlagsDef fl -> "new " + f.ref("dev.weft.types.FlagsType") + "(" + list + ".of("
                    + String.join(", ", fl.flags().stream().map(c -> Names.quote(c.name())).toList()) + "))";
            default -> throw new AssertionError(k);
        };
    }

    private void from(JavaFile f, TypeDefKind k, String javaType, String name, ValueCode vc) {
        switch (k) {
            case TypeDefKind.RecordDef rec -> {
                f.line("        " + f.ref("dev.weft.runtime.value.RecordValue") + " rv = (" + f.ref("dev.weft.runtime.value.RecordValue") + ") v;");
                List<String> args = new ArrayList<>();
                for (int i = 0; i < rec.fields().size(); i++) args.add(vc.from(rec.fields().get(i).type(), "rv.values().get(" + i + ")"));
                f.line("        return new " + javaType + "(" + String.join(", ", args) + ");");
            }
            case TypeDefKind.VariantDef v -> {
                List<String> cases = InterfaceGen.caseNames(v, name);
                String vv = f.ref("dev.weft.runtime.value.VariantValue");
                f.line("        " + vv + " vv = (" + vv + ") v;");
                f.line("        return switch (vv.caseIndex()) {");
                for (int i = 0; i < v.cases().size(); i++) {
                    String payload = v.cases().get(i).type().map(t -> vc.from(t, "vv.payload().orElseThrow()")).orElse("");
                    f.line("            case " + i + " -> new " + javaType + "." + cases.get(i) + "(" + payload + ");");
                }
                f.line("            default -> throw new IllegalStateException(\"case \" + vv.caseIndex() + \" of " + name + "\");");
                f.line("        };");
            }
            case TypeDefKind.EnumDef e -> f.line("        return " + javaType + ".values()[((" + f.ref("dev.weft.runtime.value.EnumValue")
                    + ") v).index()];");
            case TypeDefKind.FlagsDef fl -> {
                String fv = f.ref("dev.weft.runtime.value.FlagsValue");
                String enumSet = f.ref("java.util.EnumSet");
                f.line("        " + fv + " fv = (" + fv + ") v;");
                f.line("        " + enumSet + "<" + javaType + ".Flag> on = " + enumSet + ".noneOf(" + javaType + ".Flag.class);");
                f.line("        for (String n : fv.flags()) on.add(" + javaType + ".Flag.values()[fv.type().names().indexOf(n)]);");
                f.line("        return new " + javaType + "(on);");
            }
            default -> throw new AssertionError(k);
        }
    }

    private void to(JavaFile f, TypeDefKind k, String javaType, String name, ValueCode vc) {
        switch (k) {
            case TypeDefKind.RecordDef rec -> {
                String rt = f.ref("dev.weft.types.RecordType");
                f.line("        " + rt + " rt = (" + rt + ") t;");
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < rec.fields().size(); i++) {
                    parts.add(vc.to(rec.fields().get(i).type(), "x." + Names.member(rec.fields().get(i).name()) + "()",
                            "rt.fields().get(" + i + ").type()"));
                }
                f.line("        return new " + f.ref("dev.weft.runtime.value.RecordValue") + "(rt, " + f.ref("java.util.List") + ".of("
                        + String.join(", ", parts) + "));");
            }
            case TypeDefKind.VariantDef v -> {
                List<String> cases = InterfaceGen.caseNames(v, name);
                String vt = f.ref("dev.weft.types.VariantType");
                String vv = f.ref("dev.weft.runtime.value.VariantValue");
                String opt = f.ref("java.util.Optional");
                f.line("        " + vt + " vt = (" + vt + ") t;");
                f.line("        return switch (x) {");
                for (int i = 0; i < v.cases().size(); i++) {
                    final int index = i;
                    String payload = v.cases().get(i).type()
                            .map(ty -> opt + ".of(" + vc.to(ty, "c.value()", "vt.cases().get(" + index + ").type().orElseThrow()") + ")")
                            .orElse(opt + ".empty()");
                    f.line("            case " + javaType + "." + cases.get(i) + " c -> new " + vv + "(vt, " + i + ", " + payload + ");");
                }
                f.line("        };");
            }
            case TypeDefKind.EnumDef e -> f.line("        return new " + f.ref("dev.weft.runtime.value.EnumValue") + "(("
                    + f.ref("dev.weft.types.EnumType") + ") t, x.ordinal());");
            case TypeDefKind.FlagsDef fl -> {
                String ft = f.ref("dev.weft.types.FlagsType");
                String set = f.ref("java.util.Set");
                f.line("        " + ft + " ft = (" + ft + ") t;");
                f.line("        " + set + "<String> on = new " + f.ref("java.util.HashSet") + "<>();");
                f.line("        for (" + javaType + ".Flag flag : x.flags()) on.add(ft.names().get(flag.ordinal()));");
                f.line("        return new " + f.ref("dev.weft.runtime.value.FlagsValue") + "(ft, on);");
            }
            default -> throw new AssertionError(k);
        }
    }
}
