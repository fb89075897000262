package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.ModuleCache;
import dev.weft.errors.ComponentFormatException;
import dev.weft.runtime.CompileListener.CacheProblem;
import dev.weft.runtime.CompileListener.Module;
import dev.weft.runtime.CompileListener.Outcome;
import dev.weft.runtime.CompileListener.Result;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Engine.Builder#compileListener}: what an embedder hears of core module compilations. */
class CompileListenerTest {
    /** Every event, as text, in order. */
    static final class Recorder implements CompileListener {
        final List<String> events = new ArrayList<>();
        final List<Module> started = new ArrayList<>();
        final List<Result> results = new ArrayList<>();

        @Override
        public synchronized void started(Module module) {
            started.add(module);
            events.add("started " + module.index() + (module.cacheHit() ? " hit" : " miss"));
        }

        @Override
        public synchronized void finished(Module module, Result result) {
            results.add(result);
            events.add("finished " + module.index() + " " + result.outcome());
        }

        @Override
        public synchronized void cacheProblem(Module module, CacheProblem problem, String detail) {
            events.add("cache " + module.index() + " " + problem);
        }
    }

    static final class MapCache implements ModuleCache {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        boolean storeFails;

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void putIfAbsent(String key, byte[] data) {
            if (storeFails) throw new IllegalStateException("disk full");
            entries.putIfAbsent(key, data);
        }

        @Override
        public void remove(String key) {
            entries.remove(key);
        }
    }

    /** {@code started i <start>}, then {@code between} ({@code #} for i), then {@code finished i <end>}, for every module. */
    private static List<String> expected(int modules, String start, String end, String... between) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < modules; i++) {
            events.add("started " + i + " " + start);
            for (String b : between) events.add(b.replace("#", Integer.toString(i)));
            events.add("finished " + i + " " + end);
        }
        return events;
    }

    private static String sha256(ByteSlice bytes) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(bytes.buffer(), bytes.offset(), bytes.length());
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void compiledThenFromTheCacheDirectory(@TempDir Path dir) throws Exception {
        byte[] greeter = TestComponents.bytes(TestComponents.greeter());
        Recorder first = new Recorder();
        Component component = Component.fromBytes(Engine.builder().cacheDirectory(dir).compileListener(first).build(), greeter);
        List<ByteSlice> modules = component.plan().modules();
        assertFalse(modules.isEmpty());

        assertEquals(expected(modules.size(), "miss", "COMPILED"), first.events);
        for (int i = 0; i < modules.size(); i++) {
            Module m = first.started.get(i);
            assertEquals(modules.get(i).length(), m.size());
            assertEquals(sha256(modules.get(i)), m.sha256());
            assertEquals(m.sha256().substring(0, 12), m.shortId());
            assertTrue(first.results.get(i).reason().isEmpty());
            assertFalse(first.results.get(i).duration().isNegative());
        }

        Recorder second = new Recorder();
        Component.fromBytes(Engine.builder().cacheDirectory(dir).compileListener(second).build(), greeter);
        assertEquals(expected(modules.size(), "hit", "FROM_CACHE"), second.events);
        assertEquals(first.started.stream().map(Module::sha256).toList(), second.started.stream().map(Module::sha256).toList());
    }

    @Test
    void withoutACacheEveryModuleIsCompiled() throws Exception {
        Recorder recorder = new Recorder();
        Component component = Component.fromFile(Engine.builder().compileListener(recorder).build(), TestComponents.greeter());
        assertEquals(expected(component.plan().modules().size(), "miss", "COMPILED"), recorder.events);
    }

    @Test
    void theInterpreterSaysSo() throws Exception {
        Recorder recorder = new Recorder();
        Component component = Component.fromFile(
                Engine.builder().execution(Execution.INTERPRETER).compileListener(recorder).build(), TestComponents.greeter());
        assertEquals(expected(component.plan().modules().size(), "miss", "INTERPRETED"), recorder.events);
        assertTrue(recorder.results.get(0).reason().isPresent());
    }

    @Test
    void aDamagedEntryAndAFailedStoreAreReported() {
        byte[] greeter = TestComponents.bytes(TestComponents.greeter());
        MapCache cache = new MapCache();
        Engine engine = Engine.builder()
                .coreEngine(CoreEngine.chicory(CoreEngine.Options.compiler().withCache(cache)))
                .compileListener(new Recorder())
                .build();
        int n = Component.fromBytes(engine, greeter).plan().modules().size();
        assertEquals(n, cache.entries.size());

        cache.entries.replaceAll((key, entry) -> new byte[] {1, 2, 3});
        cache.storeFails = true;
        Recorder recorder = new Recorder();
        Engine again = Engine.builder()
                .coreEngine(CoreEngine.chicory(CoreEngine.Options.compiler().withCache(cache)))
                .compileListener(recorder)
                .build();
        Component.fromBytes(again, greeter);
        assertEquals(expected(n, "hit", "COMPILED", "cache # DAMAGED_ENTRY", "cache # STORE_FAILED"), recorder.events);
    }

    /** A function body whose last instruction is not its {@code end}: Chicory 1.7.5 validates it, its compiler does not. */
    private static final byte[] CHICORY_CANNOT_COMPILE = HexFormat.of().parseHex(
            "0061736d01000000" // magic, version
            + "010b" + "02" + "6002" + "7f7f00" + "6001" + "7f017f" // types: [i32 i32] -> [], [i32] -> [i32]
            + "0302" + "0100" // one function of type 0
            + "0705" + "01" + "0166" + "0000" // export "f"
            + "0a0b" + "01" + "09" + "00" + "2000" + "2001" + "6b" + "0201" + "0b"); // local.get 0 1; i32.sub; block (type 1); end

    @Test
    void aModuleChicoryCannotCompileIsInterpretedWithTheReason() {
        Recorder recorder = new Recorder();
        Engine engine = Engine.builder().compileListener(recorder).build();

        assertNotNull(engine.compileModule(CHICORY_CANNOT_COMPILE));

        assertEquals(List.of("started -1 miss", "finished -1 INTERPRETED"), recorder.events);
        String reason = recorder.results.get(0).reason().orElseThrow();
        assertTrue(reason.contains("Types not empty"), reason);
    }

    @Test
    void anInvalidModuleFinishesAsFailed() {
        Recorder recorder = new Recorder();
        Engine engine = Engine.builder().compileListener(recorder).build();

        assertThrows(ComponentFormatException.class, () -> engine.compileModule(new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x7f}));

        assertEquals(List.of("started -1 miss", "finished -1 FAILED"), recorder.events);
        assertTrue(recorder.results.get(0).reason().isPresent());
    }

    @Test
    void aListenerThatThrowsDoesNotBreakLoading(@TempDir Path dir) throws Exception {
        CompileListener throwing = new CompileListener() {
            @Override
            public void started(Module module) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void finished(Module module, Result result) {
                throw new AssertionError("listener bug");
            }
        };
        Engine engine = Engine.builder().cacheDirectory(dir).compileListener(throwing).build();

        Component first = Component.fromFile(engine, TestComponents.greeter());
        Component second = Component.fromFile(engine, TestComponents.greeter());

        assertFalse(first.type().exports().isEmpty());
        assertNotNull(new Linker(engine).func("log", args -> Optional.empty()).instantiate(second));
    }
}
