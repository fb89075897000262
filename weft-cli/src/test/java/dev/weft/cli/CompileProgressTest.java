package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.ast.Section;
import dev.weft.engine.ModuleCache;
import dev.weft.engine.chicory.ChicoryEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The notice of {@code weft run} when a big core module is compiled rather than loaded from the cache. */
class CompileProgressTest {
    static final class MapCache implements ModuleCache {
        final Map<String, byte[]> entries = new HashMap<>();

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void putIfAbsent(String key, byte[] data) {
            entries.putIfAbsent(key, data);
        }

        @Override
        public void remove(String key) {
            entries.remove(key);
        }
    }

    private static byte[] component() throws IOException {
        Path p = Path.of("..", "examples", "exit-code", "exit-code.wasm");
        assumeTrue(Files.exists(p), "missing " + p.toAbsolutePath());
        return Files.readAllBytes(p);
    }

    /** The engine's key of the component's largest core module. */
    private static String keyOfLargestModule(byte[] component) {
        var largest = ComponentBinary.decode(component).sections().stream()
                .filter(s -> s instanceof Section.CoreModule)
                .map(s -> ((Section.CoreModule) s).module())
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        return ChicoryEngine.cacheKey(largest.buffer(), largest.offset(), largest.length());
    }

    @Test
    void saysWhenABigModuleIsCompiledAndNothingOnAHit() throws IOException {
        byte[] component = component();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MapCache cache = new MapCache();
        ModuleCache watched = CompileProgress.around(cache, component, new PrintStream(err, true, StandardCharsets.UTF_8), 1);
        String key = keyOfLargestModule(component);

        assertTrue(watched.get(key).isEmpty());
        watched.putIfAbsent(key, new byte[] {1});
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("weft: compiling 0 MB core module (first run; cached afterwards)"), said);
        assertTrue(said.contains("weft: compiled in "), said);

        err.reset();
        assertTrue(watched.get(key).isPresent());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "a hit is silent");

        watched.remove(key);
        assertTrue(cache.entries.isEmpty(), "remove reaches the cache");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(the cached code was unusable)"));

        err.reset();
        assertTrue(watched.get("weft-chicory-x/sha-256:unknown").isEmpty());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "another module: too small to mention");
    }

    @Test
    void aSmallComponentIsNotWatched() throws IOException {
        MapCache cache = new MapCache();
        assertSame(cache, CompileProgress.around(cache, component(), System.err));
    }
}
