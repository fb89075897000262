package dev.weft.engine;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.I64;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.KIND_GLOBAL;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.WasmModuleBuilder.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoreCallTest {
    private static final CoreFuncType I32_TO_I32 = CoreFuncType.of(List.of(CoreValType.I32), List.of(CoreValType.I32));

    @ParameterizedTest
    @EnumSource(Execution.class)
    void callsAdd(Execution execution) {
        CoreModule module = Modules.engine(execution).compile(Modules.add());
        CoreFunction add = module.instantiate().function("add");

        assertEquals(5, (int) add.callForLong(2, 3));
        assertEquals(-1, (int) add.callForLong(-1, 0));
        assertEquals(Integer.MIN_VALUE, (int) add.callForLong(Integer.MAX_VALUE, 1), "i32 wraps");
        assertEquals("(func (param i32 i32) (result i32))", add.type().toString());
        assertEquals(List.of(new CoreExport("add", add.type())), module.exports());
        assertEquals(List.of(), module.imports());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void wrongArgumentCountIsRejected(Execution execution) {
        CoreFunction add = Modules.engine(execution).compile(Modules.add()).instantiate().function("add");
        assertThrows(IllegalArgumentException.class, () -> add.call(1));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void i64ParametersAndNoResults(Execution execution) {
        var m = new WasmModuleBuilder();
        int g = m.global(I64, true, 0);
        int set = m.func(m.type(types(I64, I64), types()), 0,
                code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I64_ADD, Op.GLOBAL_SET, g));
        byte[] wasm = m.export("set", KIND_FUNC, set).export("g", KIND_GLOBAL, g).build();
        CoreInstance instance = Modules.engine(execution).compile(wasm).instantiate();

        long[] results = instance.function("set").call(Long.MAX_VALUE, 1);

        assertEquals(0, results.length);
        assertEquals(Long.MIN_VALUE, instance.global("g").get());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void hostFunctionIsCalledFromWasm(Execution execution) {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int twice = m.importFunc("env", "twice", t);
        int run = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.CALL, twice, Op.I32_CONST, 1, Op.I32_ADD));
        CoreModule module = Modules.engine(execution).compile(m.export("run", KIND_FUNC, run).build());
        List<Long> seen = new ArrayList<>();

        CoreInstance instance = module.instantiate(CoreImports.builder()
                .function("env", "twice", I32_TO_I32, args -> {
                    seen.add(args[0]);
                    return new long[] {2 * args[0]};
                })
                .build());

        assertEquals(21, instance.function("run").callForLong(10));
        assertEquals(List.of(10L), seen);
        assertEquals(List.of(new CoreImport("env", "twice", I32_TO_I32)), module.imports());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void hostExceptionPropagatesUnchanged(Execution execution) {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int fail = m.importFunc("env", "fail", t);
        int run = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.CALL, fail));
        CoreModule module = Modules.engine(execution).compile(m.export("run", KIND_FUNC, run).build());
        RuntimeException thrown = new IllegalStateException("component trap from the host");

        CoreFunction function = module.instantiate(CoreImports.builder()
                .function("env", "fail", I32_TO_I32, args -> {
                    throw thrown;
                })
                .build()).function("run");

        assertSame(thrown, assertThrows(IllegalStateException.class, () -> function.call(1)));
        CoreTrap trap = new CoreTrap("from the component layer");
        CoreFunction second = module.instantiate(CoreImports.builder()
                .function("env", "fail", I32_TO_I32, args -> {
                    throw trap;
                })
                .build()).function("run");
        assertSame(trap, assertThrows(CoreTrap.class, () -> second.call(1)));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void startFunctionRunsOnInstantiateButUnderscoreStartDoesNot(Execution execution) {
        var m = new WasmModuleBuilder();
        int t = m.type(types(), types());
        int hook = m.importFunc("env", "hook", t);
        int startFn = m.func(t, 0, code(Op.CALL, hook));
        int underscoreStart = m.func(t, 0, code(Op.UNREACHABLE));
        byte[] wasm = m.start(startFn).export("_start", KIND_FUNC, underscoreStart).build();
        AtomicInteger calls = new AtomicInteger();
        var imports = CoreImports.builder()
                .function("env", "hook", CoreFuncType.of(List.of(), List.of()), args -> {
                    calls.incrementAndGet();
                    return null;
                })
                .build();
        CoreModule module = Modules.engine(execution).compile(wasm);

        module.instantiate(imports);
        module.instantiate(imports);

        assertEquals(2, calls.get());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void instancesOfOneModuleAreIndependent(Execution execution) {
        CoreModule module = Modules.engine(execution).compile(Modules.memory());
        CoreInstance a = module.instantiate();
        CoreInstance b = module.instantiate();

        a.function("store").call(8, 42);
        a.function("grow").call(1);

        assertEquals(42, a.function("load").callForLong(8));
        assertEquals(0, b.function("load").callForLong(8));
        assertEquals(2, a.memory("mem").pages());
        assertEquals(1, b.memory("mem").pages());
    }

    /** The canonical ABI calls the guest's realloc from inside a host import: core code must be re-entrant. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void hostFunctionMayCallBackIntoTheSameInstance(Execution execution) {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int host = m.importFunc("env", "host", t);
        int addOne = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.I32_CONST, 1, Op.I32_ADD));
        int run = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.CALL, host, Op.I32_CONST, 10, Op.I32_ADD));
        CoreModule module = Modules.engine(execution).compile(
                m.export("addOne", KIND_FUNC, addOne).export("run", KIND_FUNC, run).build());
        CoreFunction[] self = new CoreFunction[1];

        CoreInstance instance = module.instantiate(CoreImports.builder()
                .function("env", "host", I32_TO_I32, args -> self[0].call(self[0].callForLong(args[0])))
                .build());
        self[0] = instance.function("addOne");

        assertEquals(12, instance.function("run").callForLong(0));
        assertEquals(15, instance.function("run").callForLong(3));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void hostFunctionReturningTheWrongNumberOfResultsIsABug(Execution execution) {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32), types(I32));
        int host = m.importFunc("env", "host", t);
        int run = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.CALL, host));
        CoreFunction function = Modules.engine(execution).compile(m.export("run", KIND_FUNC, run).build())
                .instantiate(CoreImports.builder().function("env", "host", I32_TO_I32, args -> null).build())
                .function("run");

        assertThrows(IllegalStateException.class, () -> function.call(1));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void v128TakesTwoSlots(Execution execution) {
        var m = new WasmModuleBuilder();
        byte v128 = 0x7b;
        int id = m.func(m.type(types(v128), types(v128)), 0, code(Op.LOCAL_GET, 0));
        CoreFunction f = Modules.engine(execution).compile(m.export("id", KIND_FUNC, id).build())
                .instantiate().function("id");

        assertEquals(2, f.type().paramSlots());
        assertArrayEquals(new long[] {-1L, 42L}, f.call(-1L, 42L));
    }

    @Test
    void hostFunctionsAreCallableFromJavaToo() {
        CoreFunction f = CoreFunction.host(I32_TO_I32, args -> new long[] {args[0] + 1});
        assertArrayEquals(new long[] {8}, f.call(7));
        assertEquals(0, CoreFunction.host(CoreFuncType.of(List.of(), List.of()), args -> null).call().length);
    }
}
