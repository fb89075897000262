package dev.weft.cli;

import dev.weft.bindgen.JavaGenerator;
import dev.weft.bindgen.WitInput;
import dev.weft.wit.WorldId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft bindgen --out DIR --package PKG INPUT}: Java bindings for a world, from a component
 * binary (its own world) or from WIT (a {@code .wit} file or a directory; {@code --world} picks the
 * world when the root package has several).
 */
@Command(
        name = "bindgen",
        mixinStandardHelpOptions = true,
        description = {
            "Generate Java bindings for a world: of a component binary (.wasm), or of WIT (a .wit file or a",
            "directory with deps/). Writes Java sources under --out: the world's class (exports) and",
            "imports interface in --package, each WIT interface under --package.<namespace>.<package>."
        })
final class BindgenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "A component (.wasm), a .wit file, or a directory of WIT.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The source root to write to (created if missing).")
    Path out;

    @Option(names = "--package", required = true, paramLabel = "PKG", description = "The base Java package, e.g. com.example.kit.")
    String javaPackage;

    @Option(names = "--world", paramLabel = "WORLD",
            description = "The world (WIT input only): a name in the root package, or ns:pkg/world. Default: the root package's only world.")
    Optional<String> world;

    @Option(names = "--world-class", paramLabel = "NAME",
            description = "The Java class of the world. Default: the world's name; for a component, its file name (kit.wasm: Kit).")
    Optional<String> worldClass;

    @Option(names = "--no-typed", description = "Call exports with runtime values only (no typed path).")
    boolean noTyped;

    @Override
    public Integer call() {
        if (!Files.exists(input)) throw new UserInputException("cannot read " + input + ": no such file or directory", null);
        WitInput in;
        JavaGenerator.Options options;
        WorldId w;
        try {
            in = WitInput.load(input, world);
            w = in.requireWorld();
            options = JavaGenerator.Options.of(javaPackage);
            Optional<String> cls = worldClass.or(() -> in.fromComponent() ? Optional.of(WitInput.worldClassName(input)) : Optional.empty());
            if (cls.isPresent()) options = options.withWorldClass(cls.get());
            if (noTyped) options = options.withoutTypedPath();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        List<JavaGenerator.GeneratedFile> files = JavaGenerator.generate(in.resolve(), List.of(w), options);
        for (JavaGenerator.GeneratedFile f : files) f.writeTo(out);
        PrintWriter err = spec.commandLine().getErr();
        for (String s : in.skipped()) err.println("note: not expressible in WIT, no bindings: " + s);
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: world %s, %d Java files written to %s%n", input, worldName(in, w), files.size(), out);
        o.flush();
        return 0;
    }

    private static String worldName(WitInput in, WorldId w) {
        var world = in.resolve().get(w);
        return in.resolve().get(world.pkg()).name().unversioned() + "/" + world.name();
    }
}
