package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.abi.Flattening;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreHostFunction;
import dev.weft.engine.CoreTrap;
import dev.weft.engine.CoreValType;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonLiftLowerTest {
    private static final CoreValType I32 = CoreValType.I32;
    private static final FuncType NOTHING = T.func(List.of(), null);

    private final T.Env env = T.Env.utf8();

    static CoreFunction core(List<CoreValType> params, List<CoreValType> results, CoreHostFunction body) {
        return CoreFunction.host(CoreFuncType.of(params, results), body);
    }

    @Test
    void anEchoLowersTheArgumentCallsLiftsTheResultAndRunsPostReturn() {
        List<Long> postReturn = new ArrayList<>();
        CoreFunction echo = core(List.of(I32, I32), List.of(I32), args -> {
            env.memory().writeI32(16, (int) args[0]);
            env.memory().writeI32(20, (int) args[1]);
            return new long[] {16};
        });
        CoreFunction post = core(List.of(I32), List.of(), args -> {
            postReturn.add(args[0]);
            assertFalse(env.inst().mayLeave(), "post-return runs with may_leave cleared");
            return null;
        });
        FuncType ft = T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING);
        CanonLift f = CanonLift.of(env.inst(), echo, ft, env.opts().withPostReturn(post));
        assertEquals(echo.type(), f.abi().coreFuncType(Flattening.Direction.LIFT));
        assertEquals(Optional.of(Value.string("héllo")), f.call(List.of(Value.string("héllo"))));
        assertEquals(List.of(16L), postReturn);
        assertTrue(env.inst().mayEnter() && env.inst().mayLeave());
        assertEquals(Optional.of(Value.string("")), f.call(List.of(Value.string(""))));
    }

    @Test
    void aNoopCallsTheCoreFunctionOnce() {
        int[] calls = new int[1];
        CoreFunction noop = core(List.of(), List.of(), args -> {
            calls[0]++;
            assertFalse(env.inst().mayEnter(), "the instance is entered during the call");
            return null;
        });
        CanonLift f = CanonLift.of(env.inst(), noop, NOTHING, CanonOptions.NONE);
        for (int i = 0; i < 3; i++) assertEquals(Optional.empty(), f.call(List.of()));
        assertEquals(3, calls[0]);
    }

    @Test
    void flatArgumentsAndResultsAreCoreValues() {
        CoreFunction add = core(List.of(I32, I32), List.of(I32), args -> new long[] {(int) args[0] + (int) args[1]});
        FuncType ft = T.func(List.of(PrimitiveType.U32, PrimitiveType.U32), PrimitiveType.U32);
        assertEquals(Optional.of(Value.u32(4294967295L)),
                CanonLift.call(env.inst(), add, ft, CanonOptions.NONE, List.of(Value.u32(4294967290L), Value.u32(5))));
    }

    @Test
    void argumentsOfTheWrongTypeAreRejectedBeforeEntering() {
        CoreFunction add = core(List.of(I32), List.of(), args -> null);
        CanonLift f = CanonLift.of(env.inst(), add, T.func(List.of(PrimitiveType.U32), null), CanonOptions.NONE);
        assertThrows(ValueTypeException.class, () -> f.call(List.of(Value.string("x"))));
        assertThrows(ValueTypeException.class, () -> f.call(List.of()));
        assertTrue(env.inst().mayEnter());
        assertFalse(env.inst().poisoned());
    }

    @Test
    void reentranceTrapsAndPoisonsTheInstance() {
        CanonLift[] self = new CanonLift[1];
        CoreFunction reenter = core(List.of(), List.of(), args -> {
            self[0].call(List.of());
            return null;
        });
        self[0] = CanonLift.of(env.inst(), reenter, NOTHING, CanonOptions.NONE);
        Trap t = assertThrows(Trap.class, () -> self[0].call(List.of()));
        assertEquals("wasm trap: cannot enter component instance", t.getMessage());
        assertTrue(env.inst().poisoned());
        Trap again = assertThrows(Trap.class, () -> self[0].call(List.of()));
        assertTrue(again.reason().startsWith("cannot enter component instance"), again.reason());
        assertTrue(again.reason().contains("poisoned"), again.reason());
    }

    @Test
    void coreTrapsBecomeComponentTrapsWithTheSameMessage() {
        CoreFunction trapping = core(List.of(), List.of(), args -> {
            throw new CoreTrap("unreachable");
        });
        Trap t = assertThrows(Trap.class, () -> CanonLift.call(env.inst(), trapping, NOTHING, CanonOptions.NONE, List.of()));
        assertEquals("wasm trap: unreachable", t.getMessage());
        assertTrue(t.getCause() instanceof CoreTrap);
        assertTrue(env.inst().poisoned());
    }

    @Test
    void hostExceptionsPassUnchangedButStillPoison() {
        IllegalStateException boom = new IllegalStateException("boom");
        CoreFunction throwing = core(List.of(), List.of(), args -> {
            throw boom;
        });
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> CanonLift.call(env.inst(), throwing, NOTHING, CanonOptions.NONE, List.of())));
        assertTrue(env.inst().poisoned());
    }

    @Test
    void postReturnCannotCallImports() {
        CoreHostFunction lowered = CanonLower.lower(env.inst(), NOTHING, CanonOptions.NONE, args -> Optional.empty());
        CoreFunction f = core(List.of(), List.of(), args -> null);
        CoreFunction post = core(List.of(), List.of(), args -> lowered.call(new long[0]));
        CanonLift lifted = CanonLift.of(env.inst(), f, NOTHING, CanonOptions.NONE.withPostReturn(post));
        Trap t = assertThrows(Trap.class, () -> lifted.call(List.of()));
        assertEquals("cannot leave component instance", t.reason());
    }

    @Test
    void aLoweredFunctionLiftsArgumentsAndStoresTheResultInTheCallersBuffer() {
        List<ComponentInstanceState> callers = new ArrayList<>();
        Callee upper = new Callee() {
            @Override
            public Optional<Value> call(List<Value> args) {
                throw new AssertionError("the caller is passed");
            }

            @Override
            public Optional<Value> call(ComponentInstanceState caller, List<Value> args) {
                callers.add(caller);
                return Optional.of(Value.string(((dev.weft.runtime.value.Str) args.get(0)).value().toUpperCase()));
            }
        };
        FuncType ft = T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING);
        CoreFunction lowered = CanonLower.lowerFunction(env.inst(), ft, env.opts(), upper);
        assertEquals(CoreFuncType.of(List.of(I32, I32, I32), List.of()), lowered.type());
        byte[] hello = "héllo".getBytes(StandardCharsets.UTF_8);
        env.memory().write(100, hello);
        assertArrayEquals(new long[0], lowered.call(100, hello.length, 200));
        assertEquals(List.of(env.inst()), callers);
        int ptr = env.memory().readI32(200);
        int len = env.memory().readI32(204);
        assertEquals("HÉLLO", new String(env.memory().read(ptr, len), StandardCharsets.UTF_8));
    }

    @Test
    void aLoweredFunctionReadsSpilledArguments() {
        List<ValueType> params = Collections.nCopies(17, PrimitiveType.U8);
        List<List<Value>> seen = new ArrayList<>();
        CoreHostFunction lowered = CanonLower.lower(env.inst(), T.func(params, PrimitiveType.U32), env.opts(), args -> {
            seen.add(args);
            return Optional.of(Value.u32(args.size()));
        });
        for (int i = 0; i < 17; i++) env.memory().writeI8(300 + i, (byte) i);
        assertArrayEquals(new long[] {17}, lowered.call(new long[] {300}));
        assertEquals(Value.u8(16), seen.get(0).get(16));
    }

    @Test
    void aLoweredFunctionChecksMayLeaveAndTheCalleesResult() {
        FuncType ft = T.func(List.of(), PrimitiveType.STRING);
        CoreHostFunction wrong = CanonLower.lower(env.inst(), ft, env.opts(), args -> Optional.of(Value.u32(1)));
        assertThrows(ValueTypeException.class, () -> wrong.call(new long[] {0}));
        CoreHostFunction none = CanonLower.lower(env.inst(), ft, env.opts(), args -> null);
        assertThrows(ValueTypeException.class, () -> none.call(new long[] {0}));
        CoreHostFunction ok = CanonLower.lower(env.inst(), ft, env.opts(), args -> Optional.of(Value.string("x")));
        env.inst().setMayLeave(false);
        assertEquals("cannot leave component instance", assertThrows(Trap.class, () -> ok.call(new long[] {0})).reason());
    }

    @Test
    void parentsAndChildrenMayCallEachOtherButNotReenter() {
        ComponentInstanceState p = new ComponentInstanceState();
        ComponentInstanceState c1 = new ComponentInstanceState(p);
        ComponentInstanceState c2 = new ComponentInstanceState(p);
        p.enterFrom(null);
        c1.enterFrom(p);
        c2.enterFrom(c1);
        assertTrue(p.mayEnterFrom(c2), "a child calling back into its parent enters nothing new (donut wrapping)");
        assertFalse(c1.mayEnterFrom(p), "but the parent cannot reenter a child that is on the stack");
        assertFalse(c2.mayEnterFrom(null), "nor can the host enter a child of an entered parent");
        Trap t = assertThrows(Trap.class, () -> c1.enterFrom(p));
        assertEquals("cannot enter component instance", t.reason());
        c2.leaveTo(c1);
        c1.leaveTo(p);
        p.leaveTo(null);
        assertTrue(c2.mayEnterFrom(null));
    }
}
