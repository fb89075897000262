package dev.weft.engine.chicory;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.KIND_GLOBAL;
import static dev.weft.engine.WasmModuleBuilder.KIND_MEMORY;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.Parser;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreGlobalType;
import dev.weft.engine.CoreImport;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreLimits;
import dev.weft.engine.CoreLinkException;
import dev.weft.engine.CoreMemoryType;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreValType;
import dev.weft.engine.Modules;
import dev.weft.engine.WasmModuleBuilder;
import dev.weft.engine.WasmModuleBuilder.Bytes;
import dev.weft.engine.WasmModuleBuilder.Op;
import dev.weft.errors.MalformedComponentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Import names Chicory 1.7.5's parser rejects although they are valid ({@link ImportNames}): a
 * function import named {@code "" ""}, and names with characters that are no Unicode identifier
 * parts. Weft sees and links them by their own names, on both execution paths and through the cache.
 */
class ImportNamesTest {
    private static final CoreFuncType I32_TO_I32 = CoreFuncType.of(List.of(CoreValType.I32), List.of(CoreValType.I32));

    /** Imports {@code "" ""} (func (param i32) (result i32)); exports "call" (x) -> import(x) + 1 and the import as "f". */
    private static byte[] emptyFuncImport() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int f = m.importFunc("", "", t);
        int call = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.CALL, f, Op.I32_CONST, 1, Op.I32_ADD));
        return m.export("call", KIND_FUNC, call).export("f", KIND_FUNC, f).build();
    }

    /** Exports (func (param i32) (result i32)) x * 2 as "". */
    private static byte[] emptyFuncExport() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        return m.export("", KIND_FUNC, m.func(t, 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 0, Op.I32_ADD))).build();
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aFunctionImportNamedEmptyEmptyCompilesAndLinksByItsOwnName(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        byte[] wasm = emptyFuncImport();
        var chicory = assertThrows(MalformedException.class, () -> Parser.builder().build().parse(wasm));
        assertTrue(chicory.getMessage().endsWith("malformed import kind"), "what Chicory alone says: " + chicory.getMessage());
        CoreModule module = engine.compile(wasm);

        assertEquals(List.of(new CoreImport("", "", I32_TO_I32)), module.imports());
        CoreInstance instance = module.instantiate(CoreImports.builder()
                .function("", "", I32_TO_I32, args -> new long[] {args[0] * 10})
                .build());
        assertEquals(41, instance.function("call").callForLong(4));
        assertEquals(70, instance.function("f").callForLong(7));
        engine.validate(wasm, 0, wasm.length);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void anotherInstancesExportNamedEmptyLinksAsInTheConformanceTest(Execution execution) {
        // (core module $M (import "" "" (func))) (core module $E (func (export "")))
        // (core instance (instantiate $M (with "" (instance $e))))
        CoreEngine engine = Modules.engine(execution);
        CoreInstance e = engine.compile(emptyFuncExport()).instantiate();
        CoreInstance m = engine.compile(emptyFuncImport()).instantiate(CoreImports.builder().instance("", e).build());

        assertEquals(2 * 20 + 1, m.function("call").callForLong(20));
        assertSame(e.function(""), m.function("f"), "a re-exported import is the same handle");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aMissingOrMismatchedImportIsReportedByItsOwnName(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreModule module = engine.compile(emptyFuncImport());

        CoreLinkException missing = assertThrows(CoreLinkException.class, module::instantiate);
        assertEquals("", missing.module());
        assertEquals("", missing.name());
        assertEquals("unknown import: \"\" \"\" was not supplied (expected (func (param i32) (result i32)))",
                missing.getMessage());
        CoreLinkException wrong = assertThrows(CoreLinkException.class, () -> module.instantiate(CoreImports.builder()
                .function("", "", CoreFuncType.of(List.of(), List.of()), args -> null)
                .build()));
        assertTrue(wrong.getMessage().startsWith("incompatible import type for \"\" \"\""), wrong.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void memoryAndGlobalImportsNamedEmptyEmptyLink(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreInstance memories = engine.compile(Modules.memory()).instantiate();
        memories.memory("mem").writeI32(8, 1234);
        var g = new WasmModuleBuilder();
        CoreInstance globals = engine.compile(g.export("g", KIND_GLOBAL, g.global(I32, false, 77)).build()).instantiate();

        var mm = new WasmModuleBuilder();
        mm.importMemory("", "", 1, null);
        byte[] memoryClient = mm.export("load", KIND_FUNC,
                mm.func(mm.type(types(I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0))).build();
        var gm = new WasmModuleBuilder();
        int imported = gm.importGlobal("", "", I32, false);
        byte[] globalClient = gm.export("get", KIND_FUNC,
                gm.func(gm.type(types(), types(I32)), 0, code(Op.GLOBAL_GET, imported))).build();

        CoreModule memoryModule = engine.compile(memoryClient);
        CoreModule globalModule = engine.compile(globalClient);
        assertEquals(List.of(new CoreImport("", "", CoreMemoryType.of(CoreLimits.of(1)))), memoryModule.imports());
        assertEquals(List.of(new CoreImport("", "", new CoreGlobalType(CoreValType.I32, false))), globalModule.imports());
        CoreInstance m = memoryModule.instantiate(CoreImports.builder().define("", "", memories.memory("mem")).build());
        CoreInstance n = globalModule.instantiate(CoreImports.builder().define("", "", globals.global("g")).build());
        assertEquals(1234, m.function("load").callForLong(8));
        assertEquals(77, n.function("get").callForLong());
    }

    /**
     * Imports, in order: "" "" func, "" "" memory, "" "" func (the same type), "env" "f" func: only
     * the two functions named "" "" are renamed (Chicory parses "" "" memories), each to its own
     * placeholder; instantiated by position, each import gets its own value.
     */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void renamedAndOrdinaryImportsSideBySideKeepTheirPositions(Execution execution) {
        var b = new WasmModuleBuilder();
        int t = b.type(types(I32), types(I32));
        int f0 = b.importFunc("", "", t);
        b.importMemory("", "", 1, null);
        int f1 = b.importFunc("", "", t);
        int f2 = b.importFunc("env", "f", t);
        // sum(x) = f0(x) + f1(x) + f2(x) + load(0)
        int sum = b.func(t, 0, code(Op.LOCAL_GET, 0, Op.CALL, f0, Op.LOCAL_GET, 0, Op.CALL, f1, Op.I32_ADD,
                Op.LOCAL_GET, 0, Op.CALL, f2, Op.I32_ADD, Op.I32_CONST, 0, Op.I32_LOAD, 2, 0, Op.I32_ADD));
        byte[] wasm = b.export("sum", KIND_FUNC, sum).build();

        ImportNames renamed = ImportNames.of(wasm, 0, wasm.length);
        assertNotNull(renamed);
        assertTrue(renamed.renamed(0));
        assertFalse(renamed.renamed(1));
        assertTrue(renamed.renamed(2));
        assertFalse(renamed.renamed(3));
        var parsed = Parser.builder().build().parse(renamed.wasm()).importSection();
        assertEquals(ImportNames.PLACEHOLDER, parsed.getImport(0).module());
        assertEquals("0", parsed.getImport(0).name());
        assertEquals("", parsed.getImport(1).module());
        assertEquals("2", parsed.getImport(2).name());
        assertEquals("env", parsed.getImport(3).module());

        CoreEngine engine = Modules.engine(execution);
        CoreInstance memories = engine.compile(Modules.memory()).instantiate();
        memories.memory("mem").writeI32(0, 1000);
        CoreModule module = engine.compile(wasm);
        assertEquals(List.of("", "", "", "env"), module.imports().stream().map(CoreImport::module).toList());
        assertEquals(List.of("", "", "", "f"), module.imports().stream().map(CoreImport::name).toList());
        List<CoreExtern> values = new ArrayList<>();
        values.add(dev.weft.engine.CoreFunction.host(I32_TO_I32, args -> new long[] {args[0]}));
        values.add(memories.memory("mem"));
        values.add(dev.weft.engine.CoreFunction.host(I32_TO_I32, args -> new long[] {args[0] * 10}));
        values.add(dev.weft.engine.CoreFunction.host(I32_TO_I32, args -> new long[] {args[0] * 100}));
        CoreInstance instance = module.instantiate(values);
        assertEquals(1000 + 3 + 30 + 300, instance.function("sum").callForLong(3));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void namesWithCharactersChicoryRefusesAreRenamedToo(Execution execution) {
        var b = new WasmModuleBuilder();
        int t = b.type(types(I32), types(I32));
        int snow = b.importFunc("\u2603", "\u2192 \uD83D\uDE00", t); // symbols, a space, an emoji: all valid
        int pi = b.importFunc("env", "\u03c0", t); // a letter: Chicory takes it
        int both = b.func(t, 0, code(Op.LOCAL_GET, 0, Op.CALL, snow, Op.CALL, pi));
        byte[] wasm = b.export("both", KIND_FUNC, both).build();
        assertThrows(RuntimeException.class, () -> Parser.builder().build().parse(wasm), "Chicory alone rejects it");

        ImportNames renamed = ImportNames.of(wasm, 0, wasm.length);
        assertNotNull(renamed);
        assertTrue(renamed.renamed(0));
        assertFalse(renamed.renamed(1));
        CoreModule module = Modules.engine(execution).compile(wasm);
        assertEquals(new CoreImport("\u2603", "\u2192 \uD83D\uDE00", I32_TO_I32), module.imports().get(0));
        assertEquals(new CoreImport("env", "\u03c0", I32_TO_I32), module.imports().get(1));
        CoreInstance instance = module.instantiate(CoreImports.builder()
                .function("\u2603", "\u2192 \uD83D\uDE00", I32_TO_I32, args -> new long[] {args[0] + 1})
                .function("env", "\u03c0", I32_TO_I32, args -> new long[] {args[0] * 2})
                .build());
        assertEquals(12, instance.function("both").callForLong(5));
    }

    @Test
    void aPlaceholderNeverEqualsAnImportsOwnModuleName() {
        var b = new WasmModuleBuilder();
        int t = b.type(types(), types());
        b.importFunc("", "", t);
        b.importFunc(ImportNames.PLACEHOLDER, "0", t);
        byte[] wasm = b.build();

        ImportNames renamed = ImportNames.of(wasm, 0, wasm.length);
        var parsed = Parser.builder().build().parse(renamed.wasm()).importSection();
        assertEquals(ImportNames.PLACEHOLDER + "\0", parsed.getImport(0).module());
        assertEquals(ImportNames.PLACEHOLDER, parsed.getImport(1).module());
        CoreModule module = CoreEngine.chicory(CoreEngine.Options.interpreter()).compile(wasm);
        CoreFuncType unit = CoreFuncType.of(List.of(), List.of());
        module.instantiate(CoreImports.builder()
                .function("", "", unit, args -> null)
                .function(ImportNames.PLACEHOLDER, "0", unit, args -> null)
                .build());
        assertEquals(List.of("", ImportNames.PLACEHOLDER), module.imports().stream().map(CoreImport::module).toList());
    }

    @Test
    void ordinaryModulesAreNotRewritten() {
        var b = new WasmModuleBuilder();
        int t = b.type(types(), types());
        b.importFunc("", "x", t); // one empty name is fine with Chicory
        b.importFunc("x", "", t);
        b.importMemory("", "", 1, null);
        b.importGlobal("", "", I32, true);
        byte[] wasm = b.build();
        assertNull(ImportNames.of(wasm, 0, wasm.length));
        assertNull(ImportNames.of(Modules.add(), 0, Modules.add().length), "no import section");
        assertNull(ImportNames.of(new byte[] {1, 2, 3}, 0, 3), "not a module: Chicory says so");
    }

    @Test
    void theRewriteIsDeterministicAndWorksOnASlice() {
        byte[] wasm = emptyFuncImport();
        byte[] framed = new byte[wasm.length + 7];
        System.arraycopy(wasm, 0, framed, 3, wasm.length);
        byte[] once = ImportNames.of(wasm, 0, wasm.length).wasm();
        assertArrayEquals(once, ImportNames.of(wasm, 0, wasm.length).wasm());
        assertArrayEquals(once, ImportNames.of(framed, 3, wasm.length).wasm());
        CoreModule module = CoreEngine.chicory(CoreEngine.Options.interpreter()).compile(framed, 3, wasm.length);
        assertEquals(List.of(new CoreImport("", "", I32_TO_I32)), module.imports());
    }

    @Test
    void namesThatAreNotUtf8AreStillRejected() {
        // (import "\u2603" "\xff" (func)): the first name alone would be renamed, the second is not UTF-8
        byte[] snowman = "\u2603".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Bytes imports = new Bytes().u(1).u(snowman.length).raw(snowman).u(1).b(0xff).b(KIND_FUNC).u(0);
        byte[] wasm = new Bytes().raw(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0})
                .b(1).u(4).raw(new byte[] {1, 0x60, 0, 0})
                .b(2).u(imports.size()).raw(imports.toArray())
                .toArray();

        assertNull(ImportNames.of(wasm, 0, wasm.length));
        for (Execution execution : Execution.values()) {
            var e = assertThrows(MalformedComponentException.class, () -> Modules.engine(execution).compile(wasm));
            assertTrue(e.getMessage().contains("malformed UTF-8"), e.getMessage());
        }
    }

    @Test
    void theCacheKeepsTheOriginalBytesKeyAndServesTheRenamedModule() {
        CompiledCodeCacheTest.MemoryCache cache = new CompiledCodeCacheTest.MemoryCache();
        CoreEngine engine = CoreEngine.chicory(CoreEngine.Options.compiler().withCache(cache));
        byte[] wasm = emptyFuncImport();
        CoreImports imports = CoreImports.builder()
                .function("", "", I32_TO_I32, args -> new long[] {args[0] * 3})
                .build();

        ChicoryModule first = (ChicoryModule) engine.compile(wasm);
        assertFalse(first.fromCache());
        assertEquals(List.of(ChicoryEngine.cacheKey(wasm, 0, wasm.length)), List.copyOf(cache.entries.keySet()));
        ChicoryModule second = (ChicoryModule) engine.compile(wasm);
        assertTrue(second.fromCache());
        assertEquals(Execution.COMPILER, second.execution());
        assertEquals(first.imports(), second.imports());
        assertEquals(List.of(new CoreImport("", "", I32_TO_I32)), second.imports());
        assertEquals(3 * 5 + 1, second.instantiate(imports).function("call").callForLong(5));
        assertEquals(1, cache.puts.get());
        assertEquals(0, cache.removes.get());
        assertTrue(Arrays.equals(first.layout().linkModules(), second.layout().linkModules()));
    }
}
