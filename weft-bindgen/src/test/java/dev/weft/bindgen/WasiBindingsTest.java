package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wit.Resolve;
import dev.weft.wit.Wit;
import dev.weft.wit.WitOptions;
import dev.weft.wit.WorldId;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bindings for every package of {@code shared/wit/wasi-0.2.12} and {@code wasi-0.3.0} (every world,
 * and every interface both as an import and as an export) compile with {@code javac}, warnings as
 * errors ({@code -Xlint:all -Werror}).
 */
class WasiBindingsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"wasi-0.2.12", "wasi-0.3.0"})
    void everyPackageCompiles(String set) throws IOException {
        Resolve r = Wit.resolvePackages(packageDirs(Golden.shared().resolve("wit").resolve(set)), WitOptions.DEFAULT);
        List<WorldId> worlds = new ArrayList<>();
        for (int i = 0; i < r.worlds().size(); i++) worlds.add(new WorldId(i));
        String pkg = "wasi.bindings.v" + set.substring("wasi-".length()).replace('.', '_');
        List<JavaGenerator.GeneratedFile> files = JavaGenerator.generate(r, worlds,
                JavaGenerator.Options.of(pkg).withAllInterfaces());
        Path src = tmp.resolve("src");
        List<Path> paths = new ArrayList<>();
        for (JavaGenerator.GeneratedFile f : files) paths.add(f.writeTo(src));
        Compiled c = compile(paths, tmp.resolve("classes"));
        System.out.printf("%s: %d packages, %d interfaces, %d worlds -> %d Java files, %d Java types (%d lines)%n", set,
                r.packages().size(), r.interfaces().size(), r.worlds().size(), files.size(), c.types(), lines(files));
        assertTrue(c.ok(), c.diagnostics());
        assertEquals(r.interfaces().size(), files.stream().filter(f -> f.path().endsWith("Guest.java")).count(),
                "one guest binding per interface");
    }

    static long lines(List<JavaGenerator.GeneratedFile> files) {
        return files.stream().mapToLong(f -> f.content().lines().count()).sum();
    }

    /** What javac said, and how many classes it wrote (top-level and nested types). */
    record Compiled(boolean ok, String diagnostics, long types) {}

    static Compiled compile(List<Path> sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Assumptions.assumeTrue(javac != null, "no system Java compiler (a JRE, not a JDK?)");
        Files.createDirectories(out);
        StringWriter diagnostics = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            List<String> options = List.of("-classpath", classpath(), "-d", out.toString(), "-Xlint:all", "-Werror",
                    "-Xmaxerrs", "20", "-proc:none");
            ok = javac.getTask(diagnostics, fm, null, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
        }
        long types;
        try (Stream<Path> s = Files.walk(out)) {
            types = s.filter(p -> p.toString().endsWith(".class")).count();
        }
        return new Compiled(ok, diagnostics.toString(), types);
    }

    /** The test class path (surefire's, else the JVM's). */
    static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isEmpty() ? cp : System.getProperty("java.class.path");
    }

    /** The package directories of a WASI set, or the test is skipped. */
    static List<Path> packageDirs(Path set) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(set), "missing " + set.toAbsolutePath());
        try (Stream<Path> s = Files.list(set)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
