package dev.weft.engine.chicory;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreTrap;
import dev.weft.engine.ModuleCache;
import dev.weft.engine.Modules;
import dev.weft.engine.WasmModuleBuilder;
import dev.weft.engine.WasmModuleBuilder.Bytes;
import dev.weft.engine.WasmModuleBuilder.Op;
import dev.weft.errors.InvalidComponentException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ChicoryEngine} with a {@link ModuleCache}: what it stores, what a hit skips, what it rejects. */
class CompiledCodeCacheTest {
    /** Additions in the big function: enough for more than 64 KB of JVM bytecode. */
    private static final int ADDS = 40_000;
    private static final byte RETURN_CALL = 0x12;
    private static final byte CALL_REF = 0x14;
    private static final byte REF_FUNC = (byte) 0xd2;

    /** A cache in memory that counts what the engine does with it. */
    static final class MemoryCache implements ModuleCache {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        final AtomicInteger puts = new AtomicInteger();
        final AtomicInteger removes = new AtomicInteger();

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(entries.get(key)).map(byte[]::clone);
        }

        @Override
        public void putIfAbsent(String key, byte[] data) {
            puts.incrementAndGet();
            entries.putIfAbsent(key, data.clone());
        }

        @Override
        public void remove(String key) {
            removes.incrementAndGet();
            entries.remove(key);
        }

