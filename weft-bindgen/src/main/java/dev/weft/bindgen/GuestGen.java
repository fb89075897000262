package dev.weft.bindgen;

import dev.weft.wit.Function;
import dev.weft.wit.FunctionKind;
import dev.weft.wit.Interface;
import dev.weft.wit.Resolve;
import dev.weft.wit.TypeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The glue of exports: {@code *Guest}, an implementation of the interface's Java interface that
 * calls the functions a component instance exports, and one handle class per resource the
 * interface defines ({@code GuestResource}s implementing the resource's Java interface).
 *
 * <p>Each function takes the typed path when {@link TypedCode} can lower its parameters and lift
 * its result straight between Java and the guest's memory (no runtime values in between), and the
 * runtime exposes the export's core function; otherwise it calls the export with runtime values.
 */
final class GuestGen {
    private final Model m;
    private final Resolve r;
    private final JavaTypes jt;
    private final InterfaceGen ig;

    GuestGen(Model m, JavaTypes jt, InterfaceGen ig) {
        this.m = m;
        this.r = m.r;
        this.jt = jt;
        this.ig = ig;
    }

    /** One exported function: its WIT function, Java method, and field names in the glue class. */
    record Export(Function fn, String method, String field, boolean typed) {}

    JavaFile file(Model.Iface info) {
        Interface i = r.get(info.id);
        JavaFile f = new JavaFile(info.pkg, info.cls + "Guest");
        String cls = info.cls + "Guest";
        ig.declareNested(f, Map.of());
        List<TypeId> resources = new ArrayList<>();
        for (TypeId t : i.types().values()) {
            if (r.isResource(t) && r.definition(t).equals(t)) resources.add(t);
        }
        Map<TypeId, String> handleClasses = new LinkedHashMap<>();
        for (TypeId t : resources) {
            String n = info.nested.get(t) + "Handle";
            handleClasses.put(t, n);
            f.declare(n);
        }
        List<Export> exports = new ArrayList<>();
        int k = 0;
        for (Function fn : i.functions().values()) {
            exports.add(new Export(fn, info.methods.get(fn.name()), "f$" + k++, m.options.typed() && TypedCode.supports(r, fn)));
        }
        String iface = f.ref(info.qualified());
        f.line("/**");
        f.line(" * The export {@code " + info.instanceName + "} of a component instance, as a {@link " + info.cls + "}: each");
        f.line(" * method calls the guest. Not thread-safe, like the instance. Generated glue.");
        f.line(" */");
        f.line("public final class " + cls + " implements " + iface + " {");
        fields(f, exports);
        constructor(f, cls, info, exports, handleClasses);
        TypedCode.Helpers helpers = new TypedCode.Helpers();
        for (Export e : exports) {
            f.line("");
            method(f, info, e, helpers);
        }
        for (String member : helpers.members.values()) {
            f.line("");
            f.body.append(member);
        }
        for (var e : handleClasses.entrySet()) {
            f.line("");
            handleClass(f, cls, info, e.getKey(), e.getValue(), exports);
        }
        f.line("}");
        return f;
    }

    private void fields(JavaFile f, List<Export> exports) {
        f.line("    private final " + jt.support(f, "Handles") + " h$;");
        for (Export e : exports) {
            f.line("    /** {@code " + e.fn().name() + "}. */");
            f.line("    private final " + f.ref("dev.weft.runtime.ComponentFunction") + " " + e.field() + ";");
            if (e.typed()) f.line("    private final " + f.ref("dev.weft.runtime.typed.TypedExport") + " " + e.field() + "t;");
        }
    }

    private void constructor(JavaFile f, String cls, Model.Iface info, List<Export> exports, Map<TypeId, String> handles) {
        String instance = f.ref("dev.weft.runtime.Instance");
        f.line("");
        f.line("    /**");
        f.line("     * Binds the export {@code " + info.instanceName + "} of {@code instance}; {@code host} converts the handles");
        f.line("     * of host resources (usually the linker's {@code LinkedResources}).");
        f.line("     *");
        f.line("     * @throws IllegalArgumentException if the instance does not export one of the functions");
        f.line("     */");
        f.line("    public " + cls + "(" + instance + " instance, " + jt.support(f, "Handles") + " host) {");
        List<String> entries = new ArrayList<>();
        for (var e : handles.entrySet()) {
            entries.add(f.ref("java.util.Map") + ".entry(" + Names.quote(m.resourceKey(e.getKey())) + ", own$ -> new "
                    + e.getValue() + "(this, own$))");
        }
        String factories = entries.isEmpty() ? f.ref("java.util.Map") + ".of()"
                : f.ref("java.util.Map") + ".ofEntries(" + String.join(", ", entries) + ")";
        f.line("        this.h$ = new " + jt.support(f, "GuestHandles") + "(host, " + factories + ");");
        for (Export e : exports) {
            f.line("        this." + e.field() + " = instance.func(" + Names.quote(info.instanceName) + ", " + Names.quote(e.fn().name())
                    + ").orElseThrow(() -> new IllegalArgumentException(\"the instance does not export "
                    + info.instanceName.replace("\"", "") + "#" + e.fn().name() + "\"));");
            if (e.typed()) {
                f.line("        this." + e.field() + "t = " + f.ref("dev.weft.runtime.typed.TypedExport") + ".bind(" + e.field()
                        + ").orElse(null);");
            }
        }
        f.line("    }");
    }

    /** The method implementing the interface's method (for a resource method: a package-private one the handle calls). */
    private void method(JavaFile f, Model.Iface info, Export e, TypedCode.Helpers helpers) {
        Function fn = e.fn();
        boolean isMethod = fn.kind() instanceof FunctionKind.Method;
        String name = isMethod ? e.field() + "m" : e.method();
        List<String> params = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            params.add(jt.of(fn.params().get(i).type(), f, false) + " " + param(fn, i));
        }
        String result = jt.result(fn.result(), f);
        if (!isMethod) f.line("    @Override");
        f.line("    " + (isMethod ? "" : "public ") + result + " " + name + "(" + String.join(", ", params) + ") {");
        if (e.typed()) {
            f.line("        if (" + e.field() + "t != null) {");
            new TypedCode(m, jt, f, helpers).call(fn, e.field() + "t", i -> param(fn, i), "            ");
            f.line("        }");
        }
        dynamicCall(f, fn, e.field(), i -> param(fn, i));
        f.line("    }");
    }

    /** A parameter's Java name: the WIT name, or {@code self} for a method's receiver. */
    static String param(Function fn, int i) {
        return Names.member(fn.params().get(i).name());
    }

    /** A call with runtime values: arguments converted, the export called, the result converted. */
    void dynamicCall(JavaFile f, Function fn, String field, java.util.function.IntFunction<String> arg) {
        ValueCode vc = new ValueCode(m, jt, f, "h$");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            args.add(vc.to(fn.params().get(i).type(), arg.apply(i), field + ".type().params().get(" + i + ").type()"));
        }
        String call = field + ".call(" + String.join(", ", args) + ")";
        if (fn.result().isEmpty()) {
            f.line("        " + call + ";");
        } else {
            f.line("        " + f.ref("dev.weft.runtime.value.Value") + " r$ = " + call + ".orElseThrow();");
            f.line("        return " + vc.from(fn.result().get(), "r$") + ";");
        }
    }

    private void handleClass(JavaFile f, String guestCls, Model.Iface info, TypeId resource, String cls, List<Export> exports) {
        String iface = f.ref(info.qualified()) + "." + info.nested.get(resource);
        f.line("    /** A {@code " + r.get(resource).name() + "} of the guest, held by the host: close it to drop it. */");
        f.line("    static final class " + cls + " extends " + jt.support(f, "GuestResource") + " implements " + iface + " {");
        f.line("        private final " + guestCls + " g$;");
        f.line("");
        f.line("        " + cls + "(" + guestCls + " g$, " + f.ref("dev.weft.runtime.value.OwnHandle") + " own$) {");
        f.line("            super(own$);");
        f.line("            this.g$ = g$;");
        f.line("        }");
        for (Export e : exports) {
            if (!(e.fn().kind() instanceof FunctionKind.Method mt) || !r.definition(mt.resource()).equals(resource)) continue;
            Function fn = e.fn();
            List<String> params = new ArrayList<>();
            List<String> args = new ArrayList<>(List.of("this"));
            for (int i = 1; i < fn.params().size(); i++) {
                params.add(jt.of(fn.params().get(i).type(), f, false) + " " + param(fn, i));
                args.add(param(fn, i));
            }
            f.line("");
            f.line("        @Override");
            f.line("        public " + jt.result(fn.result(), f) + " " + e.method() + "(" + String.join(", ", params) + ") {");
            f.line("            " + (fn.result().isEmpty() ? "" : "return ") + "g$." + e.field() + "m(" + String.join(", ", args) + ");");
            f.line("        }");
        }
        f.line("    }");
    }
}
