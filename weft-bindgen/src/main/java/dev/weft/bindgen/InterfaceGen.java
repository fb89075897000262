package dev.weft.bindgen;

import dev.weft.wit.Docs;
import dev.weft.wit.Function;
import dev.weft.wit.FunctionKind;
import dev.weft.wit.Interface;
import dev.weft.wit.Resolve;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDef;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java side of one WIT interface: a Java interface with its types nested (records, enums,
 * flags, variants as sealed interfaces, resources as interfaces) and its functions as abstract
 * methods, which the host implements for an import and the generated guest proxy for an export;
 * and its {@code *Values} class, converting each named type to and from runtime values.
 */
final class InterfaceGen {
    private final Model m;
    private final Resolve r;
    private final JavaTypes jt;

    InterfaceGen(Model m, JavaTypes jt) {
        this.m = m;
        this.r = m.r;
        this.jt = jt;
    }

    /** Javadoc for {@code docs} (and extra lines), indented; empty for none. */
    static String javadoc(Docs docs, String indent, String... extra) {
        List<String> lines = new ArrayList<>();
        docs.contents().ifPresent(c -> lines.addAll(List.of(Names.javadoc(c).split("\n", -1))));
        for (String e : extra) {
            if (!lines.isEmpty()) lines.add("");
            lines.add(e);
        }
        if (lines.isEmpty()) return "";
        if (lines.size() == 1) return indent + "/** " + lines.get(0).strip() + " */\n";
        StringBuilder sb = new StringBuilder(indent).append("/**\n");
        for (String l : lines) sb.append(indent).append(" *").append(l.isBlank() ? "" : " " + l.strip()).append('\n');
        return sb.append(indent).append(" */\n").toString();
    }

    JavaFile interfaceFile(Model.Iface info) {
        Interface i = r.get(info.id);
        JavaFile f = new JavaFile(info.pkg, info.cls);
        declareNested(f, info.nested);
        String what = m.r.interfaceName(info.id).map(n -> "{@code " + n + "}").orElse("inline interface {@code " + info.instanceName + "}");
        f.body.append(javadoc(i.docs(), "", "The WIT interface " + what + ": implemented by the host where it is imported,"
                + " by a component instance where it is exported."));
        f.line("public interface " + info.cls + " {");
        Map<Optional<TypeId>, List<Function>> byResource = Model.byResource(i);
        boolean first = true;
        for (TypeId t : i.types().values()) {
            if (!Model.declares(r.get(t))) continue;
            if (!first) f.line("");
            first = false;
            typeDecl(f, t, info.nested.get(t), byResource.getOrDefault(Optional.of(t), List.of()), info);
        }
        for (Function fn : i.functions().values()) {
            if (fn.kind() instanceof FunctionKind.Method) continue;
            if (!first) f.line("");
            first = false;
            f.body.append(javadoc(fn.docs(), "    "));
            f.line("    " + signature(f, fn, info.methods.get(fn.name()), 0) + ";");
        }
        f.line("}");
        return f;
    }

    /** Nested type names are in scope in the file: imports must not take them (nor variant cases' names). */
    void declareNested(JavaFile f, Map<TypeId, String> nested) {
        for (var e : nested.entrySet()) {
            f.declare(e.getValue());
            if (r.get(e.getKey()).kind() instanceof TypeDefKind.VariantDef v) {
                for (String c : caseNames(v, e.getValue())) f.declare(c);
            }
            if (r.get(e.getKey()).kind() instanceof TypeDefKind.FlagsDef) f.declare("Flag");
        }
    }

    /** {@code R name(params)} of a function, leaving out the first {@code skip} parameters. */
    String signature(JavaFile f, Function fn, String name, int skip) {
        List<String> params = new ArrayList<>();
        for (int k = skip; k < fn.params().size(); k++) {
            Function.Param p = fn.params().get(k);
            params.add(jt.of(p.type(), f, false) + " " + Names.member(p.name()));
        }
        return jt.result(fn.result(), f) + " " + name + "(" + String.join(", ", params) + ")";
    }

    static List<String> caseNames(TypeDefKind.VariantDef v, String variant) {
        List<String> out = new ArrayList<>();
        for (TypeDefKind.Case c : v.cases()) {
            String n = Names.type(c.name());
            while (n.equals(variant) || out.contains(n)) n = n + "_";
            out.add(n);
        }
        return out;
    }

    /** A type a world defines, nested in the world's imports interface. */
    void worldType(JavaFile f, TypeId id, String name) {
        typeDecl(f, id, name, List.of(), null);
    }

    private void typeDecl(JavaFile f, TypeId id, String name, List<Function> resourceFunctions, Model.Iface info) {
        TypeDef d = r.get(id);
        String in = "    ";
        f.body.append(javadoc(d.docs(), in, "WIT {@code " + kindWord(d.kind()) + " " + d.name() + "}."));
        switch (d.kind()) {
            case TypeDefKind.RecordDef rec -> record(f, name, rec, in);
            case TypeDefKind.VariantDef v -> variant(f, name, v, in);
            case TypeDefKind.EnumDef e -> {
                f.line(in + "enum " + name + " {");
                List<String> cs = new ArrayList<>();
                for (TypeDefKind.EnumCase c : e.cases()) cs.add(javadoc(c.docs(), in + "    ") + in + "    " + Names.constant(c.name()));
                f.body.append(String.join(",\n", cs)).append('\n');
                f.line(in + "}");
            }
            case TypeDefKind.FlagsDef fl -> flags(f, name, fl, in);
            case TypeDefKind.ResourceDef res -> resource(f, name, resourceFunctions, info, in);
            case TypeDefKind.AliasDef a -> throw new AssertionError("aliases declare no type");
        }
    }