        byte[] only() {
            assertEquals(1, entries.size(), entries.keySet()::toString);
            return entries.values().iterator().next();
        }
    }

    private static byte[] bigModule;

    /**
     * Functions: 0 {@code inc} (x + 1), 1 {@code tail} (x + 100), 2 {@code big}: x, then
     * {@code call inc}, {@link #ADDS} times {@code + 1}, then {@code return_call tail}: too large
     * for one JVM method, so Chicory interprets it, and the interpreter runs {@code tail} too.
     * 3 {@code other} (x * 2 as x + x), compiled and never interpreted.
     */
    @BeforeAll
    static void buildBigModule() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int inc = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.I32_CONST, 1, Op.I32_ADD));
        int tail = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.I32_CONST, 0xe4, 0x00, Op.I32_ADD));
        Bytes big = new Bytes().b(Op.LOCAL_GET).u(0).b(Op.CALL).u(inc);
        for (int i = 0; i < ADDS; i++) big.b(Op.I32_CONST).s(1).b(Op.I32_ADD);
        big.b(RETURN_CALL).u(tail);
        int bigF = m.func(t, 0, big.toArray());
        int other = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 0, Op.I32_ADD));
        bigModule = m.export("inc", KIND_FUNC, inc).export("big", KIND_FUNC, bigF).export("other", KIND_FUNC, other).build();
    }

    private static CoreEngine engine(ModuleCache cache) {
        return CoreEngine.chicory(CoreEngine.Options.compiler().withCache(cache));
    }

    private static ChicoryModule compile(ModuleCache cache, byte[] wasm) {
        return (ChicoryModule) engine(cache).compile(wasm);
    }

    private static byte[] sha256(byte[] wasm) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(wasm);
    }

    @Test
    void aSecondCompilationLoadsTheCodeFromTheCache() {
        MemoryCache cache = new MemoryCache();
        ChicoryModule first = compile(cache, Modules.add());
        assertFalse(first.fromCache());
        assertEquals(1, cache.puts.get());
        String key = cache.entries.keySet().iterator().next();
        assertEquals(ChicoryEngine.cacheKey(Modules.add(), 0, Modules.add().length), key);
        assertTrue(key.startsWith("weft-chicory-1.7.5/"), key);

        ChicoryModule second = compile(cache, Modules.add());
        assertTrue(second.fromCache());
        assertEquals(Execution.COMPILER, second.execution());
        assertEquals(1, cache.puts.get(), "nothing compiled, nothing stored");
        assertEquals(5, second.instantiate().function("add").callForLong(2, 3));
        assertEquals(first.imports(), second.imports());
        assertEquals(first.exports(), second.exports());
    }

    @Test
    void theCacheKeepsOnlyTheBodiesTheInterpreterNeeds() throws Exception {
        MemoryCache cache = new MemoryCache();
        CoreModule first = compile(cache, bigModule);
        long expected = 5 + 1 + ADDS + 100;
        assertEquals(expected, first.instantiate().function("big").callForLong(5));

        CompiledCode code = CompiledCode.decode(cache.only(), sha256(bigModule));
        assertEquals(4, code.bodyCount());
        BitSet needed = new BitSet();
        needed.set(1); // tail: reached by return_call from the interpreter
        needed.set(2); // big: interpreted
        assertEquals(needed, code.needed());

        ChicoryModule second = compile(cache, bigModule);
        assertTrue(second.fromCache());
        var instance = second.instantiate();
        assertEquals(expected, instance.function("big").callForLong(5));
        assertEquals(8, instance.function("inc").callForLong(7));
        assertEquals(14, instance.function("other").callForLong(7), "compiled code needs no body");
    }

    @Test
    void aReplacedBodyTrapsIfItEverRuns() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int kept = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.I32_CONST, 1, Op.I32_ADD));
        int dropped = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.I32_CONST, 2, Op.I32_ADD));
        byte[] wasm = m.export("kept", KIND_FUNC, kept).export("dropped", KIND_FUNC, dropped).build();
        BitSet keep = new BitSet();
        keep.set(0);

        byte[] rewritten = CodeBodies.keepOnly(wasm, 0, wasm.length, keep, 2);
        WasmModule module = Parser.builder().withValidation(false).build().parse(rewritten);
        Instance instance = Instance.builder(module).withMachineFactory(InterpreterMachine::new).build();
        assertEquals(4, instance.export("kept").apply(3)[0]);
        assertThrows(RuntimeException.class, () -> instance.export("dropped").apply(3));
        assertThrows(IllegalArgumentException.class, () -> CodeBodies.keepOnly(wasm, 0, wasm.length, keep, 3));
    }

    @Test
    void callRefOrIndirectTailCallsFromInterpretedCodeKeepEveryBody() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int callee = m.func(t, 0, code(Op.LOCAL_GET, 0));
        // local.get 0; ref.func callee; call_ref t
        int caller = m.func(t, 0, code(Op.LOCAL_GET, 0, REF_FUNC, callee, CALL_REF, t));
        int tailCaller = m.func(t, 0, code(Op.LOCAL_GET, 0, RETURN_CALL, callee));
        WasmModule module = Parser.builder().withValidation(false).build().parse(m.build());

        assertNull(CompiledCode.neededBodies(module, Set.of(caller)));
        BitSet both = new BitSet();
        both.set(callee);
        both.set(tailCaller);
        assertEquals(both, CompiledCode.neededBodies(module, Set.of(tailCaller)));
        assertEquals(new BitSet(), CompiledCode.neededBodies(module, Set.of()));
    }

    @Test
    void aHitSkipsValidationSoTheCacheIsTrusted() throws Exception {
        byte[] valid = Modules.add();
        // the same module with one more i32.add: a stack underflow, which validation rejects
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32, I32), types(I32));
        m.export("add", KIND_FUNC, m.func(t, 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I32_ADD, Op.I32_ADD)));
        byte[] invalid = m.build();
        MemoryCache cache = new MemoryCache();
        assertThrows(InvalidComponentException.class, () -> compile(cache, invalid));
        assertEquals(0, cache.puts.get(), "an invalid module is never stored");

        // forge an entry for the invalid module from the valid one's: the engine takes it as is
        MemoryCache validCache = new MemoryCache();
        compile(validCache, valid);
        byte[] entry = validCache.only();
        System.arraycopy(sha256(invalid), 0, entry, 9, 32);
        cache.entries.put(ChicoryEngine.cacheKey(invalid, 0, invalid.length), entry);
        ChicoryModule trusted = compile(cache, invalid);
        assertTrue(trusted.fromCache());
        assertEquals(5, trusted.instantiate().function("add").callForLong(2, 3), "the valid module's code");
    }

    @Test
    void aGarbledEntryIsRemovedAndTheModuleCompiledAgain() throws Exception {
        MemoryCache cache = new MemoryCache();
        compile(cache, bigModule);
        String key = cache.entries.keySet().iterator().next();
        byte[] good = cache.only();

        byte[][] damaged = damaged(good);
        for (int d = 0; d < damaged.length; d++) {
            byte[] bad = damaged[d];
            String which = "damage #" + d;
            cache.entries.put(key, bad);
            int puts = cache.puts.get();
            int removes = cache.removes.get();
            ChicoryModule again = compile(cache, bigModule);
            assertFalse(again.fromCache(), which);
            assertEquals(removes + 1, cache.removes.get(), which);
            assertEquals(puts + 1, cache.puts.get(), which);
            assertEquals(5 + 1 + ADDS + 100, again.instantiate().function("big").callForLong(5));
            assertNotNull(CompiledCode.decode(cache.entries.get(key), sha256(bigModule)), "a good entry again");
            assertTrue(compile(cache, bigModule).fromCache());
        }
    }

    /** Ways an entry can be unusable although the cache hands it back. */
    private static byte[][] damaged(byte[] good) throws Exception {
        byte[] otherModule = good.clone();
        System.arraycopy(sha256(Modules.add()), 0, otherModule, 9, 32);
        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        byte[] badIndex = good.clone();
        Arrays.fill(badIndex, 41 + 8, 41 + 12, (byte) 0x7f); // the first needed body: out of range
        byte[] wrongBodyCount = good.clone();
        wrongBodyCount[41 + 3] = 9;
        byte[] lostClasses = Arrays.copyOf(good, good.length * 2 / 3);
        byte[] garbledJar = good.clone();
        for (int i = good.length / 2; i < good.length / 2 + 64; i++) garbledJar[i] ^= 0x55;
        return new byte[][] {
            new byte[0], "not an entry at all".getBytes(), otherModule, badMagic, badIndex, wrongBodyCount,
            lostClasses, garbledJar, withBrokenClass(good),
        };
    }

    /** {@code good} with the bytes of its largest class garbled, in a jar that is fine otherwise. */
    private static byte[] withBrokenClass(byte[] good) throws Exception {
        int jarAt = 41 + 8 + 4 * 2 + 4; // the header of bigModule's entry: two needed bodies
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (var in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(good, jarAt, good.length - jarAt))) {
            for (java.util.jar.JarEntry e; (e = in.getNextJarEntry()) != null; ) files.put(e.getName(), in.readAllBytes());
        }
        String largest = files.keySet().stream().filter(n -> n.endsWith(".class"))
                .max(java.util.Comparator.comparingInt(n -> files.get(n).length)).orElseThrow();
        byte[] broken = files.get(largest);
        for (int i = broken.length / 2; i < broken.length / 2 + 32; i++) broken[i] = (byte) 0xff;
        var jar = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.jar.JarOutputStream(jar)) {
            for (var f : files.entrySet()) {
                out.putNextEntry(new java.util.jar.JarEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        }
        byte[] entry = Arrays.copyOf(good, jarAt + jar.size());
        System.arraycopy(jar.toByteArray(), 0, entry, jarAt, jar.size());
        return entry;
    }

    @Test
    void withoutACacheNothingIsStoredAndTheInterpreterIgnoresTheCache() {
        MemoryCache cache = new MemoryCache();
        CoreModule interpreted = CoreEngine.chicory(new CoreEngine.Options(Execution.INTERPRETER, Optional.of(cache)))
                .compile(Modules.add());
        assertEquals(5, interpreted.instantiate().function("add").callForLong(2, 3));
        assertTrue(cache.entries.isEmpty());
    }

    @Test
    void aFailingCacheIsOnlyAMiss() {
        ModuleCache broken = new ModuleCache() {
            @Override
            public Optional<byte[]> get(String key) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public void putIfAbsent(String key, byte[] data) {
                throw new IllegalStateException("disk on fire");
            }
        };
        ChicoryModule module = compile(broken, Modules.add());
        assertFalse(module.fromCache());
        assertEquals(5, module.instantiate().function("add").callForLong(2, 3));
    }

    @Test
    void keysNameTheBytes() {
        byte[] a = Modules.add();
        byte[] padded = new byte[a.length + 10];
        System.arraycopy(a, 0, padded, 5, a.length);
        assertEquals(ChicoryEngine.cacheKey(a, 0, a.length), ChicoryEngine.cacheKey(padded, 5, a.length));
        assertFalse(ChicoryEngine.cacheKey(a, 0, a.length).equals(ChicoryEngine.cacheKey(padded, 0, a.length)));
        assertTrue(ChicoryEngine.cacheKey(a, 0, a.length).contains("sha-256:"));
        assertArrayEquals(a, Arrays.copyOfRange(padded, 5, 5 + a.length));
    }

    @Test
    void aTrapInCachedCodeIsStillATrap() {
        var m = new WasmModuleBuilder();
        int f = m.func(m.type(types(), types()), 0, code(Op.UNREACHABLE));
        byte[] wasm = m.export("boom", KIND_FUNC, f).build();
        MemoryCache cache = new MemoryCache();
        compile(cache, wasm);
        ChicoryModule cached = compile(cache, wasm);
        assertTrue(cached.fromCache());
        assertThrows(CoreTrap.class, () -> cached.instantiate().function("boom").call());
    }
}
