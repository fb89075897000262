package dev.weft.engine;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.I64;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.WasmModuleBuilder.Op;
import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoreFormatTest {

    @ParameterizedTest
    @EnumSource(Execution.class)
    void badMagicIsMalformed(Execution execution) {
        byte[] wasm = {0, 'a', 's', 'x', 1, 0, 0, 0};

        var e = assertThrows(MalformedComponentException.class, () -> Modules.engine(execution).compile(wasm));

        assertTrue(e.reason().startsWith("malformed core module: magic header not detected"), e.reason());
        assertEquals(0, e.offset());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void truncatedModulesAreMalformed(Execution execution) {
        byte[] add = Modules.add();
        CoreEngine engine = Modules.engine(execution);

        for (int length : new int[] {0, 3, 9, add.length - 1}) {
            var e = assertThrows(MalformedComponentException.class,
                    () -> engine.compile(Arrays.copyOf(add, length)), "length " + length);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void functionBodiesAreValidated(Execution execution) {
        var m = new WasmModuleBuilder();
        int f = m.func(m.type(types(I64), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 0, Op.I32_ADD));
        byte[] wasm = m.export("f", KIND_FUNC, f).build();

        var e = assertThrows(InvalidComponentException.class, () -> Modules.engine(execution).compile(wasm));

        assertTrue(e.reason().startsWith("invalid core module: type mismatch"), e.reason());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void duplicateExportNamesAreInvalid(Execution execution) {
        var m = new WasmModuleBuilder();
        int f = m.func(m.type(types(), types()), 0);
        byte[] wasm = m.export("f", KIND_FUNC, f).export("f", KIND_FUNC, f).build();

        var e = assertThrows(InvalidComponentException.class, () -> Modules.engine(execution).compile(wasm));

        assertEquals("invalid core module: duplicate export name \"f\"", e.reason());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void compilesAModuleInsideALargerBuffer(Execution execution) {
        byte[] add = Modules.add();
        byte[] outer = new byte[add.length + 10];
        System.arraycopy(add, 0, outer, 7, add.length);

        CoreModule module = Modules.engine(execution).compile(outer, 7, add.length);

        assertEquals(3, module.instantiate().function("add").callForLong(1, 2));
    }

    /** Corrupted bytes never escape as anything but the project's format exceptions. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void corruptedModulesFailCleanly(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        byte[] original = Modules.memory();
        Random random = new Random(42);
        int rejected = 0;
        for (int round = 0; round < 400; round++) {
            byte[] wasm = original.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                wasm[8 + random.nextInt(wasm.length - 8)] = (byte) random.nextInt(256);
            }
            try {
                engine.compile(wasm);
            } catch (ComponentFormatException e) {
                assertFalse(e.getMessage().isBlank());
                rejected++;
            }
        }
        assertTrue(rejected > 100, "most corruptions are rejected: " + rejected);
    }
}
