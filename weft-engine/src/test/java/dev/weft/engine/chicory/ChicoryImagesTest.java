package dev.weft.engine.chicory;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.KIND_GLOBAL;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.WasmModuleBuilder;
import dev.weft.engine.WasmModuleBuilder.Op;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which instances are made from images: {@code CoreImagesTest} checks that images change nothing
 * an instance can observe; this checks that they are used where they may be, and only there.
 */
class ChicoryImagesTest {
    private static ChicoryModule compile(Execution execution, byte[] wasm) {
        return (ChicoryModule) CoreEngine.chicory(new CoreEngine.Options(execution)).compile(wasm);
    }

    /** A memory and {@code load} (i32)->i32, after the imports {@code m} declares. */
    private static WasmModuleBuilder module(WasmModuleBuilder m) {
        m.memory(1, null);
        int load = m.func(m.type(types(I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0));
        m.export("load", KIND_FUNC, load);
        return m;
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void theFirstInstanceRecordsTheDataImage(Execution execution) {
        ChicoryModule module = compile(execution, module(new WasmModuleBuilder()).data(4, new byte[] {7}).build());
        assertFalse(module.hasDataImage(0));
        module.instantiate();
        assertTrue(module.hasDataImage(0));
        assertEquals(7, module.instantiate().function("load").callForLong(4));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStartFunctionThatReachesNothingOutsideIsSnapshotted(Execution execution) {
        var m = module(new WasmModuleBuilder());
        int g = m.global(I32, true, 0);
        int start = m.func(m.type(types(), types()), 0,
                code(Op.I32_CONST, 8, Op.I32_CONST, 9, Op.I32_STORE, 2, 0, Op.I32_CONST, 3, Op.GLOBAL_SET, g));
        ChicoryModule module = compile(execution, m.start(start).export("g", KIND_GLOBAL, g).build());
        assertFalse(module.hasStartImage());
        module.instantiate();
        assertTrue(module.hasStartImage());
        CoreInstance restored = module.instantiate();
        assertEquals(9, restored.function("load").callForLong(8));
        assertEquals(3, restored.global("g").get());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStartFunctionThatCallsAnImportIsNeverSnapshotted(Execution execution) {
        var m = new WasmModuleBuilder();
        int hook = m.importFunc("env", "hook", m.type(types(), types()));
        module(m);
        int start = m.func(m.type(types(), types()), 0, code(Op.CALL, hook));
        ChicoryModule module = compile(execution, m.start(start).build());
        CoreImports imports = CoreImports.builder()
                .function("env", "hook", CoreFuncType.of(List.of(), List.of()), args -> null).build();
        module.instantiate(imports);
        module.instantiate(imports);
        assertFalse(module.hasStartImage());
        assertTrue(module.refusesStartImages());
    }

    /** The import is there, but the start function does not call it: the snapshot is fine. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void anImportTheStartFunctionDoesNotCallIsNoObstacle(Execution execution) {
        var m = new WasmModuleBuilder();
        m.importFunc("env", "hook", m.type(types(), types()));
        module(m);
        int start = m.func(m.type(types(), types()), 0, code(Op.I32_CONST, 8, Op.I32_CONST, 9, Op.I32_STORE, 2, 0));
        ChicoryModule module = compile(execution, m.start(start).build());
        CoreImports imports = CoreImports.builder()
                .function("env", "hook", CoreFuncType.of(List.of(), List.of()), args -> null).build();
        module.instantiate(imports);
        assertTrue(module.hasStartImage());
        assertEquals(9, module.instantiate(imports).function("load").callForLong(8));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStartFunctionThatChangesATableIsNeverSnapshotted(Execution execution) {
        var m = new WasmModuleBuilder();
        m.table(1, 10);
        int start = m.func(m.type(types(), types()), 0, code(Op.REF_NULL, 0x70, Op.I32_CONST, 1, Op.PREFIX_FC, 15, 0, Op.DROP));
        ChicoryModule module = compile(execution, m.start(start).build());
        module.instantiate();
        module.instantiate();
        assertFalse(module.hasStartImage());
        assertTrue(module.refusesStartImages());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aModuleImportingMemoryOrAMutableGlobalIsNeverSnapshotted(Execution execution) {
        var m = new WasmModuleBuilder();
        m.importGlobal("env", "counter", I32, true);
        int start = m.func(m.type(types(), types()), 0, code());
        ChicoryModule module = compile(execution, m.start(start).build());
        assertTrue(module.refusesStartImages());

        var withMemory = new WasmModuleBuilder();
        withMemory.importMemory("env", "memory", 1, null);
        int start2 = withMemory.func(withMemory.type(types(), types()), 0, code());
        assertTrue(compile(execution, withMemory.start(start2).build()).refusesStartImages());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aSnapshotServesOnlyTheImportedGlobalsItWasTakenWith(Execution execution) {
        CoreEngine engine = CoreEngine.chicory(new CoreEngine.Options(execution));
        var m = new WasmModuleBuilder();
        int seed = m.importGlobal("env", "seed", I32, false);
        module(m);
        int start = m.func(m.type(types(), types()), 0, code(Op.I32_CONST, 0, Op.GLOBAL_GET, seed, Op.I32_STORE, 2, 0));
        ChicoryModule module = (ChicoryModule) engine.compile(m.start(start).build());
        module.instantiate(seed(engine, 5));
        assertTrue(module.hasStartImage());
        assertEquals(6, module.instantiate(seed(engine, 6)).function("load").callForLong(0));
        assertEquals(5, module.instantiate(seed(engine, 5)).function("load").callForLong(0));
    }

    private static CoreImports seed(CoreEngine engine, int value) {
        var g = new WasmModuleBuilder();
        int index = g.global(I32, false, value);
        var instance = engine.compile(g.export("g", KIND_GLOBAL, index).build()).instantiate();
        return CoreImports.builder().define("env", "seed", instance.global("g")).build();
    }
}
