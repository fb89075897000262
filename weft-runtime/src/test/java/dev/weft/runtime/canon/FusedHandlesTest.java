package dev.weft.runtime.canon;

import static dev.weft.types.PrimitiveType.U32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreHostFunction;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.runtime.resource.ResourceRep;
import dev.weft.types.BorrowType;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Handles crossing between guests through the fused adapter: an {@code own} moves from one
 * instance's table to the other's, a {@code borrow} is lent for the call (as the representation
 * itself to the resource's own instance, as a borrow handle to any other, which must drop it),
 * with the spec's checks. Each call is compared with the same call through values.
 */
class FusedHandlesTest {
    private final ResourceType r = new ResourceType("R");
    private final ResourceType s = new ResourceType("S");
    private final OwnType own = new OwnType(r);
    private final BorrowType borrow = new BorrowType(r);
    private final List<String> log = new ArrayList<>();

    /** A pair where the callee $B defines R (or a third instance does, {@code bDefines} false) and S. */
    private record World(GuestPair pair, ResourceDefinition rDef, ResourceDefinition sDef, ComponentInstanceState third) {}

    private World world(FuncType ft, boolean bDefines) {
        GuestPair p = new GuestPair(ft);
        ComponentInstanceState third = new ComponentInstanceState();
        ResourceDefinition rDef = (bDefines ? p.b.inst : third).defineResource(r, Optional.empty());
        ResourceDefinition sDef = third.defineResource(s, Optional.empty());
        return new World(p, rDef, sDef, third);
    }

    /** Both paths on fresh worlds, the caller's handles set up and the callee's core code given; they must agree. */
    private GuestPair.Outcome same(FuncType ft, boolean bDefines, BiFunction<World, long[], long[]> callee,
                                   java.util.function.Function<World, long[]> caller) {
        log.clear();
        GuestPair.Outcome fused = run(ft, bDefines, callee, caller, true);
        List<String> fusedLog = List.copyOf(log);
        log.clear();
        assertEquals(run(ft, bDefines, callee, caller, false), fused);
        assertEquals(log, fusedLog, "what the callee saw");
        return fused;
    }

    private GuestPair.Outcome run(FuncType ft, boolean bDefines, BiFunction<World, long[], long[]> callee,
                                  java.util.function.Function<World, long[]> caller, boolean fused) {
        World w = world(ft, bDefines);
        w.pair().core = args -> callee.apply(w, args);
        long[] args = caller.apply(w);
        CoreHostFunction f = w.pair().lowered(fused);
        if (fused) assertInstanceOf(FusedAdapter.class, f);
        return w.pair().outcome(f, w.pair().withRetptr(args));
    }

    private static long ownIn(ComponentInstanceState inst, ResourceRep rep) {
        return inst.handles().add(HandleElement.own(rep));
    }

    private void describe(ComponentInstanceState inst, long i) {
        HandleElement h = (HandleElement) inst.handles().get((int) i);
        log.add(i + ": " + h);
    }

    @Test
    void anOwnMovesFromTheCallersTableToTheCallees() {
        GuestPair.Outcome o = same(T.func(List.of(own), U32), false, (w, args) -> {
            describe(w.pair().b.inst, args[0]);
            return new long[] {args[0]};
        }, w -> new long[] {ownIn(w.pair().a.inst, w.rDef().rep(42))});
        assertEquals(List.of("1: own R(rep 42)"), log);
        assertEquals(0, o.aHandles());
        assertEquals(1, o.bHandles());
    }

    @Test
    void anOwnResultMovesFromTheCalleesTableToTheCallers() {
        GuestPair.Outcome o = same(T.func(List.of(), own), true, (w, args) ->
                new long[] {ResourceBuiltins.canonResourceNew(w.pair().b.inst, w.rDef(), 7)}, w -> new long[0]);
        assertEquals(0, o.bHandles());
        assertTrue(o.result().startsWith("returned [1] = "), o.result());
    }

    @Test
    void aBorrowOfTheCalleesOwnResourceIsItsRepresentation() {
        same(T.func(List.of(borrow), U32), true, (w, args) -> {
            HandleElement lender = (HandleElement) w.pair().a.inst.handles().get(1);
            log.add("rep " + args[0] + ", lent " + lender.numLends());
            return new long[] {args[0]};
        }, w -> new long[] {ownIn(w.pair().a.inst, w.rDef().rep(42))});
        assertEquals(List.of("rep 42, lent 1"), log);
    }

    @Test
    void aBorrowOfAnotherResourceIsAHandleTheCalleeMustDrop() {
        GuestPair.Outcome dropped = same(T.func(List.of(borrow), null), false, (w, args) -> {
            describe(w.pair().b.inst, args[0]);
            ResourceBuiltins.canonResourceDrop(w.pair().b.inst, r, (int) args[0]);
            return new long[0];
        }, w -> new long[] {ownIn(w.pair().a.inst, w.rDef().rep(42))});
        assertEquals("returned [] = nothing", dropped.result());
        assertEquals(List.of("1: borrow R(rep 42)"), log);
        assertEquals(1, dropped.aHandles(), "the lender keeps its handle");
        assertEquals(0, dropped.bHandles());
        GuestPair.Outcome kept = same(T.func(List.of(borrow), null), false, (w, args) -> new long[0],
                w -> new long[] {ownIn(w.pair().a.inst, w.rDef().rep(42))});
        assertEquals("trap: borrow handles still remain at the end of the call", kept.result());
        assertTrue(kept.bPoisoned());
    }

    @Test
    void listsAndOptionsOfOwns() {
        ValueType list = new ListType(own);
        GuestPair.Outcome o = same(T.func(List.of(list), list), false, (w, args) -> {
            GuestPair p = w.pair();
            for (int i = 0; i < args[1]; i++) describe(p.b.inst, p.b.memory.readI32(args[0] + 4L * i));
            p.b.memory.writeI32(16, (int) args[0]);
            p.b.memory.writeI32(20, 2);
            return new long[] {16};
        }, w -> {
            GuestPair p = w.pair();
            for (int i = 0; i < 3; i++) p.a.memory.writeI32(256 + 4 * i, (int) ownIn(p.a.inst, w.rDef().rep(40 + i)));
            return new long[] {256, 3};
        });
        assertEquals(List.of("1: own R(rep 40)", "2: own R(rep 41)", "3: own R(rep 42)"), log);
        assertEquals(0, o.aHandles(), "all three left; the two that came back were lifted out by the test");
        assertEquals(1, o.bHandles(), "one stayed");
        assertTrue(o.result().startsWith("returned [] = ["), o.result());
        ValueType option = new OptionType(own);
        GuestPair.Outcome some = same(T.func(List.of(option), null), false, (w, args) -> {
            describe(w.pair().b.inst, args[1]);
            return new long[0];
        }, w -> new long[] {1, ownIn(w.pair().a.inst, w.rDef().rep(9))});
        assertEquals(1, some.bHandles());
    }

    @Test
    void anOwnCannotMoveWhileTheSameCallBorrowsIt() {
        ValueType both = T.record("b", borrow, "o", own);
        GuestPair.Outcome o = same(T.func(List.of(both), null), false, (w, args) -> new long[0], w -> {
            long h = ownIn(w.pair().a.inst, w.rDef().rep(1));
            return new long[] {h, h};
        });
        assertEquals("trap: cannot remove owned resource while borrowed", o.result());
        assertTrue(o.bMayEnter() && !o.bPoisoned(), "the caller trapped before the callee was entered");
    }

    @Test
    void handlesOfTheWrongTypeOrUnknown() {
        GuestPair.Outcome wrong = same(T.func(List.of(own), null), false, (w, args) -> new long[0],
                w -> new long[] {ownIn(w.pair().a.inst, w.sDef().rep(1))});
        assertTrue(wrong.result().startsWith("trap: handle index 1 used with the wrong type"), wrong.result());
        assertEquals(0, wrong.aHandles(), "lift_own took it out of the table before checking it");
        GuestPair.Outcome unknown = same(T.func(List.of(borrow), null), false, (w, args) -> new long[0],
                w -> new long[] {5});
        assertEquals("trap: unknown handle index 5", unknown.result());
    }
}
