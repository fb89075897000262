package dev.weft.wit;

import static dev.weft.wit.WasiPackagesTest.names;
import static dev.weft.wit.WitTesting.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worlds in {@code shared/components/*}/{@code wit} resolve against wasi-0.2.12, laid out as
 * {@code tools/build-components.sh} did: the world's files in {@code wit/}, the WASI packages in
 * {@code wit/deps/}, with the version rewritten for the components built against another one.
 */
class ComponentWorldsTest {
    @TempDir
    Path tmp;

    @Test
    void everyComponentWorldResolves() throws Exception {
        Path shared = shared();
        Map<String, String> versions = depVersions(shared.resolve("tools/build-components.sh"));
        List<Path> witDirs;
        try (Stream<Path> s = Files.list(shared.resolve("components"))) {
            witDirs = s.map(d -> d.resolve("wit")).filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(witDirs.isEmpty());
        Map<String, String> exports = new LinkedHashMap<>();
        for (Path wit : witDirs) {
            String component = wit.getParent().getFileName().toString();
            Path layout = layout(shared, wit, Optional.ofNullable(versions.get(component)));
            Resolve r = Wit.resolve(layout);
            WitPackage root = r.get(r.root().orElseThrow());
            World w = r.get(r.selectWorld(Optional.empty()));
            exports.put(component + ":" + root.name() + "/" + w.name(), String.join(",", names(r, w.exports().keySet())));
            WitTesting.roundTrip(r);
        }
        assertEquals(Map.of(
                "js-cli:example:cli-hello/cli-hello", "wasi:cli/run@0.2.12",
                "js-greeter:example:hello/hello", "example:hello/greeter",
                "js-http:example:http-hello/http-hello", "wasi:http/incoming-handler@0.2.10",
                "kit:bench:kit/kit", "bench:kit/api"), exports);
    }

    @Test
    void httpWorldImportsWhatTheHandlerUses() throws Exception {
        Path shared = shared();
        Path layout = layout(shared, shared.resolve("components/js-http/wit"), Optional.of("0.2.10"));
        Resolve r = Wit.resolve(layout);
        World w = r.get(r.selectWorld(Optional.of("http-hello")));
        assertEquals(List.of("wasi:io/poll@0.2.10", "wasi:clocks/monotonic-clock@0.2.10", "wasi:io/error@0.2.10",
                "wasi:io/streams@0.2.10", "wasi:http/types@0.2.10"), names(r, w.imports().keySet()));
        assertEquals(w, r.get(r.selectWorld(Optional.of("example:http-hello/http-hello"))));
    }

    @Test
    void kitWorldNeedsNoDependencies() throws Exception {
        Resolve r = Wit.resolve(shared().resolve("components/kit/wit"));
        World kit = r.get(r.selectWorld(Optional.empty()));
        WorldItem log = kit.imports().get(new WorldKey.Name("log"));
        Function f = ((WorldItem.FunctionItem) log).function();
        assertEquals("func(msg: string)", r.funcType(f).wit());
        Interface api = r.get(((WorldKey.OfInterface) kit.exports().keySet().iterator().next()).id());
        assertEquals(Optional.of("Does nothing: measures the bare cost of a call across the boundary."),
                api.functions().get("noop").docs().contents());
        assertTrue(r.valueType(api.types().get("point")).isPresent());
    }

    /** {@code js DIR SOURCE WORLD OUT VERSION} lines of the build script: the WASI version each JS component used. */
    static Map<String, String> depVersions(Path script) throws Exception {
        if (!Files.exists(script)) Assumptions.abort("missing " + script.toAbsolutePath());
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^js (\\S+) \\S+ \\S+ \\S+ (\\S+)\\s*$").matcher(Files.readString(script));
        while (m.find()) out.put(m.group(1), m.group(2));
        assertEquals(3, out.size(), "the build script's js lines: " + out);
        return out;
    }

    /** {@code tmp/<component>/wit/*.wit} and, for a JS component, {@code wit/deps/<pkg>/} from wasi-0.2.12. */
    private Path layout(Path shared, Path wit, Optional<String> version) throws Exception {
        Path out = tmp.resolve(wit.getParent().getFileName().toString()).resolve("wit");
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(wit)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".wit")).toList()) {
                Files.copy(f, out.resolve(f.getFileName()));
            }
        }
        if (version.isEmpty()) return out;
        for (Path pkg : WitTesting.packageDirs("wasi-0.2.12")) {
            Path dest = out.resolve("deps").resolve(pkg.getFileName());
            Files.createDirectories(dest);
            try (Stream<Path> s = Files.list(pkg)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".wit")).toList()) {
                    Files.writeString(dest.resolve(f.getFileName()),
                            Files.readString(f).replace("@0.2.12", "@" + version.get()));
                }
            }
        }
        return out;
    }
}
