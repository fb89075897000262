package dev.weft.runtime.canon;

import static dev.weft.types.PrimitiveType.CHAR;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreTrap;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Traps of fused calls: each is the trap that lifting into values and lowering them gives, at the
 * same point, with the same words, and leaves the same state behind (what the callee allocated,
 * whether it was entered and poisoned, the handles). The one difference is where the spec and
 * values part ways: the result is lowered into the caller before the callee's {@code post-return},
 * inside the call.
 */
class FusedTrapsTest {
    private static final ListType LIST_U32 = new ListType(U32);

    /** Both paths on fresh pairs set up by {@code setUp}, called with {@code args}; they must agree. */
    private static GuestPair.Outcome same(FuncType ft, Consumer<GuestPair> setUp, long... args) {
        GuestPair.Outcome fused = run(ft, true, setUp, args);
        assertEquals(run(ft, false, setUp, args), fused);
        assertTrue(fused.result().startsWith("trap: "), fused.result());
        return fused;
    }

    private static GuestPair.Outcome run(FuncType ft, boolean fused, Consumer<GuestPair> setUp, long[] args) {
        GuestPair p = new GuestPair(ft);
        p.body = received -> ft.result().map(t -> received.get(0));
        setUp.accept(p);
        return p.outcome(p.lowered(fused), p.withRetptr(args));
    }

    private static void callerNotEntered(GuestPair.Outcome o) {
        assertEquals(List.of(), o.bReallocs(), "nothing was lowered into the callee");
        assertTrue(o.bMayEnter() && !o.bPoisoned(), "the callee was not entered");
        assertEquals("null", o.received());
    }

    @Test
    void outOfBoundsInTheCaller() {
        FuncType string = T.func(List.of(STRING), null);
        callerNotEntered(same(string, p -> { }, 65_530, 10));
        assertEquals("trap: string content out-of-bounds (string pointer/length out of bounds of memory)",
                same(string, p -> { }, 65_530, 10).result());
        FuncType list = T.func(List.of(LIST_U32), null);
        assertEquals("trap: list content out-of-bounds (list pointer/length out of bounds of memory)",
                same(list, p -> { }, 65_000, 200).result());
        assertEquals("trap: unaligned pointer", same(list, p -> { }, 258, 1).result());
        assertEquals("trap: list byte length 17179869180 exceeds the maximum of 268435455",
                same(list, p -> { }, 256, 0xFFFF_FFFFL).result());
        callerNotEntered(same(list, p -> { }, 65_000, 200));
    }

    @Test
    void outOfBoundsInsideAListInTheCaller() {
        FuncType ft = T.func(List.of(new ListType(LIST_U32)), null);
        GuestPair.Outcome o = same(ft, p -> {
            p.a.memory.writeI32(256, 512);
            p.a.memory.writeI32(260, 1);
            p.a.memory.writeI32(264, 65_532);
            p.a.memory.writeI32(268, 2);
        }, 256, 2);
        assertEquals("trap: list content out-of-bounds (list pointer/length out of bounds of memory)", o.result());
        callerNotEntered(o);
    }

    @Test
    void spilledArgumentsOutOfBoundsOrUnaligned() {
        FuncType ft = T.func(Collections.nCopies(17, (ValueType) U32), null);
        assertEquals("trap: pointer out of bounds of memory: 68 bytes of spilled values at 65500",
                same(ft, p -> { }, 65_500).result());
        assertEquals("trap: unaligned pointer", same(ft, p -> { }, 258).result());
    }

    @Test
    void invalidCharsAndDiscriminantsInTheCaller() {
        assertEquals("trap: invalid `char` bit pattern: 0xd800 is not a Unicode scalar value",
                same(T.func(List.of(CHAR), null), p -> { }, 0xD800).result());
        GuestPair.Outcome chars = same(T.func(List.of(new ListType(CHAR)), null), p -> {
            p.a.memory.writeI32(256, 'a');
            p.a.memory.writeI32(260, 0x110000);
        }, 256, 2);
        assertEquals("trap: invalid `char` bit pattern: 0x110000 is not a Unicode scalar value", chars.result());
        callerNotEntered(chars);
        ValueType variant = T.variant(null, U8);
        assertEquals("trap: invalid variant discriminant 2 for a type with 2 cases",
                same(T.func(List.of(variant), null), p -> { }, 2, 0).result());
        GuestPair.Outcome inMemory = same(T.func(List.of(new ListType(variant)), null), p -> {
            p.a.memory.writeI8(256, (byte) 1);
            p.a.memory.writeI8(258, (byte) 7);
        }, 256, 2);
        assertEquals("trap: invalid variant discriminant 7 for a type with 2 cases", inMemory.result());
        callerNotEntered(inMemory);
    }

    @Test
    void aBadReallocInTheCallee() {
        FuncType ft = T.func(List.of(new ListType(STRING)), null);
        Consumer<GuestPair> twoStrings = p -> {
            p.a.memory.write(300, "abcd".getBytes());
            p.a.memory.writeI32(256, 300);
            p.a.memory.writeI32(260, 2);
            p.a.memory.writeI32(264, 302);
            p.a.memory.writeI32(268, 2);
        };
        GuestPair.Outcome misaligned = same(ft, twoStrings.andThen(p -> p.b.realloc.override = ptr -> ptr | 1), 256, 2);
        assertEquals("trap: unaligned pointer (realloc return: result not aligned)", misaligned.result());
        assertEquals(List.of("B realloc 0,4,16"), misaligned.bReallocs());
        assertTrue(misaligned.bPoisoned(), "the trap happened inside the callee");
        GuestPair.Outcome outside = same(ft, twoStrings.andThen(p -> p.b.realloc.override = ptr -> ptr < 1040 ? ptr
                : 65_535), 256, 2);
        assertEquals("trap: string content out-of-bounds (realloc return: beyond end of memory)", outside.result());
        assertEquals(List.of("B realloc 0,4,16", "B realloc 0,1,2"), outside.bReallocs());
    }

