package dev.weft.engine.chicory;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.KIND_TABLE;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreModule;
import dev.weft.engine.Modules;
import dev.weft.engine.WasmModuleBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChicoryEngineTest {

    private static Execution executionOf(CoreModule module) {
        return ((ChicoryModule) module).execution();
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void theOptionChoosesInterpreterOrCompiler(Execution execution) {
        CoreEngine engine = Modules.engine(execution);

        assertEquals(execution, engine.options().execution());
        assertEquals(execution, executionOf(engine.compile(Modules.add())));
        assertEquals(execution, executionOf(engine.compile(Modules.memory())));
    }

    @Test
    void defaultsToTheCompiler() {
        assertEquals(Execution.COMPILER, executionOf(CoreEngine.chicory().compile(Modules.add())));
    }

    /**
     * Chicory 1.7.5's validator accepts a function body whose last instruction is not its {@code end}
     * (here a {@code block} left open); its compiler then rejects the body. Weft interprets such
     * a module rather than fail on what may be a compiler limit. Should a later Chicory reject the
     * module, this test will say so: then expect an InvalidComponentException instead.
     */
    @Test
    void fallsBackToTheInterpreterWhenTheCompilerGivesUp() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32, I32), types());
        m.type(types(I32), types(I32));
        // locals: none; local.get 0; local.get 1; i32.sub; block (type 1); end   -- and no final end
        int f = m.rawFunc(t, code(0x00, 0x20, 0x00, 0x20, 0x01, 0x6b, 0x02, 0x01, 0x0b));
        byte[] wasm = m.export("f", KIND_FUNC, f).build();

        CoreModule module = CoreEngine.chicory(CoreEngine.Options.compiler()).compile(wasm);

        assertEquals(Execution.INTERPRETER, executionOf(module));
    }

    /** Chicory grows the module's own table limits; each instance must start from the declared size. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void growingATableDoesNotChangeLaterInstances(Execution execution) {
        var m = new WasmModuleBuilder();
        int table = m.table(1, 10);
        // ref.null func; i32.const 2; table.grow 0
        int grow = m.func(m.type(types(), types(I32)), 0, code(0xd0, 0x70, 0x41, 2, 0xfc, 0x0f, 0x00));
        CoreModule module = Modules.engine(execution).compile(
                m.export("grow", KIND_FUNC, grow).export("t", KIND_TABLE, table).build());

        CoreInstance first = module.instantiate();
        assertEquals(1, first.function("grow").callForLong());
        assertEquals(3, first.table("t").size());

        CoreInstance second = module.instantiate();
        assertEquals(1, second.table("t").size());
        assertEquals(1, module.exports().get(1).type() instanceof dev.weft.engine.CoreTableType t ? t.limits().min() : -1);
    }
}
