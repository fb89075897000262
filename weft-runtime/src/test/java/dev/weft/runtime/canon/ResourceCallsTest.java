package dev.weft.runtime.canon;

import static dev.weft.runtime.canon.CanonLiftLowerTest.core;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreHostFunction;
import dev.weft.engine.CoreValType;
import dev.weft.runtime.Trap;
import dev.weft.runtime.resource.BorrowScope;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.runtime.resource.ResourceRep;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.Value;
import dev.weft.types.BorrowType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Owns and borrows passed between a component $C that defines resource R and a client $D, as in
 * the conformance test {@code resources/borrows.wast}, with the core code of both written in Java.
 */
class ResourceCallsTest {
    private static final CoreValType I32 = CoreValType.I32;

    private final ResourceType r = new ResourceType("R");
    private final OwnType own = new OwnType(r);
    private final BorrowType borrow = new BorrowType(r);
    private final ComponentInstanceState c = new ComponentInstanceState();
    private final ComponentInstanceState d = new ComponentInstanceState();
    private final List<Long> destroyed = new ArrayList<>();
    private int made;

    private final CoreHostFunction make;
    private final CoreHostFunction getRep;
    private final CoreHostFunction borrowAndTake;
    private final CoreHostFunction dDrop;

    ResourceCallsTest() {
        ResourceDefinition def = c.defineResource(r, Optional.of(core(List.of(I32), List.of(), args -> {
            destroyed.add(args[0]);
            return null;
        })));
        CoreHostFunction cNew = ResourceBuiltins.resourceNew(c, r);
        CoreHostFunction cDrop = ResourceBuiltins.resourceDrop(c, r);
        CanonLift makeC = CanonLift.of(c, core(List.of(), List.of(I32),
                args -> cNew.call(new long[] {0x40 + ++made})), T.func(List.of(), own), CanonOptions.NONE);
        CanonLift getRepC = CanonLift.of(c, core(List.of(I32), List.of(I32), args -> new long[] {args[0]}),
                T.func(List.of(borrow), PrimitiveType.U32), CanonOptions.NONE);
        CanonLift borrowAndTakeC = CanonLift.of(c, core(List.of(I32, I32), List.of(I32), args -> {
            cDrop.call(new long[] {args[1]});
            return new long[] {args[0]};
        }), T.func(List.of(borrow, own), PrimitiveType.U32), CanonOptions.NONE);
        assertEquals(r, def.type());

        make = CanonLower.lower(d, T.func(List.of(), own), CanonOptions.NONE, makeC);
        getRep = CanonLower.lower(d, T.func(List.of(borrow), PrimitiveType.U32), CanonOptions.NONE, getRepC);
        borrowAndTake = CanonLower.lower(d, T.func(List.of(borrow, own), PrimitiveType.U32), CanonOptions.NONE,
                borrowAndTakeC);
        dDrop = ResourceBuiltins.resourceDrop(d, r);
    }

    private static long call(CoreHostFunction f, long... args) {
        long[] results = f.call(args);
        return results.length == 0 ? -1 : results[0];
    }

    @Test
    void borrowsLeaveTheLendersHandleUsable() {
        long h1 = call(make);
        assertEquals(1, h1, "the own moved into $D's table");
        assertEquals(0, c.handles().size(), "and out of $C's");
        assertEquals(0x41, call(getRep, h1), "$C implements R, so it gets the rep itself");
        assertEquals(0x41, call(getRep, h1));
        assertEquals(0, ((HandleElement) d.handles().get(1)).numLends(), "the lend ended with the call");
        long h2 = call(make);
        assertEquals(2, h2);
        assertEquals(0x41, call(borrowAndTake, h1, h2));
        assertEquals(List.of(0x42L), destroyed);
        call(dDrop, h1);
        assertEquals(List.of(0x42L, 0x41L), destroyed, "dropping the last own runs $C's destructor");
        assertEquals(0, d.handles().size());
        assertTrue(c.mayEnter() && d.mayEnter());
    }

