package dev.weft.runtime.cache;

import dev.weft.engine.ModuleCache;
import dev.weft.engine.chicory.ChicoryCache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.weft.binary.ComponentBinary;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.runtime.TestComponents;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskModuleCacheTest {
    @TempDir
    Path dir;

    /** Counts what the compiler asks of the cache. */
    static final class Counting implements ModuleCache {
        final ModuleCache inner;
        final AtomicInteger hits = new AtomicInteger();
        final AtomicInteger puts = new AtomicInteger();

        Counting(ModuleCache inner) {
            this.inner = inner;
        }

        @Override
        public Optional<byte[]> get(String key) {
            Optional<byte[]> r = inner.get(key);
            if (r.isPresent()) hits.incrementAndGet();
            return r;
        }

        @Override
        public void putIfAbsent(String key, byte[] data) {
            puts.incrementAndGet();
            inner.putIfAbsent(key, data);
        }
    }

    /** The greeter's first core module: a memory and a bump allocator {@code realloc}. */
    private static byte[] allocatorModule() {
        var plan = Planner.plan(ComponentBinary.validate(TestComponents.bytes(TestComponents.greeter())));
        return plan.modules().getFirst().toByteArray();
    }

    private static long callRealloc(WasmModule module, Function<Instance, Machine> machines) {
        Instance instance = Instance.builder(module).withMachineFactory(machines).build();
        return instance.export("realloc").apply(0, 0, 1, 10)[0];
    }

    @Test
    void aSecondCompilationLoadsTheClassesFromDisk() {
        byte[] wasm = allocatorModule();
        Counting first = new Counting(new DiskModuleCache(dir));
        WasmModule m1 = Parser.parse(wasm);
        long r1 = callRealloc(m1, MachineFactoryCompiler.builder(m1).withCache(new ChicoryCache(first)).compile());
        assertEquals(0, first.hits.get());
        assertEquals(1, first.puts.get());

        Counting second = new Counting(new DiskModuleCache(dir)); // as a new process would
        WasmModule m2 = Parser.parse(wasm);
        long r2 = callRealloc(m2, MachineFactoryCompiler.builder(m2).withCache(new ChicoryCache(second)).compile());
        assertEquals(1, second.hits.get());
        assertEquals(0, second.puts.get(), "nothing compiled, so nothing stored");
        assertEquals(1024, r1);
        assertEquals(r1, r2);
    }

    @Test
    void entriesRoundTripAndAreScopedByEngineVersion() {
        DiskModuleCache a = new DiskModuleCache(dir, "chicory-1_format-1");
        a.putIfAbsent("sha-256:abc/+=", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, a.get("sha-256:abc/+=").orElseThrow());
        assertTrue(new DiskModuleCache(dir, "chicory-2_format-1").get("sha-256:abc/+=").isEmpty());
        a.putIfAbsent("sha-256:abc/+=", new byte[] {9});
        assertArrayEquals(new byte[] {1, 2, 3}, a.get("sha-256:abc/+=").orElseThrow(), "first writer wins");
    }

    @Test
    void aDamagedEntryIsAMissAndIsDeleted() throws IOException {
        DiskModuleCache cache = new DiskModuleCache(dir);
        cache.putIfAbsent("k", new byte[] {1, 2, 3, 4});
        Path file = cache.file("k");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertTrue(cache.get("k").isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void anEntryUnderAnotherKeysNameIsAMiss() throws IOException {
        DiskModuleCache cache = new DiskModuleCache(dir);
        cache.putIfAbsent("a", new byte[] {1, 2, 3});
        Files.createDirectories(cache.file("b").getParent());
        Files.copy(cache.file("a"), cache.file("b"));
        assertTrue(cache.get("b").isEmpty(), "the checksum covers the key");
        assertArrayEquals(new byte[] {1, 2, 3}, cache.get("a").orElseThrow());
    }

    @Test
    void removeDeletesTheEntry() {
        DiskModuleCache cache = new DiskModuleCache(dir);
        cache.putIfAbsent("k", new byte[] {1});
        cache.remove("k");
        assertFalse(Files.exists(cache.file("k")));
        cache.remove("k"); // nothing there: fine
        cache.putIfAbsent("k", new byte[] {2});
        assertArrayEquals(new byte[] {2}, cache.get("k").orElseThrow());
    }

    private static Optional<Value> greet(Engine engine) throws IOException {
        Component component = Component.fromFile(engine, TestComponents.greeter());
        Linker linker = new Linker(engine).func("log", args -> Optional.empty());
        return linker.instantiate(component).func("example:greeter/api#greet").orElseThrow().call(Value.string("cache"));
    }

    private List<Path> entries() throws IOException {
        Path versioned = dir.resolve(EngineVersion.current());
        try (Stream<Path> files = Files.list(versioned)) {
            return files.filter(f -> f.toString().endsWith(".bin")).sorted().toList();
        }
    }

    /**
     * An engine with a cache directory stores each core module once; a second engine (a new
     * process) loads them; an entry damaged on disk is deleted, compiled again and rewritten.
     */
    @Test
    void anEngineWithACacheDirectoryStoresLoadsAndRepairs() throws IOException {
        Optional<Value> expected = Optional.of(Value.string("Hello, cache!"));
        assertEquals(expected, greet(Engine.builder().cacheDirectory(dir).build()));
        List<Path> stored = entries();
        assertFalse(stored.isEmpty());

        assertEquals(expected, greet(Engine.builder().cacheDirectory(dir).build()));
        assertEquals(stored, entries(), "nothing new stored");

        Path victim = stored.getFirst();
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(victim, bytes);
        assertEquals(expected, greet(Engine.builder().cacheDirectory(dir).build()));
        assertEquals(stored, entries(), "the damaged entry was written again");
        assertFalse(Arrays.equals(bytes, Files.readAllBytes(victim)));
    }

    @Test
    void anUnwritableDirectoryIsOnlyAMiss() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        DiskModuleCache cache = new DiskModuleCache(notADirectory);
        cache.putIfAbsent("k", new byte[] {1});
        assertTrue(cache.get("k").isEmpty());
    }

    @Test
    void theVersionNamesTheCompiler() {
        assertTrue(EngineVersion.current().startsWith("chicory-1.7.5_format-"), EngineVersion.current());
    }
}
