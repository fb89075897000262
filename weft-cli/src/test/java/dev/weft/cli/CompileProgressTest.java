package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.engine.CoreEngine;
import dev.weft.engine.ModuleCache;
import dev.weft.runtime.CompileListener;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The notice of {@code weft run} when a big core module is compiled rather than loaded from the cache. */
class CompileProgressTest {
    static final class MapCache implements ModuleCache {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();

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

    /** A compiling engine on {@code cache} that reports through {@code progress}, as {@code weft run} on a terminal. */
    private static Engine engine(MapCache cache, CompileListener progress) {
        return Engine.builder()
                .coreEngine(CoreEngine.chicory(CoreEngine.Options.compiler().withCache(cache)))
                .compileListener(progress)
                .build();
    }

    @Test
    void saysWhenABigModuleIsCompiledAndNothingOnAHit() throws IOException {
        byte[] component = component();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MapCache cache = new MapCache();
        Engine engine = engine(cache, CompileProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), 1));

        Component.fromBytes(engine, component);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("weft: compiling 0 MB core module (first run; cached afterwards)…"), said);
        assertTrue(said.contains("weft: compiled in "), said);
        assertFalse(cache.entries.isEmpty());

        err.reset();
        Component.fromBytes(engine, component);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "a hit is silent");

        cache.entries.replaceAll((key, entry) -> new byte[] {1, 2, 3});
        Component.fromBytes(engine, component);
        said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("weft: compiling 0 MB core module (the cached code was unusable)…"), said);
        assertTrue(said.contains("weft: compiled in "), said);
        assertFalse(said.contains("first run"), said);
    }

    @Test
    void aSmallModuleIsNotMentioned() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = engine(new MapCache(), CompileProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8)));

        Component.fromBytes(engine, component());

        assertEquals("", err.toString(StandardCharsets.UTF_8), "modules under 1 MiB compile too fast to mention");
    }
}
