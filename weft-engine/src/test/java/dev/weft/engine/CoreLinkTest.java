package dev.weft.engine;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.I64;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.KIND_GLOBAL;
import static dev.weft.engine.WasmModuleBuilder.KIND_MEMORY;
import static dev.weft.engine.WasmModuleBuilder.KIND_TABLE;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.WasmModuleBuilder.Op;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoreLinkTest {

    /** Imports "a" "mem" (memory 1) and "a" "store"; exports "poke" (addr, value) -> load(addr) and re-exports both. */
    private static byte[] client() {
        var m = new WasmModuleBuilder();
        m.importMemory("a", "mem", 1, null);
        int store = m.importFunc("a", "store", m.type(types(I32, I32), types()));
        int poke = m.func(m.type(types(I32, I32), types(I32)), 0,
                code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.CALL, store, Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0));
        return m.export("poke", KIND_FUNC, poke)
                .export("mem2", KIND_MEMORY, 0)
                .export("store2", KIND_FUNC, store)
                .build();
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void oneInstanceImportsAnothersMemoryAndFunction(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreInstance a = engine.compile(Modules.memory()).instantiate();
        CoreModule clientModule = engine.compile(client());

        CoreInstance b = clientModule.instantiate(CoreImports.builder().instance("a", a).build());

        assertEquals(99, b.function("poke").callForLong(100, 99));
        assertEquals(99, a.memory("mem").readI32(100));
        a.memory("mem").writeI32(100, 5);
        assertEquals(5, b.memory("mem2").readI32(100));
        assertSame(a.memory("mem"), b.memory("mem2"), "a re-exported import is the same handle");
        assertSame(a.function("store"), b.function("store2"));
        assertEquals(CoreExternKind.MEMORY, clientModule.imports().get(0).kind());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void trapInAnImportedFunctionSurfacesAsCoreTrap(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreInstance a = engine.compile(Modules.memory()).instantiate();
        CoreInstance b = engine.compile(client()).instantiate(CoreImports.builder().instance("a", a).build());

        CoreTrap trap = assertThrows(CoreTrap.class, () -> b.function("poke").call(PAGE_END, 1));

        assertTrue(trap.getMessage().contains("out of bounds memory access"), trap.getMessage());
        assertEquals(7, b.function("poke").callForLong(0, 7), "both instances still work");
    }

    private static final long PAGE_END = CoreMemoryType.PAGE_SIZE - 2;

    @ParameterizedTest
    @EnumSource(Execution.class)
    void missingImportNamesModuleNameAndType(Execution execution) {
        CoreModule module = Modules.engine(execution).compile(client());

        CoreLinkException e = assertThrows(CoreLinkException.class, () -> module.instantiate(CoreImports.empty()));

        assertEquals("a", e.module());
        assertEquals("mem", e.name());
        assertEquals(Optional.of(CoreMemoryType.of(CoreLimits.of(1))), e.expected());
        assertEquals("unknown import: \"a\" \"mem\" was not supplied (expected (memory 1))", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void mismatchedImportsSayExpectedAndFound(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreModule module = engine.compile(client());
        CoreInstance a = engine.compile(Modules.memory()).instantiate();
        CoreFuncType wrong = CoreFuncType.of(List.of(CoreValType.I64), List.of());

        CoreLinkException badType = assertThrows(CoreLinkException.class, () -> module.instantiate(CoreImports.builder()
                .define("a", "mem", a.memory("mem"))
                .function("a", "store", wrong, args -> null)
                .build()));
        CoreLinkException badKind = assertThrows(CoreLinkException.class, () -> module.instantiate(CoreImports.builder()
                .define("a", "mem", a.function("load"))
                .build()));

        assertEquals("incompatible import type for \"a\" \"store\": expected (func (param i32 i32)), "
                + "found (func (param i64))", badType.getMessage());
        assertEquals(Optional.of(wrong), badType.actual());
        assertTrue(badKind.getMessage().contains("expected (memory 1), found (func (param i32) (result i32))"),
                badKind.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void memoryLimitsMustFit(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        var m = new WasmModuleBuilder();
        m.importMemory("a", "mem", 2, 3);
        CoreModule needsTwoPages = engine.compile(m.build());
        CoreInstance a = engine.compile(Modules.memory()).instantiate();
        var imports = CoreImports.builder().define("a", "mem", a.memory("mem")).build();

        CoreLinkException e = assertThrows(CoreLinkException.class, () -> needsTwoPages.instantiate(imports));
        assertTrue(e.getMessage().contains("expected (memory 2 3), found (memory 1 3)"), e.getMessage());

        a.memory("mem").grow(1);
        needsTwoPages.instantiate(imports);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void exportLookupsAreChecked(Execution execution) {
        CoreInstance a = Modules.engine(execution).compile(Modules.memory()).instantiate();

        CoreLinkException none = assertThrows(CoreLinkException.class, () -> a.function("nope"));
        CoreLinkException kind = assertThrows(CoreLinkException.class, () -> a.function("mem"));

        assertEquals("core instance has no func export \"nope\" (there is no such export)", none.getMessage());
        assertTrue(kind.getMessage().contains("it is a memory"), kind.getMessage());
        assertEquals(List.of("mem", "load", "store", "grow", "size"), List.copyOf(a.exports().keySet()));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void globalsAreSharedAndTyped(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        var p = new WasmModuleBuilder();
        int counter = p.global(I32, true, 41);
        int constant = p.global(I64, false, -5);
        CoreInstance provider = engine.compile(p.export("counter", KIND_GLOBAL, counter)
                .export("k", KIND_GLOBAL, constant).build()).instantiate();
        var c = new WasmModuleBuilder();
        int imported = c.importGlobal("p", "counter", I32, true);
        int bump = c.func(c.type(types(), types(I32)), 0, code(Op.GLOBAL_GET, imported, Op.I32_CONST, 1,
                Op.I32_ADD, Op.GLOBAL_SET, imported, Op.GLOBAL_GET, imported));
        CoreInstance consumer = engine.compile(c.export("bump", KIND_FUNC, bump).build())
                .instantiate(CoreImports.builder().define("p", "counter", provider.global("counter")).build());

        assertEquals(42, consumer.function("bump").callForLong());
        assertEquals(42, provider.global("counter").get());
        provider.global("counter").set(100);
        assertEquals(101, consumer.function("bump").callForLong());
        assertEquals(new CoreGlobalType(CoreValType.I64, false), provider.global("k").type());
        assertEquals(-5, provider.global("k").get());
        assertThrows(IllegalStateException.class, () -> provider.global("k").set(1));
        CoreLinkException e = assertThrows(CoreLinkException.class, () -> consumer.module().instantiate(
                CoreImports.builder().define("p", "counter", provider.global("k")).build()));
        assertTrue(e.getMessage().contains("expected (global (mut i32)), found (global i64)"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void tablesHandOutTheirFunctions(Execution execution) {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32, I32), types(I32));
        int add = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I32_ADD));
        int table = m.table(3, null);
        byte[] wasm = m.elem(1, add).export("t", KIND_TABLE, table).build();
        CoreTable tab = Modules.engine(execution).compile(wasm).instantiate().table("t");

        assertEquals(3, tab.size());
        assertEquals(new CoreTableType(CoreLimits.of(3), CoreValType.FUNCREF), tab.type());
        assertEquals(Optional.empty(), tab.function(0));
        CoreFunction f = tab.function(1).orElseThrow();
        assertEquals(9, f.callForLong(4, 5));
        assertThrows(CoreTrap.class, () -> tab.function(3));
    }
}
