package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreHostFunction;
import dev.weft.engine.CoreTrap;
import dev.weft.engine.CoreValType;
import dev.weft.runtime.Trap;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.types.OwnType;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceBuiltinsTest {
    private static final CoreFuncType DTOR = CoreFuncType.of(List.of(CoreValType.I32), List.of());

    private final ComponentInstanceState inst = new ComponentInstanceState();
    private final ResourceType r = new ResourceType("r");
    private final List<Long> destroyed = new ArrayList<>();
    private final List<Boolean> enteredDuringDtor = new ArrayList<>();

    private CoreFunction dtor(ComponentInstanceState impl) {
        return CoreFunction.host(DTOR, args -> {
            destroyed.add(args[0]);
            enteredDuringDtor.add(!impl.mayEnter());
            return null;
        });
    }

    private static long call(CoreHostFunction f, long arg) {
        long[] r = f.call(new long[] {arg});
        return r.length == 0 ? -1 : r[0];
    }

    @Test
    void newRepAndDropFollowTheHandleTable() {
        inst.defineResource(r, Optional.of(dtor(inst)));
        CoreHostFunction newR = ResourceBuiltins.resourceNew(inst, r);
        CoreHostFunction repR = ResourceBuiltins.resourceRep(inst, r);
        CoreHostFunction dropR = ResourceBuiltins.resourceDrop(inst, r);
        assertEquals(1, call(newR, 100));
        assertEquals(2, call(newR, 0xFFFF_FFFFL));
        assertEquals(100, call(repR, 1));
        assertEquals(0xFFFF_FFFFL, call(repR, 2), "reps are unsigned i32s");
        call(dropR, 1);
        assertEquals(List.of(100L), destroyed);
        assertEquals(List.of(false), enteredDuringDtor, "dropping its own resource enters nothing new");
        assertTrue(inst.mayEnter());
        assertEquals("unknown handle index 1", assertThrows(Trap.class, () -> call(repR, 1)).reason());
        assertEquals("unknown handle index 0", assertThrows(Trap.class, () -> call(dropR, 0)).reason());
        assertEquals(1, call(newR, 7), "the freed index is reused");
    }

    @Test
    void aResourceWithoutDestructorIsJustRemoved() {
        inst.defineResource(r, Optional.empty());
        long h = call(ResourceBuiltins.resourceNew(inst, r), 5);
        call(ResourceBuiltins.resourceDrop(inst, r), h);
        assertEquals(0, inst.handles().size());
    }

    @Test
    void handlesAreTypeChecked() {
        ResourceType r2 = new ResourceType("r2");
        inst.defineResource(r, Optional.empty());
        inst.defineResource(r2, Optional.empty());
        long h = call(ResourceBuiltins.resourceNew(inst, r), 1);
        Trap t = assertThrows(Trap.class, () -> call(ResourceBuiltins.resourceDrop(inst, r2), h));
        assertTrue(t.reason().startsWith("handle index 1 used with the wrong type, expected guest-defined resource"
                + " but found a different guest-defined resource"), t.reason());
        assertThrows(Trap.class, () -> call(ResourceBuiltins.resourceRep(inst, r2), h));
        assertEquals(0, inst.handles().size(), "resource.drop removes the handle before checking it");
        int other = inst.handles().add("not a resource");
        Trap notResource = assertThrows(Trap.class, () -> call(ResourceBuiltins.resourceRep(inst, r), other));
        assertEquals("handle index " + other + " is not a resource handle", notResource.reason());
    }

    @Test
    void builtinsThatLeaveTheInstanceCheckMayLeave() {
        inst.defineResource(r, Optional.empty());
        CoreHostFunction newR = ResourceBuiltins.resourceNew(inst, r);
        long h = call(newR, 1);
        inst.setMayLeave(false);
        assertEquals("cannot leave component instance", assertThrows(Trap.class, () -> call(newR, 2)).reason());
        assertEquals("cannot leave component instance",
                assertThrows(Trap.class, () -> call(ResourceBuiltins.resourceDrop(inst, r), h)).reason());
        assertEquals(1, call(ResourceBuiltins.resourceRep(inst, r), h), "resource.rep does not leave");
    }

    @Test
    void anOwnHandleThatIsLentCannotBeDropped() {
        inst.defineResource(r, Optional.empty());
        long h = call(ResourceBuiltins.resourceNew(inst, r), 1);
        HandleElement e = (HandleElement) inst.handles().get((int) h);
        e.lend();
        Trap t = assertThrows(Trap.class, () -> call(ResourceBuiltins.resourceDrop(inst, r), h));
        assertEquals("cannot remove owned resource while borrowed", t.reason());
    }

    @Test
    void droppingFromAnotherInstanceEntersTheDefiningOne() {
        ComponentInstanceState impl = new ComponentInstanceState();
        ResourceDefinition d = impl.defineResource(r, Optional.of(dtor(impl)));
        LiftLowerContext cx = new LiftLowerContext(CanonOptions.NONE, inst);
        int h = Storing.lowerOwn(cx, new OwnHandle(new OwnType(r), d.rep(42)));
        impl.enterFrom(null);
        Trap t = assertThrows(Trap.class, () -> call(ResourceBuiltins.resourceDrop(inst, r), h));
        assertEquals("cannot enter component instance", t.reason(), "the defining instance is busy: reentrance");
        impl.leaveTo(null);
        int h2 = Storing.lowerOwn(cx, new OwnHandle(new OwnType(r), d.rep(43)));
        call(ResourceBuiltins.resourceDrop(inst, r), h2);
        assertEquals(List.of(43L), destroyed);
        assertEquals(List.of(true), enteredDuringDtor);
        assertTrue(impl.mayEnter());
    }

    @Test
    void aTrappingDestructorPoisonsTheDefiningInstance() {
        ComponentInstanceState impl = new ComponentInstanceState();
        CoreFunction trapping = CoreFunction.host(DTOR, args -> {
            throw new CoreTrap("unreachable");
        });
        ResourceDefinition d = impl.defineResource(r, Optional.of(trapping));
        int h = Storing.lowerOwn(new LiftLowerContext(CanonOptions.NONE, inst), new OwnHandle(new OwnType(r), d.rep(1)));
        Trap t = assertThrows(Trap.class, () -> call(ResourceBuiltins.resourceDrop(inst, r), h));
        assertEquals("wasm trap: unreachable", t.getMessage());
        assertTrue(impl.poisoned());
        assertFalse(impl.mayEnterFrom(null));
    }

    @Test
    void hostResourcesAreClosedWhenTheLastOwnIsDropped() {
        ResourceType host = new ResourceType("file");
        ResourceDefinition d = ResourceDefinition.host(host);
        List<String> closed = new ArrayList<>();
        AutoCloseable file = () -> closed.add("closed");
        int h = Storing.lowerOwn(new LiftLowerContext(CanonOptions.NONE, inst), new OwnHandle(new OwnType(host), d.rep(file)));
        call(ResourceBuiltins.resourceDrop(inst, host), h);
        assertEquals(List.of("closed"), closed);
        ResourceDefinition custom = ResourceDefinition.host(new ResourceType("custom"), rep -> closed.add("custom " + rep));
        custom.destroy(custom.rep("x"), null);
        assertEquals(List.of("closed", "custom x"), closed);
        ResourceDefinition failing = ResourceDefinition.host(new ResourceType("failing"), rep -> {
            throw new java.io.IOException("disk gone");
        });
        Trap t = assertThrows(Trap.class, () -> failing.destroy(failing.rep("y"), null));
        assertTrue(t.getCause() instanceof java.io.IOException);
    }

    @Test
    void aLiftedOwnHandsOutTheRepresentationTheTableHeld() {
        ResourceDefinition d = inst.defineResource(r, Optional.empty());
        long h = call(ResourceBuiltins.resourceNew(inst, r), 9);
        LiftLowerContext cx = new LiftLowerContext(CanonOptions.NONE, inst);
        OwnHandle own = Loading.liftOwn(cx, (int) h, new OwnType(r));
        assertEquals(d.rep(9), own.handle());
        assertSame(d, ((dev.weft.runtime.resource.ResourceRep) own.handle()).definition());
        assertEquals(0, inst.handles().size(), "ownership left the table");
    }
}
