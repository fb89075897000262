package dev.weft.bindgen;

import dev.weft.wit.Function;
import dev.weft.wit.Resolve;
import dev.weft.wit.TypeId;
import dev.weft.wit.World;
import dev.weft.wit.WorldItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The two classes of a world: {@code W}, the component instance seen from Java ({@code W.instantiate(linker,
 * component)}, one accessor per exported interface, one method per exported function), and
 * {@code WImports}, what the host provides ({@code WImports.addToLinker(linker, impl)}: the world's
 * own imported functions, and an optional implementation of each imported interface).
 */
final class WorldGen {
    private final Model m;
    private final Resolve r;
    private final JavaTypes jt;
    private final InterfaceGen ig;
    private final HostGen hg;
    private final GuestGen gg;

    WorldGen(Model m, JavaTypes jt, InterfaceGen ig, HostGen hg, GuestGen gg) {
        this.m = m;
        this.r = m.r;
        this.jt = jt;
        this.ig = ig;
        this.hg = hg;
        this.gg = gg;
    }

    String witName(Model.WorldInfo w) {
        World world = r.get(w.id);
        return r.get(world.pkg()).name().unversioned() + "/" + world.name()
                + r.get(world.pkg()).name().version().map(v -> "@" + v).orElse("");
    }

    JavaFile importsFile(Model.WorldInfo w) {
        World world = r.get(w.id);
        JavaFile f = new JavaFile(w.pkg, w.importsCls);
        ig.declareNested(f, w.nested);
        f.line("/**");
        f.line(" * What the host provides to a component of world {@code " + witName(w) + "}: its imported functions, and an");
        f.line(" * implementation of each imported interface (none by default: define those some other way, e.g. with");
        f.line(" * {@code Linker.defineUnknownImportsAsTraps}). {@link #addToLinker} puts them in a linker. Generated.");
        f.line(" */");
        f.line("public interface " + w.importsCls + " {");
        boolean first = true;
        for (TypeId t : w.nested.keySet()) {
            if (!first) f.line("");
            first = false;
            // world types: declared like an interface's (no resource functions at world level)
            ig.worldType(f, t, w.nested.get(t));
        }
        List<Function> functions = new ArrayList<>();
        for (var e : world.imports().entrySet()) {
            switch (e.getValue()) {
                case WorldItem.FunctionItem(Function fn) -> {
                    functions.add(fn);
                    if (!first) f.line("");
                    first = false;
                    f.body.append(InterfaceGen.javadoc(fn.docs(), "    ", "The import {@code " + fn.name() + "}."));
                    f.line("    " + ig.signature(f, fn, w.importMethods.get(fn.name()), 0) + ";");
                }
                case WorldItem.InterfaceItem ii -> {
                    Model.Iface info = m.ifaces.get(ii.id());
                    if (!first) f.line("");
                    first = false;
                    f.line("    /** The implementation of the import {@code " + info.instanceName + "}, if the host provides it. */");
                    f.line("    default " + f.ref("java.util.Optional") + "<" + f.ref(info.qualified()) + "> "
                            + w.importAccessors.get(ii.id()) + "() {");
                    f.line("        return " + f.ref("java.util.Optional") + ".empty();");
                    f.line("    }");
                }
                case WorldItem.TypeItem t -> { }
            }
        }
        if (!first) f.line("");
        f.line("    /** Defines in {@code linker} the functions of {@code impl} and the interfaces it provides. */");
        f.line("    static void addToLinker(" + f.ref("dev.weft.runtime.Linker") + " linker, " + w.importsCls + " impl) {");
        f.line("        " + f.ref("java.util.Objects") + ".requireNonNull(impl, \"impl\");");
        for (var e : world.imports().entrySet()) {
            if (e.getValue() instanceof WorldItem.InterfaceItem ii) {
                Model.Iface info = m.ifaces.get(ii.id());
                f.line("        impl." + w.importAccessors.get(ii.id()) + "().ifPresent(i$ -> " + f.ref(info.qualified() + "Host")
                        + ".addToLinker(linker, i$));");
            }
        }
        hg.body(f, "linker", functions, null, fn -> w.importMethods.get(fn.name()), "impl");
        f.line("    }");
        f.line("}");
        return f;
    }

