package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreHostFunction;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreValType;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.Wave;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fused calls between two guests run by Chicory: $A's core function {@code run(ptr, len)} passes
 * its argument to an imported, lowered {@code echo} of $B and returns the pointer to the result;
 * $B's {@code echo} returns its argument. Each has its own memory and bump-allocating
 * {@code realloc}. The host calls $A's lifted {@code run}; the echo between the guests goes through
 * the fused adapter or through values.
 */
class FusedChicoryTest {
    private static final int FUNC = 0;
    private static final int MEMORY = 2;
    private static final CoreValType I32 = CoreValType.I32;

    /** {@code (memory pages)}, a bump {@code realloc} from 1024 (as {@link ChicoryRoundTripTest#libc}) and {@code reset(p)}. */
    static byte[] libc(int pages) {
        MiniWasm m = new MiniWasm().memory(pages);
        m.global(1024);
        int realloc = m.func(4, 1, 1,
                0x23, 0, 0x20, 2, 0x6a, 0x41, 1, 0x6b, 0x41, 0, 0x20, 2, 0x6b, 0x71, 0x21, 4,
                0x20, 4, 0x20, 3, 0x6a, 0x24, 0,
                0x20, 0, 0x04, 0x40,
                0x20, 4, 0x20, 0, 0x20, 1, 0x20, 3, 0x20, 1, 0x20, 3, 0x49, 0x1b, 0xfc, 0x0a, 0, 0,
                0x0b, 0x20, 4);
        int reset = m.func(1, 0, 0, 0x20, 0, 0x24, 0);
        return m.export("mem", MEMORY, 0).export("realloc", FUNC, realloc).export("reset", FUNC, reset).build();
    }

    /** $A: {@code run(ptr, len)} calls the imported {@code echo(ptr, len, 16)} and returns 16. */
    static byte[] caller() {
        MiniWasm m = new MiniWasm().importMemory("libc", "mem");
        int echo = m.importFunc("b", "echo", 3, 0);
        int run = m.func(2, 1, 0, 0x20, 0, 0x20, 1, 0x41, 16, 0x10, echo, 0x41, 16);
        return m.export("run", FUNC, run).build();
    }

    /**
     * Two instances wired together: $A's lifted {@code run} (null unless the function's lowered
     * core type is $A's import of {@code (i32 i32 i32)}) and what the test needs to reach into both.
     */
    record Guests(CanonLift run, CoreFunction coreRun, CoreInstance aLibc, CoreInstance bLibc,
                  ComponentInstanceState a, ComponentInstanceState b, CoreHostFunction echo) {

        static Guests of(CoreEngine engine, FuncType type, boolean fused, int pages) {
            CoreInstance bLibc = engine.compile(libc(pages)).instantiate();
            CoreInstance bMain = engine.compile(ChicoryRoundTripTest.main()).instantiate(CoreImports.builder()
                    .instance("libc", bLibc)
                    .define("host", "log", CoreFunction.host(CanonLower.coreFuncType(T.func(List.of(PrimitiveType.STRING),
                            null), CanonOptions.NONE), args -> CoreFunction.NO_VALUES))
                    .build());
            ComponentInstanceState b = new ComponentInstanceState();
            CanonOptions bOpts = CanonOptions.of(StringEncoding.UTF8, bLibc.memory("mem"), bLibc.function("realloc"));
            CanonLift echo = CanonLift.of(b, bMain.function("echo"), type, bOpts);

            CoreInstance aLibc = engine.compile(libc(pages)).instantiate();
            ComponentInstanceState a = new ComponentInstanceState();
            CanonOptions aOpts = CanonOptions.of(StringEncoding.UTF8, aLibc.memory("mem"), aLibc.function("realloc"));
            Callee callee = fused ? echo : echo::call;
            CoreHostFunction lowered = CanonLower.lower(a, type, aOpts, callee);
            CoreFunction echoImport = CoreFunction.host(CanonLower.coreFuncType(type, aOpts), lowered);
            if (!echoImport.type().params().equals(List.of(I32, I32, I32))) { // $A's run cannot import it
                return new Guests(null, null, aLibc, bLibc, a, b, lowered);
            }
            CoreInstance aMain = engine.compile(caller()).instantiate(CoreImports.builder()
                    .instance("libc", aLibc).define("b", "echo", echoImport).build());
            CanonLift run = CanonLift.of(a, aMain.function("run"), type, aOpts);
            return new Guests(run, aMain.function("run"), aLibc, bLibc, a, b, lowered);
        }

        /** Frees everything both bump allocators handed out since {@code mark}. */
        void reset(long aMark, long bMark) {
            aLibc.function("reset").call(aMark);
            bLibc.function("reset").call(bMark);
        }
    }

    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void echoesBetweenTwoGuests(CoreEngine.Execution execution) {
        CoreEngine engine = CoreEngine.chicory(new CoreEngine.Options(execution));
        ValueType record = T.record("name", PrimitiveType.STRING, "scores", new ListType(PrimitiveType.F64),
                "flag", PrimitiveType.BOOL);
        List<Object[]> cases = List.of(
                new Object[] {PrimitiveType.STRING, "\"snow ☃ and cake 🍰\""},
                new Object[] {new ListType(PrimitiveType.U32), "[1, 2, 4294967295]"},
                new Object[] {new ListType(PrimitiveType.STRING), "[\"a\", \"\", \"ünï\"]"},
                new Object[] {new ListType(record), "[{name: \"x\", scores: [1.5, nan], flag: true}]"});
        for (Object[] c : cases) {
            ValueType t = (ValueType) c[0];
            Value v = Wave.parse((String) c[1], t);
            FuncType ft = T.func(List.of(t), t);
            Guests fused = Guests.of(engine, ft, true, 2);
            assertInstanceOf(FusedAdapter.class, fused.echo());
            assertEquals(Optional.of(v), fused.run().call(List.of(v)), t.wit());
            Guests values = Guests.of(engine, ft, false, 2);
            assertEquals(Optional.of(v), values.run().call(List.of(v)), t.wit());
            assertTrue(fused.a().mayEnter() && fused.b().mayEnter());
        }
    }

    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void aCallerSideTrapLeavesTheCalleeUnentered(CoreEngine.Execution execution) {
        CoreEngine engine = CoreEngine.chicory(new CoreEngine.Options(execution));
        FuncType ft = T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING);
        Guests g = Guests.of(engine, ft, true, 2);
        Trap t = assertThrows(Trap.class, () -> g.coreRun().call(200_000, 5));
        assertEquals("string content out-of-bounds (string pointer/length out of bounds of memory)", t.reason());
        assertTrue(g.b().mayEnter(), "the caller trapped before entering the callee");
    }
}
