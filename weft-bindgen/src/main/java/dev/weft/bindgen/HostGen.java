package dev.weft.bindgen;

import dev.weft.wit.Function;
import dev.weft.wit.FunctionKind;
import dev.weft.wit.Interface;
import dev.weft.wit.Resolve;
import dev.weft.wit.TypeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The glue of imports: {@code *Host.addToLinker(linker, impl)} defines, in a {@code Linker}, each
 * function of an interface as a host function calling the Java implementation, and the interface's
 * resources as host resource types whose handles stand for the implementation's objects. Host
 * functions receive and return runtime values (the linker's only interface); the glue converts them
 * to and from the Java types with {@link ValueCode}.
 */
final class HostGen {
    private final Model m;
    private final Resolve r;
    private final JavaTypes jt;
    private final InterfaceGen ig;

    HostGen(Model m, JavaTypes jt, InterfaceGen ig) {
        this.m = m;
        this.r = m.r;
        this.jt = jt;
        this.ig = ig;
    }

    JavaFile file(Model.Iface info) {
        Interface i = r.get(info.id);
        JavaFile f = new JavaFile(info.pkg, info.cls + "Host");
        String iface = f.ref(info.qualified());
        f.line("/**");
        f.line(" * Links a Java implementation of {@link " + info.cls + "} as the import {@code " + info.instanceName + "}:");
        f.line(" * {@code " + info.cls + "Host.addToLinker(linker, impl)}. Generated glue.");
        f.line(" */");
        f.line("public final class " + info.cls + "Host {");
        f.line("    private " + info.cls + "Host() {}");
        f.line("");
        f.line("    /**");
        f.line("     * Defines the functions and resources of {@code " + info.instanceName + "} in {@code linker}, calling");
        f.line("     * {@code impl}; resources it uses from other interfaces are defined too, once per linker.");
        f.line("     */");
        f.line("    public static void addToLinker(" + f.ref("dev.weft.runtime.Linker") + " linker, " + iface + " impl) {");
        f.line("        " + f.ref("java.util.Objects") + ".requireNonNull(impl, \"impl\");");
        body(f, "linker.instance(" + Names.quote(info.instanceName) + ")", i.functions().values(), info,
                fn -> info.methods.get(fn.name()), "impl");
        f.line("    }");
        f.line("}");
        return f;
    }

    /**
     * Statements defining {@code functions} in the linker instance {@code instanceExpr} (or the
     * linker's root for world functions), calling the implementation {@code impl}.
     */
    void body(JavaFile f, String instanceExpr, Collection<Function> functions, Model.Iface info,
              java.util.function.Function<Function, String> methodNames, String impl) {
        String linked = jt.support(f, "LinkedResources");
        f.line("        " + linked + " h$ = " + linked + ".of(linker);");
        List<TypeId> resources = new ArrayList<>();
        if (info != null) {
            for (TypeId t : r.get(info.id).types().values()) {
                if (r.isResource(t) && r.definition(t).equals(t)) resources.add(t);
            }
        }
        for (TypeId t : m.resourcesOf(functions)) if (!resources.contains(t)) resources.add(t);
        for (TypeId t : resources) {
            f.line("        h$.define(" + Names.quote(m.resourceInstance(t)) + ", " + Names.quote(r.get(t).name()) + ", "
                    + jt.resource(t, f) + ".class);");
        }
        if (functions.isEmpty()) return;
        f.line("        var li$ = " + instanceExpr + ";");
        int k = 0;
        for (Function fn : functions) {
            function(f, fn, "ft$" + (k++), methodNames.apply(fn), impl);
        }
    }

    private void function(JavaFile f, Function fn, String typeVar, String method, String impl) {
        ValueCode vc = new ValueCode(m, jt, f, "h$");
        String ft = f.ref("dev.weft.types.FuncType");
        f.line("        " + ft + " " + typeVar + " = " + funcType(f, fn, vc) + ";");
        f.line("        li$.func(" + Names.quote(fn.name()) + ", " + typeVar + ", args$ -> {");
        List<String> args = new ArrayList<>();
        int skip = fn.kind() instanceof FunctionKind.Method ? 1 : 0;
        for (int i = skip; i < fn.params().size(); i++) args.add(vc.from(fn.params().get(i).type(), "args$.get(" + i + ")"));
        String target = skip == 1 ? "(" + vc.from(fn.params().get(0).type(), "args$.get(0)") + ")" : impl;
        String call = target + "." + method + "(" + String.join(", ", args) + ")";
        String opt = f.ref("java.util.Optional");
        if (fn.result().isEmpty()) {
            f.line("            " + call + ";");
            f.line("            return " + opt + ".empty();");
        } else {
            f.line("            " + jt.of(fn.result().get(), f, false) + " r$ = " + call + ";");
            f.line("            return " + opt + ".of(" + vc.to(fn.result().get(), "r$", typeVar + ".result().orElseThrow()") + ");");
        }
        f.line("        });");
    }

    /** An expression building the function's {@code FuncType}. */
    String funcType(JavaFile f, Function fn, ValueCode vc) {
        List<String> params = new ArrayList<>();
        for (Function.Param p : fn.params()) {
            params.add("new " + f.ref("dev.weft.types.Field") + "(" + Names.quote(p.name()) + ", " + vc.typeExpr(p.type()) + ")");
        }
        String opt = f.ref("java.util.Optional");
        String result = fn.result().map(t -> opt + ".of(" + vc.typeExpr(t) + ")").orElse(opt + ".empty()");
        return "new " + f.ref("dev.weft.types.FuncType") + "(" + fn.async() + ", " + f.ref("java.util.List") + ".of("
                + String.join(", ", params) + "), " + result + ")";
    }
}
