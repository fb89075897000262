package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.resource.ResourceRep;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.types.BorrowType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Instantiating: independence of instances, inlined nested components, resources. */
class InstancesTest {
    private final Engine engine = Engine.create();
    private final List<Long> logged = new ArrayList<>();

    private InstancePre nested() {
        Component component = Component.fromBytes(engine, TestComponents.resource("nested.wasm"));
        return new Linker(engine).func("log", args -> {
            logged.add(((U32) args.getFirst()).value());
            return Optional.empty();
        }).instantiatePre(component);
    }

    private static long call(Instance instance, String name) {
        return ((U32) instance.func(name).orElseThrow().call().orElseThrow()).value();
    }

    @Test
    void instancesOfOnePreAreIndependent() {
        InstancePre pre = nested();
        Instance first = pre.instantiate();
        Instance second = pre.instantiate();
        assertEquals(1, call(first, "bump-a"));
        assertEquals(2, call(first, "bump-a"));
        assertEquals(1, call(second, "bump-a"));
        assertEquals(3, call(first, "bump-a"));
        assertEquals(List.of(1L, 2L, 1L, 3L), logged);
    }

    @Test
    void aNestedComponentInstantiatedTwiceHasTwoStates() {
        Instance instance = nested().instantiate();
        assertEquals(1, call(instance, "bump-a"));
        assertEquals(2, call(instance, "bump-a"));
        assertEquals(1, call(instance, "bump-b"));
        assertEquals(2, call(instance.exportedInstance("b").orElseThrow(), "bump"), "`b` is the instance behind bump-b");
        assertEquals(3, call(instance, "b#bump"));
    }

    @Test
    void manyInstantiationsStayIndependent() {
        InstancePre pre = nested();
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < 50; i++) instances.add(pre.instantiate());
        for (int i = 0; i < instances.size(); i++) {
            for (int k = 0; k <= i % 3; k++) call(instances.get(i), "bump-b");
        }
        for (int i = 0; i < instances.size(); i++) assertEquals(i % 3 + 2, call(instances.get(i), "bump-b"));
    }

    @Test
    void coreTagsFlowBetweenCoreInstances() {
        Instance instance = new Linker(engine).instantiate(Component.fromBytes(engine, TestComponents.resource("tags.wasm")));
        assertEquals(Optional.of(Value.u32(13)), instance.func("run").orElseThrow().call(Value.u32(13)),
                "the catcher caught the exception the thrower threw with the aliased tag");
        Trap uncaught = assertThrows(Trap.class, () -> instance.func("throw").orElseThrow().call(Value.u32(1)));
        assertEquals("wasm trap: uncaught wasm exception", uncaught.getMessage());
    }

    private Instance resources(List<Long> dropped) {
        Component component = Component.fromBytes(engine, TestComponents.resource("resources.wasm"));
        return new Linker(engine).func("dropped", args -> {
            dropped.add(((U32) args.getFirst()).value());
            return Optional.empty();
        }).instantiate(component);
    }

    @Test
    void resourceBuiltinsRunInTheDefiningInstance() {
        List<Long> dropped = new ArrayList<>();
        Instance instance = resources(dropped);
        assertEquals(Optional.of(Value.u32(7)), instance.func("roundtrip").orElseThrow().call(Value.u32(7)));
        assertEquals(List.of(7L), dropped, "dropping the own handle ran the destructor");
    }

    @Test
    void ownedHandlesReachTheHostAndComeBackAsBorrows() {
        List<Long> dropped = new ArrayList<>();
        Instance instance = resources(dropped);
        OwnHandle counter = assertInstanceOf(OwnHandle.class,
                instance.func("[constructor]counter").orElseThrow().call(Value.u32(21)).orElseThrow());
        ComponentFunction get = instance.func("[method]counter.get").orElseThrow();
        BorrowType borrow = assertInstanceOf(BorrowType.class, get.type().params().getFirst().type());
        assertEquals(Optional.of(Value.u32(42)), get.call(Value.borrow(borrow, counter.handle())));
        ResourceRep rep = assertInstanceOf(ResourceRep.class, counter.handle());
        rep.definition().destroy(rep, null);
        assertEquals(List.of(21L), dropped);
        assertTrue(instance.exports().containsKey("counter"));
    }

    @Test
    void twoInstancesDefineTheirOwnResources() {
        List<Long> dropped = new ArrayList<>();
        Component component = Component.fromBytes(engine, TestComponents.resource("resources.wasm"));
        InstancePre pre = new Linker(engine).func("dropped", args -> {
            dropped.add(((U32) args.getFirst()).value());
            return Optional.empty();
        }).instantiatePre(component);
        Instance a = pre.instantiate();
        Instance b = pre.instantiate();
        OwnHandle fromA = (OwnHandle) a.func("[constructor]counter").orElseThrow().call(Value.u32(1)).orElseThrow();
        OwnHandle fromB = (OwnHandle) b.func("[constructor]counter").orElseThrow().call(Value.u32(1)).orElseThrow();
        ResourceRep repA = (ResourceRep) fromA.handle();
        ResourceRep repB = (ResourceRep) fromB.handle();
        assertTrue(repA.definition() != repB.definition(), "each instantiation defines the resource afresh");
        assertNotSame(fromA.type().resource(), fromB.type().resource(), "resource types are generative");
        assertSame(fromA.type().resource(), a.resourceType("counter").orElseThrow().type());
        BorrowHandle borrowA = Value.borrow(new BorrowType(fromA.type().resource()), fromA.handle());
        assertEquals(Optional.of(Value.u32(2)), a.func("[method]counter.get").orElseThrow().call(borrowA));
        var e = assertThrows(ValueTypeException.class, () -> b.func("[method]counter.get").orElseThrow().call(borrowA));
        assertTrue(e.getMessage().startsWith("wrong arguments for `[method]counter.get`"), e.getMessage());
        assertEquals(Optional.of(Value.u32(2)), b.func("[method]counter.get").orElseThrow()
                .call(Value.borrow(b.resourceType("counter").orElseThrow().borrowType(), fromB.handle())));
    }

    @Test
    void aResourceOfANestedInstanceIsOneTypeInEveryScope() {
        List<Long> dropped = new ArrayList<>();
        Component component = Component.fromBytes(engine, TestComponents.resource("nested-resources.wasm"));
        Instance instance = new Linker(engine).func("dropped", args -> {
            dropped.add(((U32) args.getFirst()).value());
            return Optional.empty();
        }).instantiate(component);
        assertEquals(Optional.of(Value.u32(10)), instance.func("test").orElseThrow().call(Value.u32(5)));
        assertEquals(List.of(5L), dropped, "the parent's resource.drop ran the child's destructor");

        OwnHandle counter = (OwnHandle) instance.func("[constructor]counter").orElseThrow().call(Value.u32(4)).orElseThrow();
        ComponentFunction get = instance.func("[method]counter.get").orElseThrow();
        BorrowType borrow = (BorrowType) get.type().params().getFirst().type();
        assertEquals(counter.type().resource(), borrow.resource());
        assertEquals(Optional.of(Value.u32(8)), get.call(Value.borrow(borrow, counter.handle())));
    }
}