    JavaFile worldFile(Model.WorldInfo w) {
        World world = r.get(w.id);
        JavaFile f = new JavaFile(w.pkg, w.cls);
        String instance = f.ref("dev.weft.runtime.Instance");
        String handles = jt.support(f, "Handles");
        f.line("/**");
        f.line(" * A component instance of world {@code " + witName(w) + "}, seen from Java: its exports as Java methods.");
        f.line(" * {@code " + w.cls + " x = " + w.cls + ".instantiate(linker, component)} after {@code " + w.importsCls
                + ".addToLinker(linker, impl)}.");
        f.line(" * Not thread-safe, like the instance. Generated.");
        f.line(" */");
        f.line("public final class " + w.cls + " {");
        f.line("    private final " + instance + " instance;");
        List<Function> functions = new ArrayList<>();
        for (var e : world.exports().entrySet()) {
            if (e.getValue() instanceof WorldItem.FunctionItem(Function fn)) functions.add(fn);
        }
        if (!functions.isEmpty()) f.line("    private final " + handles + " h$;");
        int k = 0;
        List<String[]> fields = new ArrayList<>();
        for (var e : world.exports().entrySet()) {
            switch (e.getValue()) {
                case WorldItem.InterfaceItem ii -> {
                    Model.Iface info = m.ifaces.get(ii.id());
                    f.line("    private final " + f.ref(info.qualified()) + " " + w.exportAccessors.get(ii.id()) + ";");
                }
                case WorldItem.FunctionItem(Function fn) -> {
                    String field = "f$" + k++;
                    boolean typed = m.options.typed() && TypedCode.supports(r, fn);
                    fields.add(new String[] {fn.name(), field, String.valueOf(typed)});
                    f.line("    private final " + f.ref("dev.weft.runtime.ComponentFunction") + " " + field + ";");
                    if (typed) f.line("    private final " + f.ref("dev.weft.runtime.typed.TypedExport") + " " + field + "t;");
                }
                case WorldItem.TypeItem t -> { }
            }
        }
        f.line("");
        f.line("    private " + w.cls + "(" + instance + " instance, " + handles + " host) {");
        f.line("        this.instance = instance;");
        if (!functions.isEmpty()) f.line("        this.h$ = host;");
        for (var e : world.exports().entrySet()) {
            if (e.getValue() instanceof WorldItem.InterfaceItem ii) {
                Model.Iface info = m.ifaces.get(ii.id());
                f.line("        this." + w.exportAccessors.get(ii.id()) + " = new " + f.ref(info.qualified() + "Guest")
                        + "(instance, host);");
            }
        }
        for (String[] fd : fields) {
            f.line("        this." + fd[1] + " = instance.func(" + Names.quote(fd[0]) + ").orElseThrow(() -> new IllegalArgumentException("
                    + "\"the instance does not export " + fd[0] + "\"));");
            if (fd[2].equals("true")) {
                f.line("        this." + fd[1] + "t = " + f.ref("dev.weft.runtime.typed.TypedExport") + ".bind(" + fd[1] + ").orElse(null);");
            }
        }
        f.line("    }");
        f.line("");
        f.line("    /**");
        f.line("     * Instantiates {@code component} with the imports defined in {@code linker}.");
        f.line("     *");
        f.line("     * @throws dev.weft.runtime.UnlinkableException if an import is missing or has the wrong type");
        f.line("     * @throws IllegalArgumentException if the component does not export what the world says");
        f.line("     */");
        f.line("    public static " + w.cls + " instantiate(" + f.ref("dev.weft.runtime.Linker") + " linker, "
                + f.ref("dev.weft.runtime.Component") + " component) {");
        f.line("        return new " + w.cls + "(linker.instantiate(component), " + jt.support(f, "LinkedResources") + ".of(linker));");
        f.line("    }");
        f.line("");
        f.line("    /** Binds an instance made with {@code linker} (whose host resources its exports may take). */");
        f.line("    public static " + w.cls + " of(" + f.ref("dev.weft.runtime.Linker") + " linker, " + instance + " instance) {");
        f.line("        return new " + w.cls + "(instance, " + jt.support(f, "LinkedResources") + ".of(linker));");
        f.line("    }");
        f.line("");
        f.line("    /** The instance, for what the bindings do not cover. */");
        f.line("    public " + instance + " instance() {");
        f.line("        return instance;");
        f.line("    }");
        for (var e : world.exports().entrySet()) {
            if (e.getValue() instanceof WorldItem.InterfaceItem ii) {
                Model.Iface info = m.ifaces.get(ii.id());
                String acc = w.exportAccessors.get(ii.id());
                f.line("");
                f.line("    /** The export {@code " + info.instanceName + "}. */");
                f.line("    public " + f.ref(info.qualified()) + " " + acc + "() {");
                f.line("        return " + acc + ";");
                f.line("    }");
            }
        }
        TypedCode.Helpers helpers = new TypedCode.Helpers();
        for (int i = 0; i < functions.size(); i++) {
            Function fn = functions.get(i);
            String[] fd = fields.get(i);
            f.line("");
            f.body.append(InterfaceGen.javadoc(fn.docs(), "    ", "The export {@code " + fn.name() + "}."));
            List<String> params = new ArrayList<>();
            for (int p = 0; p < fn.params().size(); p++) {
                params.add(jt.of(fn.params().get(p).type(), f, false) + " " + GuestGen.param(fn, p));
            }
            f.line("    public " + jt.result(fn.result(), f) + " " + w.exportMethods.get(fn.name()) + "("
                    + String.join(", ", params) + ") {");
            if (fd[2].equals("true")) {
                f.line("        if (" + fd[1] + "t != null) {");
                new TypedCode(m, jt, f, helpers).call(fn, fd[1] + "t", p -> GuestGen.param(fn, p), "            ");
                f.line("        }");
            }
            gg.dynamicCall(f, fn, fd[1], p -> GuestGen.param(fn, p));
            f.line("    }");
        }
        for (String member : helpers.members.values()) {
            f.line("");
            f.body.append(member);
        }
        f.line("}");
        return f;
    }
}
