package dev.weft.engine;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.KIND_GLOBAL;
import static dev.weft.engine.WasmModuleBuilder.KIND_MEMORY;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.WasmModuleBuilder.Op;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * New instances of a module are made from images of earlier ones: memories share their data
 * segments' pages until written, start functions that reach nothing outside run once. Whatever the
 * images do, every instance must be exactly what instantiating from scratch gives: these tests
 * make several instances of each module, use them in turns, and check each against the spec.
 */
class CoreImagesTest {
    private static final int PAGE = CoreMemoryType.PAGE_SIZE;
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

    /** (memory 2 4), exporting "mem", "load" (i32)->i32, "store" (i32 i32), "size", "grow". */
    private static WasmModuleBuilder memoryModule() {
        return memoryModule(new WasmModuleBuilder());
    }

    /** {@link #memoryModule()} after the imports {@code m} declares (they come first in the index spaces). */
    private static WasmModuleBuilder memoryModule(WasmModuleBuilder m) {
        int mem = m.memory(2, 4);
        int load = m.func(m.type(types(I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0));
        int store = m.func(m.type(types(I32, I32), types()), 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I32_STORE, 2, 0));
        int size = m.func(m.type(types(), types(I32)), 0, code(Op.MEMORY_SIZE, 0));
        int grow = m.func(m.type(types(I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.MEMORY_GROW, 0));
        return m.export("mem", KIND_MEMORY, mem).export("load", KIND_FUNC, load).export("store", KIND_FUNC, store)
                .export("size", KIND_FUNC, size).export("grow", KIND_FUNC, grow);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void everyInstanceStartsWithItsDataSegmentsWhateverEarlierOnesWrote(Execution execution) {
        CoreModule module = Modules.engine(execution).compile(memoryModule().data(8, HELLO).data(PAGE - 2, HELLO).build());
        List<CoreInstance> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CoreInstance instance = module.instantiate();
            CoreMemory mem = instance.memory("mem");
            assertArrayEquals(HELLO, mem.read(8, HELLO.length), "instance " + i);
            assertArrayEquals(HELLO, mem.read(PAGE - 2, HELLO.length), "instance " + i + ", across pages");
            assertEquals(0, mem.readI32(1000), "instance " + i);
            assertEquals(2, instance.function("size").callForLong(), "instance " + i);
            mem.write(8, "HELLO".getBytes(StandardCharsets.UTF_8));
            instance.function("store").call(1000, i + 1);
            instance.function("store").call(PAGE - 1, -1);
            assertEquals(2, instance.function("grow").callForLong(1));
            instance.function("store").call(2 * PAGE + 4, 77);
            instances.add(instance);
        }
        for (int i = 0; i < instances.size(); i++) {
            CoreInstance instance = instances.get(i);
            assertEquals(i + 1, instance.function("load").callForLong(1000), "each instance keeps its own writes");
            assertArrayEquals("HELLO".getBytes(StandardCharsets.UTF_8), instance.memory("mem").read(8, 5));
            assertEquals(77, instance.function("load").callForLong(2 * PAGE + 4));
            assertEquals(3, instance.function("size").callForLong());
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void memoryReadsZerosUntilWrittenAndTrapsPastItsEnd(Execution execution) {
        CoreInstance instance = Modules.engine(execution).compile(memoryModule().build()).instantiate();
        CoreMemory mem = instance.memory("mem");
        assertArrayEquals(new byte[2 * PAGE], mem.read(0, 2 * PAGE));
        CoreFunction store = instance.function("store");
        CoreFunction load = instance.function("load");
        store.call(PAGE - 2, 0x01020304);
        assertEquals(0x01020304, load.callForLong(PAGE - 2), "across a page boundary");
        for (int at = 4093; at <= 4096; at++) {
            store.call(at, 0x0A0B0C0D + at);
            assertEquals(0x0A0B0C0D + at, load.callForLong(at), "at " + at + ", across an OS page");
            assertEquals(0x0A0B0C0D + at, mem.readI32(at));
        }
        assertThrows(CoreTrap.class, () -> store.call(2 * PAGE - 2, 1), "a write across the end");
        assertThrows(CoreTrap.class, () -> load.call(2 * PAGE - 3));
        assertThrows(CoreTrap.class, () -> store.call(-4, 1), "address 2^32 - 4");
        assertEquals(2, instance.function("grow").callForLong(2));
        assertEquals(0, load.callForLong(4 * PAGE - 4), "grown pages read zeros");
        store.call(4 * PAGE - 4, 5);
        assertEquals(5, load.callForLong(4 * PAGE - 4));
        assertEquals(-1, (int) instance.function("grow").callForLong(1), "past the maximum of 4 pages");
        assertThrows(CoreTrap.class, () -> store.call(4 * PAGE, 1));
    }

    /** A data segment at an imported global: the image of one instance must not serve another whose global differs. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void dataAtAnImportedOffsetGoesWhereEachInstanceSays(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        var m = new WasmModuleBuilder();
        int base = m.importGlobal("env", "base", I32, false);
        CoreModule module = engine.compile(memoryModule(m).dataAtGlobal(base, HELLO).build());
        for (int offset : new int[] {16, 32, 16, 2 * PAGE - 5, 40}) {
            CoreMemory mem = module.instantiate(CoreImports.builder().define("env", "base", global(engine, offset)).build())
                    .memory("mem");
            assertArrayEquals(HELLO, mem.read(offset, HELLO.length), "at " + offset);
            for (int other : new int[] {16, 32, 40}) {
                if (other != offset) assertEquals(0, mem.readI8(other), "nothing at " + other + " when the data is at " + offset);
            }
        }
        CoreTrap trap = assertThrows(CoreTrap.class, () -> module.instantiate(
                CoreImports.builder().define("env", "base", global(engine, 2 * PAGE - 4)).build()));
        assertTrue(trap.reason().startsWith("out of bounds memory access"), trap.reason());
    }

    /** memory.fill and memory.copy (overlapping, across pages) on pages shared with an image. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void bulkMemoryInstructionsSeeAndMakeTheRightBytes(Execution execution) {
        var m = memoryModule();
        int t3 = m.type(types(I32, I32, I32), types());
        int fill = m.func(t3, 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.LOCAL_GET, 2, Op.PREFIX_FC, 11, 0));
        int copy = m.func(t3, 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.LOCAL_GET, 2, Op.PREFIX_FC, 10, 0, 0));
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 7 + 1);
        CoreModule module = Modules.engine(execution).compile(
                m.data(PAGE - 150, data).export("fill", KIND_FUNC, fill).export("copy", KIND_FUNC, copy).build());
        for (int round = 0; round < 3; round++) {
            CoreInstance instance = module.instantiate();
            byte[] expected = new byte[2 * PAGE];
            System.arraycopy(data, 0, expected, PAGE - 150, data.length);
            CoreMemory mem = instance.memory("mem");
            assertArrayEquals(expected, mem.read(0, 2 * PAGE), "round " + round + ": the data segment");

            instance.function("copy").call(PAGE - 100, PAGE - 150, 200); // forward overlap, across the page boundary
            System.arraycopy(expected.clone(), PAGE - 150, expected, PAGE - 100, 200);
            instance.function("copy").call(PAGE - 160, PAGE - 120, 100); // backward overlap
            System.arraycopy(expected.clone(), PAGE - 120, expected, PAGE - 160, 100);
            instance.function("fill").call(10, 0xAB, 20);
            java.util.Arrays.fill(expected, 10, 30, (byte) 0xAB);
            instance.function("fill").call(PAGE, 0, PAGE); // a whole page of zeros
            java.util.Arrays.fill(expected, PAGE, 2 * PAGE, (byte) 0);
            instance.function("fill").call(PAGE - 10, 0, 5); // zeros within a page
            java.util.Arrays.fill(expected, PAGE - 10, PAGE - 5, (byte) 0);
            assertArrayEquals(expected, mem.read(0, 2 * PAGE), "round " + round + ": after fill and copy");
            instance.function("store").call(PAGE + 8, 9);
            assertEquals(9, instance.function("load").callForLong(PAGE + 8), "a page zeroed by fill is writable");
            assertThrows(CoreTrap.class, () -> instance.function("fill").call(PAGE, 1, PAGE + 1));
            assertThrows(CoreTrap.class, () -> instance.function("copy").call(0, 2 * PAGE - 4, 5));
        }
    }

    /**
     * A start function that reaches nothing outside: its effects (memory written and grown, a global
     * set, a passive segment dropped) are in every instance, and no instance sees another's writes.
     */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void everyInstanceHasTheEffectsOfItsStartFunction(Execution execution) {
        var m = memoryModule();
        int g = m.global(I32, true, 1);
        int segment = m.passiveData(HELLO);
        int t0 = m.type(types(), types());
        int start = m.func(t0, 0, code(
                Op.I32_CONST, 40, Op.I32_CONST, 42, Op.I32_STORE, 2, 0,      // mem[40] = 42
                Op.GLOBAL_GET, g, Op.I32_CONST, 6, Op.I32_ADD, Op.GLOBAL_SET, g, // g += 6
                Op.I32_CONST, 1, Op.MEMORY_GROW, 0, Op.DROP,                   // grow by a page
                Op.I32_CONST, 0, Op.I32_CONST, 0, Op.I32_CONST, 5, Op.PREFIX_FC, 8, segment, 0, // memory.init at 0
                Op.PREFIX_FC, 9, segment));                                    // data.drop
        int init = m.func(t0, 0, code(Op.I32_CONST, 8, Op.I32_CONST, 0, Op.I32_CONST, 5, Op.PREFIX_FC, 8, segment, 0));
        CoreModule module = Modules.engine(execution).compile(
                m.start(start).export("g", KIND_GLOBAL, g).export("init", KIND_FUNC, init).build());
        List<CoreInstance> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CoreInstance instance = module.instantiate();
            assertEquals(42, instance.function("load").callForLong(40), "instance " + i);
            assertArrayEquals(HELLO, instance.memory("mem").read(0, 5), "instance " + i + ": memory.init ran");
            assertEquals(7, instance.global("g").get(), "instance " + i);
            assertEquals(3, instance.function("size").callForLong(), "instance " + i);
            assertThrows(CoreTrap.class, () -> instance.function("init").call(), "instance " + i + ": the segment was dropped");
            instance.function("store").call(40, 1000 + i);
            instance.global("g").set(-i);
            instance.function("grow").call(1);
            instances.add(instance);
        }
        for (int i = 0; i < instances.size(); i++) {
            assertEquals(1000 + i, instances.get(i).function("load").callForLong(40));
            assertEquals(-i, (int) instances.get(i).global("g").get());
            assertEquals(4, instances.get(i).function("size").callForLong());
        }
    }

    /** A start function that calls an import: it must run for every instance. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStartFunctionCallingAnImportRunsForEveryInstance(Execution execution) {
        var m = new WasmModuleBuilder();
        int tick = m.importFunc("env", "tick", m.type(types(), types(I32)));
        memoryModule(m);
        int start = m.func(m.type(types(), types()), 0, code(Op.I32_CONST, 4, Op.CALL, tick, Op.I32_STORE, 2, 0));
        CoreModule module = Modules.engine(execution).compile(m.start(start).build());
        AtomicInteger ticks = new AtomicInteger();
        CoreImports imports = CoreImports.builder().function("env", "tick", CoreFuncType.of(List.of(), List.of(CoreValType.I32)),
                args -> new long[] {ticks.incrementAndGet() * 10}).build();
        for (int i = 1; i <= 4; i++) {
            CoreInstance instance = module.instantiate(imports);
            assertEquals(i, ticks.get());
            assertEquals(i * 10, instance.function("load").callForLong(4));
        }
    }

    /** A start function that reads an imported global: each instance gets the result for its own global. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStartFunctionReadingAnImportedGlobalSeesEachInstancesGlobal(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        var m = new WasmModuleBuilder();
        int seed = m.importGlobal("env", "seed", I32, false);
        memoryModule(m);
        int start = m.func(m.type(types(), types()), 0, code(Op.I32_CONST, 0, Op.GLOBAL_GET, seed, Op.I32_STORE, 2, 0));
        CoreModule module = engine.compile(m.start(start).build());
        for (int value : new int[] {5, 5, 9, 5, 9, 11}) {
            CoreInstance instance = module.instantiate(CoreImports.builder().define("env", "seed", global(engine, value)).build());
            assertEquals(value, instance.function("load").callForLong(0));
        }
    }

    /** A start function that changes a table (table.grow): every instance has the grown table, once. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStartFunctionGrowingATableRunsForEveryInstance(Execution execution) {
        var m = new WasmModuleBuilder();
        m.table(1, 10);
        int start = m.func(m.type(types(), types()), 0,
                code(Op.REF_NULL, 0x70, Op.I32_CONST, 2, Op.PREFIX_FC, 15, 0, Op.DROP));
        int size = m.func(m.type(types(), types(I32)), 0, code(Op.PREFIX_FC, 16, 0));
        CoreModule module = Modules.engine(execution).compile(m.start(start).export("size", KIND_FUNC, size).build());
        for (int i = 0; i < 3; i++) {
            assertEquals(3, module.instantiate().function("size").callForLong());
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStartFunctionThatTrapsTrapsEveryTime(Execution execution) {
        var m = memoryModule();
        int start = m.func(m.type(types(), types()), 0, code(Op.I32_CONST, 0, Op.I32_CONST, 1, Op.I32_STORE, 2, 0, Op.UNREACHABLE));
        CoreModule module = Modules.engine(execution).compile(m.start(start).build());
        for (int i = 0; i < 3; i++) {
            assertThrows(CoreTrap.class, module::instantiate);
        }
    }

    /** An immutable i32 global of value {@code value}, exported by an instance of its own. */
    static CoreGlobal global(CoreEngine engine, int value) {
        var m = new WasmModuleBuilder();
        int g = m.global(I32, false, value);
        return engine.compile(m.export("g", KIND_GLOBAL, g).build()).instantiate().global("g");
    }
}
