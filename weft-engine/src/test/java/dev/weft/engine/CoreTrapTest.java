package dev.weft.engine;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.WasmModuleBuilder.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoreTrapTest {

    /** Exports "unreachable", "div" (i32 i32)->i32, "load" (i32)->i32, "recurse", "indirect" (calls table slot 0). */
    private static CoreInstance trapper(Execution execution) {
        var m = new WasmModuleBuilder();
        int none = m.type(types(), types());
        int unreachable = m.func(none, 0, code(Op.UNREACHABLE));
        int div = m.func(m.type(types(I32, I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I32_DIV_S));
        m.memory(1, 1);
        int load = m.func(m.type(types(I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0));
        int recurse = m.func(none, 0, code(Op.CALL, 3)); // calls itself: function index 3
        assertEquals(3, recurse);
        m.table(1, 1);
        int indirect = m.func(none, 0, code(Op.I32_CONST, 0, Op.CALL_INDIRECT, none, 0));
        byte[] wasm = m.export("unreachable", KIND_FUNC, unreachable)
                .export("div", KIND_FUNC, div)
                .export("load", KIND_FUNC, load)
                .export("recurse", KIND_FUNC, recurse)
                .export("indirect", KIND_FUNC, indirect)
                .build();
        return Modules.engine(execution).compile(wasm).instantiate();
    }

    private static String trap(Runnable call) {
        return assertThrows(CoreTrap.class, call::run).getMessage();
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void everyTrapIsACoreTrapWithTheSpecWording(Execution execution) {
        CoreInstance i = trapper(execution);

        assertEquals("wasm trap: wasm `unreachable` instruction executed", trap(() -> i.function("unreachable").call()));
        assertEquals("wasm trap: integer divide by zero", trap(() -> i.function("div").call(1, 0)));
        assertEquals("wasm trap: integer overflow", trap(() -> i.function("div").call(Integer.MIN_VALUE, -1)));
        assertStartsWith("wasm trap: out of bounds memory access", trap(() -> i.function("load").call(65535)));
        assertEquals("wasm trap: call stack exhausted", trap(() -> i.function("recurse").call()));
        assertStartsWith("wasm trap: uninitialized element", trap(() -> i.function("indirect").call()));
        assertEquals(-3, (int) i.function("div").callForLong(-7, 2), "the instance still works after traps");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void trapInStartFunctionFailsInstantiation(Execution execution) {
        var m = new WasmModuleBuilder();
        int start = m.func(m.type(types(), types()), 0, code(Op.UNREACHABLE));
        CoreModule module = Modules.engine(execution).compile(m.start(start).build());

        CoreTrap trap = assertThrows(CoreTrap.class, module::instantiate);

        assertEquals("wasm `unreachable` instruction executed", trap.reason());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void dataSegmentOutOfBoundsTrapsAtInstantiation(Execution execution) {
        var m = new WasmModuleBuilder();
        m.memory(1, null);
        CoreModule module = Modules.engine(execution).compile(m.data(65534, new byte[] {1, 2, 3}).build());

        CoreTrap trap = assertThrows(CoreTrap.class, module::instantiate);

        assertStartsWith("out of bounds memory access", trap.reason());
    }

    private static void assertStartsWith(String prefix, String actual) {
        if (!actual.startsWith(prefix)) {
            throw new AssertionError("expected a message starting with <" + prefix + "> but was <" + actual + ">");
        }
    }
}