    @Test
    void cannotLeaveOrEnter() {
        FuncType ft = T.func(List.of(STRING), null);
        GuestPair.Outcome leave = same(ft, p -> p.a.inst.setMayLeave(false), 256, 0);
        assertEquals("trap: cannot leave component instance", leave.result());
        GuestPair.Outcome enter = same(ft, p -> p.b.inst.enterFrom(null), 256, 0);
        assertEquals("trap: cannot enter component instance", enter.result());
        assertEquals(List.of(), enter.bReallocs());
        GuestPair.Outcome badAndBusy = same(ft, p -> p.b.inst.enterFrom(null), 65_535, 9);
        assertEquals("trap: string content out-of-bounds (string pointer/length out of bounds of memory)",
                badAndBusy.result(), "the arguments are lifted before the callee is entered, as with values");
    }

    @Test
    void trapsInTheCallee() {
        FuncType ft = T.func(List.of(U32), STRING);
        GuestPair.Outcome core = same(ft, p -> p.core = args -> {
            throw new CoreTrap("unreachable");
        }, 1);
        assertEquals("trap: unreachable", core.result());
        assertTrue(core.bPoisoned());
        GuestPair.Outcome result = same(ft, p -> p.core = args -> new long[] {65_534}, 1);
        assertEquals("trap: unaligned pointer", result.result());
        GuestPair.Outcome far = same(ft, p -> p.core = args -> new long[] {65_532}, 1);
        assertEquals("trap: pointer out of bounds of memory: 8 bytes of spilled values at 65532", far.result());
        GuestPair.Outcome utf8 = same(ft, p -> p.core = args -> {
            p.b.memory.writeI32(16, 32);
            p.b.memory.writeI32(20, 1);
            p.b.memory.writeI8(32, (byte) 0xFF);
            return new long[] {16};
        }, 1);
        assertEquals("trap: invalid utf-8 sequence of 1 bytes from index 0", utf8.result());
        assertEquals(List.of(), utf8.postReturns(), "no post-return after a trap");
        assertEquals(List.of(), utf8.aReallocs());
    }

    /**
     * The result is lowered into the caller while the callee is still in the call, before its
     * {@code post-return} (the spec's {@code task.return_}); with values, the callee had returned.
     */
    @Test
    void theResultIsLoweredIntoTheCallerBeforePostReturn() {
        FuncType ft = T.func(List.of(STRING), STRING);
        GuestPair fused = new GuestPair(ft);
        fused.body = args -> Optional.of(Value.string("result"));
        fused.call(fused.lowered(true), List.of(Value.string("arg")));
        assertEquals(List.of("B realloc 0,1,3", "B realloc 0,4,8", "B realloc 0,1,6", "A realloc 0,1,6",
                "B post-return [1028]"), fused.events);
        GuestPair values = new GuestPair(ft);
        values.body = args -> Optional.of(Value.string("result"));
        values.call(values.lowered(false), List.of(Value.string("arg")));
        assertEquals(List.of("B realloc 0,1,3", "B realloc 0,4,8", "B realloc 0,1,6", "B post-return [1028]",
                "A realloc 0,1,6"), values.events);
    }

    @Test
    void aTrapLoweringTheResultIntoTheCallerPoisonsTheCallee() {
        FuncType ft = T.func(List.of(U32), STRING);
        GuestPair p = new GuestPair(ft);
        p.body = args -> Optional.of(Value.string("result"));
        Trap t = assertThrows(Trap.class, () -> p.lowered(true).call(new long[] {1, 65_532}));
        assertEquals("pointer out of bounds of memory: 8 bytes of results at 65532", t.reason());
        assertEquals(List.of(), p.postReturns, "post-return does not run after a trap");
        assertTrue(p.b.inst.poisoned());
        GuestPair q = new GuestPair(ft);
        q.body = args -> Optional.of(Value.string("result"));
        q.a.realloc.override = ptr -> 65_533;
        Trap r = assertThrows(Trap.class, () -> q.lowered(true).call(new long[] {1, GuestPair.RETPTR}));
        assertEquals("string content out-of-bounds (realloc return: beyond end of memory)", r.reason());
        assertTrue(q.b.inst.poisoned());
        assertFalse(q.a.inst.poisoned(), "the caller is poisoned by whoever entered it, not by the adapter");
    }

    @Test
    void theCalleeCanBeCalledAgainAfterACallerSideTrap() {
        FuncType ft = T.func(List.of(STRING), U32);
        GuestPair p = new GuestPair(ft);
        p.body = args -> Optional.of(Value.u32(5));
        var f = p.lowered(true);
        assertThrows(Trap.class, () -> f.call(new long[] {65_535, 9}));
        List<Value> args = new ArrayList<>(List.of(Value.string("again")));
        assertEquals(Optional.of(Value.u32(5)), p.call(f, args));
        assertTrue(p.b.inst.mayEnter() && p.b.inst.mayLeave());
    }
}
