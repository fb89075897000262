package dev.weft.engine.chicory;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreCompileListener;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.ModuleCache;
import dev.weft.engine.Modules;
import dev.weft.engine.WasmModuleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What {@link ChicoryEngine} tells a {@link CoreCompileListener}. */
class CompileEventsTest {
    static final class Recorder implements CoreCompileListener {
        final List<String> events = new ArrayList<>();
        final List<Result> results = new ArrayList<>();

        @Override
        public void started(Module module) {
            events.add("started " + (module.cacheHit() ? "hit" : "miss"));
        }

        @Override
        public void finished(Module module, Result result) {
            results.add(result);
            events.add("finished " + result.outcome());
        }

        @Override
        public void cacheProblem(Module module, CacheProblem problem, String detail) {
            events.add("cache " + problem);
        }
    }

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

    private static final CoreCompileListener THROWING = new CoreCompileListener() {
        @Override
        public void started(Module module) {
            throw new IllegalStateException("listener bug");
        }

        @Override
        public void finished(Module module, Result result) {
            throw new IllegalStateException("listener bug");
        }
    };

    @Test
    void compiledThenFromTheCacheThenDamaged() {
        MapCache cache = new MapCache();
        CoreEngine engine = CoreEngine.chicory(CoreEngine.Options.compiler().withCache(cache));
        byte[] wasm = Modules.add();

        Recorder first = new Recorder();
        engine.compile(wasm, 0, wasm.length, first);
        assertEquals(List.of("started miss", "finished COMPILED"), first.events);

        Recorder second = new Recorder();
        engine.compile(wasm, 0, wasm.length, second);
        assertEquals(List.of("started hit", "finished FROM_CACHE"), second.events);

        cache.entries.replaceAll((k, v) -> new byte[] {9});
        Recorder third = new Recorder();
        engine.compile(wasm, 0, wasm.length, third);
        assertEquals(List.of("started hit", "cache DAMAGED_ENTRY", "finished COMPILED"), third.events);
    }

    @Test
    void theInterpreterFallbackHasItsReason() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32, I32), types());
        m.type(types(I32), types(I32));
        int f = m.rawFunc(t, code(0x00, 0x20, 0x00, 0x20, 0x01, 0x6b, 0x02, 0x01, 0x0b));
        byte[] wasm = m.export("f", KIND_FUNC, f).build();

        for (var options : List.of(CoreEngine.Options.compiler(), CoreEngine.Options.compiler().withCache(new MapCache()))) {
            Recorder recorder = new Recorder();
            CoreEngine.chicory(options).compile(wasm, 0, wasm.length, recorder);
            assertEquals(List.of("started miss", "finished INTERPRETED"), recorder.events);
            String reason = recorder.results.getFirst().reason().orElseThrow();
            assertTrue(reason.contains("Types not empty"), reason);
        }
    }

    @Test
    void aThrowingListenerChangesNothing() {
        byte[] wasm = Modules.add();
        var module = CoreEngine.chicory(CoreEngine.Options.compiler().withCache(new MapCache())).compile(wasm, 0, wasm.length, THROWING);
        assertEquals(module.exports().size(), CoreEngine.chicory().compile(wasm).exports().size());
    }
}
