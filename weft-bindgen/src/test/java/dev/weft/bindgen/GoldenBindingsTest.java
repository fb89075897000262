package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.wit.Resolve;
import dev.weft.wit.Wit;
import dev.weft.wit.WitOptions;
import dev.weft.wit.WorldId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated code, pinned: each case's bindings must equal the files under
 * {@code src/test/java/dev/weft/bindgen/golden/<case>}, which are compiled with the tests and used
 * by the runtime tests ({@code KitBindingsTest}, ...). {@code -Dweft.golden.update=true} rewrites them.
 */
class GoldenBindingsTest {
    static final Path JAVA_ROOT = Path.of("src", "test", "java");
    static final String GOLDEN = "dev.weft.bindgen.golden";

    @Test
    void kitFromWit() {
        WitInput in = WitInput.load(Golden.shared().resolve("components/kit/wit"), Optional.empty());
        check("kit", in.resolve(), in.requireWorld(), Optional.empty());
    }

    @Test
    void jsGreeterFromComponent() {
        WitInput in = WitInput.load(Golden.shared().resolve("components/js-greeter/hello.wasm"), Optional.empty());
        check("greeter", in.resolve(), in.requireWorld(), Optional.of("Hello"));
    }

    @Test
    void everyTypeShape() {
        WitInput in = WitInput.load(Path.of("src/test/resources/wit/shapes"), Optional.empty());
        check("shapes", in.resolve(), in.requireWorld(), Optional.empty());
    }

    @Test
    void guestResourcesFromComponent() {
        WitInput in = WitInput.load(Path.of("src/test/resources/components/counters.wasm"), Optional.empty());
        check("counters", in.resolve(), in.requireWorld(), Optional.of("Counters"));
    }

    @Test
    void hostResourcesFromComponent() {
        WitInput in = WitInput.load(Path.of("src/test/resources/components/host-resources.wasm"), Optional.empty());
        check("hostresources", in.resolve(), in.requireWorld(), Optional.of("HostResources"));
    }

    @Test
    void echoOfEveryShapeTypedAndValuesOnly() {
        WitInput in = WitInput.load(Path.of("src/test/resources/components/echo.wasm"), Optional.empty());
        check("echo", in.resolve(), in.requireWorld(), Optional.of("Echo"));
        check("echovalues", in.resolve(), in.requireWorld(), Optional.of("Echo"), false);
    }

    @Test
    void kitValuesOnly() {
        WitInput in = WitInput.load(Golden.shared().resolve("components/kit/wit"), Optional.empty());
        check("kitvalues", in.resolve(), in.requireWorld(), Optional.empty(), false);
    }

    @Test
    void wasiClocksPackage() throws IOException {
        Resolve r = Wit.resolvePackages(WasiBindingsTest.packageDirs(Golden.shared().resolve("wit/wasi-0.2.12")),
                WitOptions.DEFAULT);
        WorldId w = r.selectWorld(Optional.of("wasi:clocks/imports@0.2.12"));
        check("wasiclocks", r, w, Optional.of("ClocksImports"));
    }

    /** Generates case {@code name} and compares it, file by file, with its golden directory. */
    static void check(String name, Resolve r, WorldId world, Optional<String> worldClass) {
        check(name, r, world, worldClass, true);
    }

    static void check(String name, Resolve r, WorldId world, Optional<String> worldClass, boolean typed) {
        JavaGenerator.Options options = JavaGenerator.Options.of(GOLDEN + "." + name);
        if (!typed) options = options.withoutTypedPath();
        if (worldClass.isPresent()) options = options.withWorldClass(worldClass.get());
        List<JavaGenerator.GeneratedFile> files = JavaGenerator.generate(r, List.of(world), options);
        Path dir = JAVA_ROOT.resolve((GOLDEN + "." + name).replace('.', '/'));
        Map<String, String> actual = new TreeMap<>();
        String prefix = (GOLDEN + "." + name).replace('.', '/') + "/";
        for (JavaGenerator.GeneratedFile f : files) actual.put(f.path().substring(prefix.length()), f.content());
        try {
            if (Golden.updating()) {
                if (Files.exists(dir)) {
                    try (Stream<Path> s = Files.walk(dir)) {
                        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                    }
                }
                for (JavaGenerator.GeneratedFile f : files) f.writeTo(JAVA_ROOT);
                return;
            }
            Map<String, String> expected = new TreeMap<>();
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) {
                        expected.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                    }
                }
            }
            assertEquals(expected.keySet(), actual.keySet(), "generated files of " + name
                    + " (run with -Dweft.golden.update=true to accept the change, then review the diff)");
            for (var e : actual.entrySet()) {
                assertEquals(expected.get(e.getKey()), e.getValue(), dir.resolve(e.getKey())
                        + " differs (run with -Dweft.golden.update=true to accept the change, then review the diff)");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
