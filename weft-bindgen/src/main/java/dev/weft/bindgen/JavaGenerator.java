package dev.weft.bindgen;

import dev.weft.wit.Resolve;
import dev.weft.wit.WorldId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates Java bindings for WIT worlds: Java types for WIT types, a Java interface per WIT
 * interface, glue that links a host's implementation of imports into a {@code Linker}, and glue
 * that calls a component instance's exports. See the package documentation for the mapping.
 *
 * <pre>{@code
 * WitInput in = WitInput.load(Path.of("wit"), Optional.empty());
 * List<GeneratedFile> files = JavaGenerator.generate(in.resolve(), List.of(in.requireWorld()),
 *         JavaGenerator.Options.of("com.example.kit"));
 * for (GeneratedFile f : files) f.writeTo(Path.of("target/generated-sources/weft"));
 * }</pre>
 */
public final class JavaGenerator {
    private JavaGenerator() {}

    /**
     * @param packageName the base Java package: the world's classes and the support types go there,
     *                    each WIT package's interfaces under {@code base.namespace.name}
     * @param worldClass the Java class name of the world when one world is generated (default: the
     *                   world's name, e.g. {@code Kit} for {@code world kit})
     * @param allInterfaces also generate every interface of the packages (types, host and guest glue),
     *                      whether a world uses it or not
     * @param typed generate the typed call path for exports where possible (else values only)
     */
    public record Options(String packageName, Optional<String> worldClass, boolean allInterfaces, boolean typed) {
        public Options {
            Objects.requireNonNull(packageName, "packageName");
            if (!packageName.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
                throw new IllegalArgumentException("`" + packageName + "` is not a Java package name");
            }
            for (String seg : packageName.split("\\.")) {
                if (Names.KEYWORDS.contains(seg)) {
                    throw new IllegalArgumentException("`" + packageName + "` is not a Java package name (`" + seg
                            + "` is a keyword)");
                }
            }
            worldClass.ifPresent(c -> {
                if (!c.matches("[A-Za-z_$][A-Za-z0-9_$]*") || Names.KEYWORDS.contains(c)) {
                    throw new IllegalArgumentException("`" + c + "` is not a Java class name");
                }
            });
        }

        public static Options of(String packageName) {
            return new Options(packageName, Optional.empty(), false, true);
        }

        public Options withWorldClass(String name) {
            return new Options(packageName, Optional.of(name), allInterfaces, typed);
        }

        public Options withAllInterfaces() {
            return new Options(packageName, worldClass, true, typed);
        }

        public Options withoutTypedPath() {
            return new Options(packageName, worldClass, allInterfaces, false);
        }
    }

    /** One generated source file: its path under the source root, and its text. */
    public record GeneratedFile(String path, String content) {
        public Path writeTo(Path sourceRoot) {
            Path p = sourceRoot.resolve(path);
            try {
                Files.createDirectories(p.getParent());
                if (!Files.exists(p) || !Files.readString(p).equals(content)) Files.writeString(p, content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + p + ": " + e.getMessage(), e);
            }
            return p;
        }
    }

    /** Bindings for {@code worlds} of {@code r} (one world: its classes go in the base package). */
    public static List<GeneratedFile> generate(Resolve r, List<WorldId> worlds, Options options) {
        Model m = new Model(r, worlds, options);
        JavaTypes jt = new JavaTypes(m);
        InterfaceGen ig = new InterfaceGen(m, jt);
        ValuesGen vg = new ValuesGen(m, jt);
        HostGen hg = new HostGen(m, jt, ig);
        GuestGen gg = new GuestGen(m, jt, ig);
        WorldGen wg = new WorldGen(m, jt, ig, hg, gg);
        List<JavaFile> files = new ArrayList<>();
        for (Model.Iface info : m.ifaces.values()) {
            files.add(ig.interfaceFile(info));
            vg.file(info.pkg, info.cls, info.nested).ifPresent(files::add);
            if (info.imported) files.add(hg.file(info));
            if (info.exported) files.add(gg.file(info));
        }
        for (Model.WorldInfo w : m.worlds) {
            files.add(wg.importsFile(w));
            vg.file(w.pkg, w.importsCls, w.nested).ifPresent(files::add);
            files.add(wg.worldFile(w));
        }
        List<GeneratedFile> out = new ArrayList<>();
        for (JavaFile f : files) out.add(new GeneratedFile(f.path(), f.text()));
        out.addAll(support(options.packageName(), m));
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    private static final List<String> SUPPORT = List.of("Result", "Handles", "LinkedResources", "GuestResource",
            "GuestHandles", "BindingSupport");

    private static List<GeneratedFile> support(String pkg, Model m) {
        List<GeneratedFile> out = new ArrayList<>();
        String dir = pkg.replace('.', '/') + "/";
        for (String name : SUPPORT) {
            String text = template(name).replace("__PACKAGE__", pkg);
            out.add(new GeneratedFile(dir + name + ".java", "// Generated by weft bindgen. Do not edit: regenerate.\n" + text));
        }
        for (int n : m.tupleArities) out.add(new GeneratedFile(dir + "Tuple" + n + ".java", tuple(pkg, n)));
        return out;
    }

    private static String template(String name) {
        String resource = "support/" + name + ".java.txt";
        try (InputStream in = JavaGenerator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource dev/weft/bindgen/" + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tuple(String pkg, int n) {
        List<String> params = new ArrayList<>();
        List<String> comps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            params.add("T" + i);
            comps.add("T" + i + " v" + i);
        }
        return "// Generated by weft bindgen. Do not edit: regenerate.\n"
                + "package " + pkg + ";\n\n"
                + "/** A WIT {@code tuple} of " + n + " values. Generated by weft bindgen. */\n"
                + "public record Tuple" + n + "<" + String.join(", ", params) + ">(" + String.join(", ", comps) + ") {}\n";
    }
}