    @Test
    void anOwnCannotBeTransferredWhileItIsLent() {
        long h = call(make);
        Trap t = assertThrows(Trap.class, () -> call(borrowAndTake, h, h));
        assertEquals("cannot remove owned resource while borrowed", t.reason());
    }

    @Test
    void aBorrowHandleIsNotAnOwn() {
        ResourceType hostType = new ResourceType("H");
        ResourceDefinition host = ResourceDefinition.host(hostType, rep -> { });
        BorrowScope scope = new BorrowScope();
        LiftLowerContext cx = new LiftLowerContext(CanonOptions.NONE, d).withTask(scope);
        int i = Storing.lowerBorrow(cx, new BorrowHandle(new BorrowType(hostType), host.rep("x")));
        assertEquals(1, scope.numBorrows());
        Trap t = assertThrows(Trap.class, () -> Loading.liftOwn(cx, i, new OwnType(hostType)));
        assertTrue(t.reason().contains("is a borrow handle"), t.reason());
    }

    @Test
    void aCalleeMustDropTheBorrowsItWasLent() {
        ResourceType hostType = new ResourceType("file");
        List<Object> closed = new ArrayList<>();
        ResourceDefinition host = ResourceDefinition.host(hostType, closed::add);
        BorrowType b = new BorrowType(hostType);
        CoreHostFunction dropInC = ResourceBuiltins.resourceDrop(c, hostType);
        CanonLift keeps = CanonLift.of(c, core(List.of(I32), List.of(), args -> null), T.func(List.of(b), null),
                CanonOptions.NONE);
        CanonLift drops = CanonLift.of(c, core(List.of(I32), List.of(), args -> dropInC.call(new long[] {args[0]})),
                T.func(List.of(b), null), CanonOptions.NONE);
        Value arg = new BorrowHandle(b, host.rep("the file"));
        assertEquals(Optional.empty(), drops.call(List.of(arg)));
        assertEquals(List.of(), closed, "dropping a borrow does not destroy the resource");
        assertEquals(0, c.handles().size());
        Trap t = assertThrows(Trap.class, () -> keeps.call(List.of(arg)));
        assertEquals("borrow handles still remain at the end of the call", t.reason());
    }

    @Test
    void theHostCanOwnAGuestResourceAndDropIt() {
        CanonLift makeC = CanonLift.of(c, core(List.of(), List.of(I32),
                args -> ResourceBuiltins.resourceNew(c, r).call(new long[] {7})), T.func(List.of(), own), CanonOptions.NONE);
        OwnHandle h = (OwnHandle) makeC.call(List.of()).orElseThrow();
        ResourceRep.Guest rep = (ResourceRep.Guest) h.handle();
        assertEquals(7, rep.rep());
        rep.definition().destroy(rep, null);
        assertEquals(List.of(7L), destroyed);
        CoreFunction take = core(List.of(I32), List.of(), args -> {
            destroyed.add(-args[0]);
            return null;
        });
        OwnHandle again = new OwnHandle(own, rep.definition().rep(8));
        CanonLift.call(d, take, T.func(List.of(own), null), CanonOptions.NONE, List.of(again));
        assertEquals(List.of(7L, -1L), destroyed, "passed back into a component, the own is handle 1 of its table");
        assertEquals(1, d.handles().size());
    }

    @Test
    void handlesOfTheWrongTypeTrapWhenLifted() {
        ResourceType other = new ResourceType("other");
        ResourceDefinition otherDef = ResourceDefinition.host(other);
        int i = Storing.lowerOwn(new LiftLowerContext(CanonOptions.NONE, d), new OwnHandle(new OwnType(other),
                otherDef.rep(new Object())));
        Trap t = assertThrows(Trap.class, () -> call(getRep, i));
        assertTrue(t.reason().startsWith("handle index 1 used with the wrong type, expected guest-defined resource but"
                + " found host-defined resource"), t.reason());
        assertEquals("unknown handle index 9", assertThrows(Trap.class, () -> call(getRep, 9)).reason());
    }
}
