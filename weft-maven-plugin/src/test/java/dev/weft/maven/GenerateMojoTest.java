package dev.weft.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal as Maven runs it: configured, executed, its output added as a source root and compiled
 * (with the runtime on the class path, as a project using the plugin has it).
 */
class GenerateMojoTest {
    @TempDir
    Path tmp;

    static Path shared() {
        Path p = Path.of(System.getProperty("weft.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("components")), "../shared is missing: " + p.toAbsolutePath());
        return p;
    }

    private GenerateMojo mojo(MavenProject project) {
        GenerateMojo m = new GenerateMojo();
        m.project = project;
        m.packageName = "com.example.kit";
        m.outputDirectory = tmp.resolve("generated-sources/weft").toFile();
        return m;
    }

    @Test
    void witSourcesBecomeACompiledSourceRoot() throws Exception {
        MavenProject project = new MavenProject();
        GenerateMojo m = mojo(project);
        m.wit = shared().resolve("components/kit/wit").toFile();
        m.execute();
        Path out = m.outputDirectory.toPath();
        assertTrue(project.getCompileSourceRoots().contains(m.outputDirectory.getAbsolutePath()), project.getCompileSourceRoots().toString());
        assertTrue(Files.exists(out.resolve("com/example/kit/Kit.java")));
        assertTrue(Files.exists(out.resolve("com/example/kit/KitImports.java")));
        assertTrue(Files.exists(out.resolve("com/example/kit/bench/kit/Api.java")));
        assertEquals("", compile(out), "the generated sources compile");
    }

    @Test
    void aComponentGetsAClassNamedAfterItsFile() throws Exception {
        GenerateMojo m = mojo(new MavenProject());
        m.component = shared().resolve("components/kit/kit.wasm").toFile();
        m.execute();
        assertTrue(Files.exists(m.outputDirectory.toPath().resolve("com/example/kit/Kit.java")));
        assertEquals("", compile(m.outputDirectory.toPath()));
    }

    @Test
    void configurationErrorsSayWhatIsWrong() throws IOException {
        GenerateMojo neither = mojo(new MavenProject());
        assertTrue(assertThrows(MojoExecutionException.class, neither::execute).getMessage().contains("exactly one of <wit>"));

        GenerateMojo badWit = mojo(new MavenProject());
        Path wit = Files.writeString(tmp.resolve("bad.wit"), "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n");
        badWit.wit = wit.toFile();
        String msg = assertThrows(MojoFailureException.class, badWit::execute).getMessage();
        assertTrue(msg.contains("bad.wit:3:"), msg);

        GenerateMojo notAComponent = mojo(new MavenProject());
        notAComponent.component = new File(wit.toString());
        assertThrows(MojoExecutionException.class, notAComponent::execute);

        GenerateMojo badPackage = mojo(new MavenProject());
        badPackage.wit = shared().resolve("components/kit/wit").toFile();
        badPackage.packageName = "com.example.new";
        assertTrue(assertThrows(MojoFailureException.class, badPackage::execute).getMessage().contains("keyword"));
    }

    /** javac's diagnostics for the sources under {@code root} (empty: compiled). */
    private String compile(Path root) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Assumptions.assumeTrue(javac != null, "no system Java compiler");
        List<Path> sources;
        try (Stream<Path> s = Files.walk(root)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(diagnostics, fm, null, List.of("-classpath", cp, "-d", tmp.resolve("classes").toString(),
                    "-Xlint:all", "-Werror", "-proc:none"), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            return ok ? "" : diagnostics.toString();
        }
    }
}