    private static String kindWord(TypeDefKind k) {
        return switch (k) {
            case TypeDefKind.RecordDef x -> "record";
            case TypeDefKind.VariantDef x -> "variant";
            case TypeDefKind.EnumDef x -> "enum";
            case TypeDefKind.FlagsDef x -> "flags";
            case TypeDefKind.ResourceDef x -> "resource";
            case TypeDefKind.AliasDef x -> "type";
        };
    }

    private void record(JavaFile f, String name, TypeDefKind.RecordDef rec, String in) {
        List<String> comps = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (TypeDefKind.Field fd : rec.fields()) {
            String t = jt.of(fd.type(), f, false);
            String n = Names.member(fd.name());
            comps.add(t + " " + n);
            if (!isPrimitive(t)) checks.add(in + "        " + f.ref("java.util.Objects") + ".requireNonNull(" + n + ", " + Names.quote(n) + ");");
        }
        if (checks.isEmpty()) {
            f.line(in + "record " + name + "(" + String.join(", ", comps) + ") {}");
            return;
        }
        f.line(in + "record " + name + "(" + String.join(", ", comps) + ") {");
        f.line(in + "    public " + name + " {");
        checks.forEach(f::line);
        f.line(in + "    }");
        f.line(in + "}");
    }

    static boolean isPrimitive(String javaType) {
        return javaType.equals("boolean") || javaType.equals("byte") || javaType.equals("short") || javaType.equals("int")
                || javaType.equals("long") || javaType.equals("float") || javaType.equals("double");
    }

    private void variant(JavaFile f, String name, TypeDefKind.VariantDef v, String in) {
        List<String> cases = caseNames(v, name);
        List<String> permits = cases.stream().map(c -> name + "." + c).toList();
        f.line(in + "sealed interface " + name + " permits " + String.join(", ", permits) + " {");
        for (int k = 0; k < v.cases().size(); k++) {
            TypeDefKind.Case c = v.cases().get(k);
            f.body.append(javadoc(c.docs(), in + "    ", "Case {@code " + c.name() + "}."));
            if (c.type().isEmpty()) {
                f.line(in + "    record " + cases.get(k) + "() implements " + name + " {}");
            } else {
                String t = jt.of(c.type().get(), f, false);
                if (isPrimitive(t)) {
                    f.line(in + "    record " + cases.get(k) + "(" + t + " value) implements " + name + " {}");
                } else {
                    f.line(in + "    record " + cases.get(k) + "(" + t + " value) implements " + name + " {");
                    f.line(in + "        public " + cases.get(k) + " {");
                    f.line(in + "            " + f.ref("java.util.Objects") + ".requireNonNull(value, \"value\");");
                    f.line(in + "        }");
                    f.line(in + "    }");
                }
            }
        }
        f.line(in + "}");
    }

    private void flags(JavaFile f, String name, TypeDefKind.FlagsDef fl, String in) {
        String set = f.ref("java.util.Set");
        String enumSet = f.ref("java.util.EnumSet");
        f.line(in + "record " + name + "(" + set + "<Flag> flags) {");
        f.line(in + "    /** The flags, each on or off. */");
        f.line(in + "    public enum Flag {");
        List<String> cs = new ArrayList<>();
        for (TypeDefKind.Flag c : fl.flags()) cs.add(javadoc(c.docs(), in + "        ") + in + "        " + Names.constant(c.name()));
        f.body.append(String.join(",\n", cs)).append('\n');
        f.line(in + "    }");
        f.line("");
        f.line(in + "    /** The flags in {@code flags} on, the others off (an unmodifiable copy). */");
        f.line(in + "    public " + name + " {");
        f.line(in + "        " + enumSet + "<Flag> copy = " + enumSet + ".noneOf(Flag.class);");
        f.line(in + "        copy.addAll(flags);");
        f.line(in + "        flags = " + f.ref("java.util.Collections") + ".unmodifiableSet(copy);");
        f.line(in + "    }");
        f.line("");
        f.line(in + "    public static " + name + " of(Flag... flags) {");
        f.line(in + "        return new " + name + "(" + f.ref("java.util.List") + ".of(flags).isEmpty() ? " + enumSet
                + ".noneOf(Flag.class) : " + enumSet + ".copyOf(" + f.ref("java.util.List") + ".of(flags)));");
        f.line(in + "    }");
        f.line("");
        f.line(in + "    public boolean has(Flag flag) {");
        f.line(in + "        return flags.contains(flag);");
        f.line(in + "    }");
        f.line(in + "}");
    }

    private void resource(JavaFile f, String name, List<Function> functions, Model.Iface info, String in) {
        f.line(in + "interface " + name + " extends AutoCloseable {");
        for (Function fn : functions) {
            if (!(fn.kind() instanceof FunctionKind.Method)) continue;
            f.body.append(javadoc(fn.docs(), in + "    "));
            f.line(in + "    " + signature(f, fn, info.methods.get(fn.name()), 1) + ";");
            f.line("");
        }
        f.line(in + "    /**");
        f.line(in + "     * Called once the resource is dropped: by the guest (for a host's resource), or by the host");
        f.line(in + "     * (for a guest's: the guest's destructor runs).");
        f.line(in + "     */");
        f.line(in + "    @Override");
        f.line(in + "    default void close() {}");
        f.line(in + "}");
    }
}
