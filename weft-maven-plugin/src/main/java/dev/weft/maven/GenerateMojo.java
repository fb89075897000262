package dev.weft.maven;

import dev.weft.bindgen.JavaGenerator;
import dev.weft.bindgen.WitInput;
import dev.weft.errors.WeftException;
import dev.weft.wit.WorldId;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code weft:generate}: Java bindings for a WIT world ({@code <wit>}) or a component's own world
 * ({@code <component>}), written to {@code target/generated-sources/weft} and added as a source
 * root, so the project compiles them (it needs {@code dev.weft:weft-runtime} as a dependency).
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.weft</groupId><artifactId>weft-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 *   <configuration>
 *     <wit>${project.basedir}/wit</wit>            <!-- or <component>kit.wasm</component> -->
 *     <packageName>com.example.kit</packageName>
 *   </configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    /** WIT sources: a {@code .wit} file, or a directory with its dependencies in {@code deps/}. */
    @Parameter
    File wit;

    /** A component binary: bindings for the world its imports and exports make up. */
    @Parameter
    File component;

    /** The world of the WIT sources: a name in the root package, or {@code ns:pkg/world}. Default: the only one. */
    @Parameter
    String world;

    /** The base Java package of the bindings. */
    @Parameter(required = true)
    String packageName;

    /** The Java class of the world (default: the world's name; for a component, its file name). */
    @Parameter
    String worldClass;

    /** Whether exports take the typed call path where possible (else runtime values only). */
    @Parameter(defaultValue = "true")
    boolean typed = true;

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/weft", required = true)
    File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "weft.bindgen.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("weft:generate skipped");
            return;
        }
        if ((wit == null) == (component == null)) {
            throw new MojoExecutionException("weft:generate needs exactly one of <wit> (WIT sources) and <component>"
                    + " (a component binary)" + (wit != null ? ", not both" : ""));
        }
        Path input = (wit != null ? wit : component).toPath();
        if (!input.toFile().exists()) {
            throw new MojoExecutionException((wit != null ? "<wit> " : "<component> ") + input + " does not exist");
        }
        if (component != null && !WitInput.isWasm(input)) {
            throw new MojoExecutionException("<component> " + input + " is not a component binary (use <wit> for WIT)");
        }
        List<JavaGenerator.GeneratedFile> files;
        try {
            WitInput in = WitInput.load(input, Optional.ofNullable(world));
            WorldId w = in.requireWorld();
            JavaGenerator.Options options = JavaGenerator.Options.of(packageName);
            Optional<String> cls = Optional.ofNullable(worldClass)
                    .or(() -> in.fromComponent() ? Optional.of(WitInput.worldClassName(input)) : Optional.empty());
            if (cls.isPresent()) options = options.withWorldClass(cls.get());
            if (!typed) options = options.withoutTypedPath();
            files = JavaGenerator.generate(in.resolve(), List.of(w), options);
            in.skipped().forEach(s -> getLog().warn("not expressible in WIT, no bindings: " + s));
        } catch (WeftException | IllegalArgumentException | UncheckedIOException e) {
            throw new MojoFailureException("weft:generate: " + e.getMessage(), e);
        }
        Path out = outputDirectory.toPath();
        for (JavaGenerator.GeneratedFile f : files) f.writeTo(out);
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        getLog().info("weft:generate: " + files.size() + " Java files for " + input + " in " + out);
    }
}
