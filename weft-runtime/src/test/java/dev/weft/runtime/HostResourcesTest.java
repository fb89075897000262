package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.types.BorrowType;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Host resources backed by Java objects ({@code host-resources.wat}): handles made and read by the
 * host, destructors, ownership moving both ways, type checks, per-instance handle tables.
 */
class HostResourcesTest {
    /** The Java object behind a {@code counter} handle. */
    static final class Counter {
        final int id;
        long value;

        Counter(int id, long value) {
            this.id = id;
            this.value = value;
        }

        @Override
        public String toString() {
            return "counter " + id;
        }
    }

    /** The object behind an {@code other} handle: closed by default when dropped. */
    static final class Other implements AutoCloseable {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private final Engine engine = Engine.create();
    private final List<Counter> destroyed = new ArrayList<>();
    private final List<Counter> consumed = new ArrayList<>();
    private final List<Counter> made = new ArrayList<>();
    private final List<Other> others = new ArrayList<>();
    private final Linker linker = new Linker(engine);
    private final LinkerInstance counters = linker.instance("test:host/counters");
    private final HostResource<Counter> counter = counters.resource("counter", Counter.class, destroyed::add);
    private final HostResource<Other> other = counters.resource("other", Other.class);

    HostResourcesTest() {
        counters.func("[constructor]counter", args -> {
            Counter c = new Counter(made.size(), u32(args.get(0)));
            made.add(c);
            return Optional.of(counter.own(c));
        });
        counters.func("[method]counter.inc", args -> Optional.of(Value.u32(++counter.get(args.get(0)).value)));
        counters.func("[static]counter.created", args -> Optional.of(Value.u32(made.size())));
        counters.func("[constructor]other", args -> {
            others.add(new Other());
            return Optional.of(other.own(others.getLast()));
        });
        counters.func("consume", args -> {
            Counter c = counter.take(args.get(0));
            consumed.add(c);
            return Optional.of(Value.u32(c.value));
        });
    }

    private InstancePre pre() {
        return linker.instantiatePre(Component.fromBytes(engine, TestComponents.resource("host-resources.wasm")));
    }

    private static long u32(Value v) {
        return ((U32) v).value();
    }

    private static long call(Instance instance, String name, Value... args) {
        return u32(instance.func(name).orElseThrow().call(args).orElseThrow());
    }

    private static Trap trap(Instance instance, String name, Value... args) {
        return assertThrows(Trap.class, () -> instance.func(name).orElseThrow().call(args));
    }

    @Test
    void constructorMethodAndStaticFunctionWorkOnJavaObjects() {
        Instance instance = pre().instantiate();
        assertEquals(1, call(instance, "make", Value.u32(5)), "the first handle of the instance's table");
        assertEquals(6, call(instance, "inc", Value.u32(1)));
        assertEquals(7, call(instance, "inc", Value.u32(1)));
        assertEquals(7, made.getFirst().value, "the method ran on the object behind the handle");
        assertEquals(1, call(instance, "created"));
        assertEquals(List.of(), destroyed);
    }

    @Test
    void theGuestDroppingAnOwnHandleRunsTheDestructorOnce() {
        Instance instance = pre().instantiate();
        call(instance, "make", Value.u32(1));
        call(instance, "make", Value.u32(2));
        instance.func("drop").orElseThrow().call(Value.u32(2));
        assertEquals(List.of(made.get(1)), destroyed);
        assertEquals("wasm trap: unknown handle index 2", trap(instance, "drop", Value.u32(2)).getMessage());
        assertEquals(List.of(made.get(1)), destroyed, "the second drop trapped before any destructor");
    }

    @Test
    void anOwnPassedToTheHostIsTheHostsWithoutDestructor() {
        Instance instance = pre().instantiate();
        call(instance, "make", Value.u32(3));
        call(instance, "inc", Value.u32(1));
        assertEquals(4, call(instance, "consume", Value.u32(1)));
        assertEquals(List.of(made.getFirst()), consumed);
        assertEquals(List.of(), destroyed, "the host took ownership: no destructor");
        assertEquals("wasm trap: unknown handle index 1", trap(instance, "inc", Value.u32(1)).getMessage(),
                "the handle left the guest's table");
    }

    @Test
    void theHostLendsAndGivesObjectsToTheGuest() {
        Instance instance = pre().instantiate();
        Counter mine = new Counter(99, 10);
        assertEquals(11, call(instance, "inc-borrowed", counter.borrow(mine)));
        assertEquals(11, mine.value);
        OwnHandle back = assertInstanceOf(OwnHandle.class,
                instance.func("pass").orElseThrow().call(counter.own(mine)).orElseThrow());
        assertSame(mine, counter.take(back), "the own handle came back to the very object");
        assertSame(mine, counter.get(back));
        assertEquals(List.of(), destroyed);
    }

    @Test
    void theExportsSpeakTheHostResourceType() {
        Instance instance = pre().instantiate();
        FuncType pass = instance.func("pass").orElseThrow().type();
        assertEquals(counter.ownType(), pass.params().getFirst().type());
        assertEquals(new OwnType(counter.type()), pass.result().orElseThrow());
        assertEquals(counter.borrowType(), instance.func("inc-borrowed").orElseThrow().type().params().getFirst().type());
    }

    @Test
    void aHandleOfAnotherResourceTypeTrapsInTheGuest() {
        Instance instance = pre().instantiate();
        assertEquals(1, call(instance, "make-other"));
        Trap e = trap(instance, "inc", Value.u32(1));
        assertTrue(e.getMessage().startsWith("wasm trap: handle index 1 used with the wrong type, expected host-defined"
                + " resource but found a different host-defined resource"), e.getMessage());
    }

    @Test
    void theHostCannotReadAHandleOfAnotherType() {
        Counter c = new Counter(0, 0);
        var wrongType = assertThrows(ValueTypeException.class, () -> counter.get(other.own(new Other())));
        assertTrue(wrongType.getMessage().startsWith("expected a handle to host resource `counter`"), wrongType.getMessage());
        assertTrue(wrongType.getMessage().contains("found a handle to host resource `other`"), wrongType.getMessage());
        var notAHandle = assertThrows(ValueTypeException.class, () -> counter.get(Value.u32(1)));
        assertTrue(notAHandle.getMessage().contains("found u32 1"), notAHandle.getMessage());
        var borrowed = assertThrows(ValueTypeException.class, () -> counter.take(counter.borrow(c)));
        assertTrue(borrowed.getMessage().startsWith("cannot take a borrowed handle"), borrowed.getMessage());
        var sameName = HostResource.of("counter", Counter.class);
        assertThrows(ValueTypeException.class, () -> counter.get(sameName.own(c)), "a name does not make a type");
    }

    @Test
    void aHostFunctionReturningAHandleOfAnotherTypeIsReported() {
        Linker wrong = new Linker(engine);
        LinkerInstance h = wrong.instance("test:host/counters");
        h.resource("counter", counter);
        h.resource("other", other);
        h.func("[constructor]counter", args -> Optional.of(other.own(new Other())));
        Instance instance = wrong.defineUnknownImportsAsTraps(component()).instantiate(component());
        var e = assertThrows(ValueTypeException.class, () -> call(instance, "make", Value.u32(1)));
        assertTrue(e.getMessage().startsWith("host function for import `test:host/counters#[constructor]counter`"
                + " (func(start: u32) -> own<counter>) returned a wrong result"), e.getMessage());
    }

    @Test
    void eachInstanceHasItsOwnHandleTable() {
        InstancePre pre = pre();
        Instance a = pre.instantiate();
        Instance b = pre.instantiate();
        assertEquals(1, call(a, "make", Value.u32(1)));
        assertEquals("wasm trap: unknown handle index 1", trap(b, "inc", Value.u32(1)).getMessage(),
                "a's handle index means nothing in b");
        Instance c = pre.instantiate();
        assertEquals(1, call(c, "make", Value.u32(10)));
        assertEquals(2, call(a, "inc", Value.u32(1)));
        assertEquals(11, call(c, "inc", Value.u32(1)));
        assertEquals(2, call(c, "created"), "one host resource serves every instance");
        assertEquals(counter.type(), a.func("pass").orElseThrow().type().result().map(t -> ((OwnType) t).resource()).orElseThrow());
        assertEquals(counter.type(), c.func("pass").orElseThrow().type().result().map(t -> ((OwnType) t).resource()).orElseThrow());
    }

    @Test
    void aHandleOwnedByOneInstanceCanBeLentToAnother() {
        InstancePre pre = pre();
        Instance a = pre.instantiate();
        Instance b = pre.instantiate();
        OwnHandle fromA = assertInstanceOf(OwnHandle.class,
                a.func("pass").orElseThrow().call(counter.own(new Counter(7, 70))).orElseThrow());
        assertEquals(71, call(b, "inc-borrowed", Value.borrow(new BorrowType(fromA.type().resource()), fromA.handle())));
    }

    @Test
    void aDeclaredHostFunctionTypeNamesTheHostResource() {
        Linker declared = new Linker(engine);
        LinkerInstance h = declared.instance("test:host/counters");
        HostResource<Counter> typed = h.resource("counter", Counter.class);
        h.resource("other", Other.class);
        h.func("[constructor]counter", new FuncType(false, List.of(new Field("start", PrimitiveType.U32)),
                Optional.of(typed.ownType())), args -> Optional.of(typed.own(new Counter(0, u32(args.get(0))))));
        Component component = component();
        Instance instance = declared.defineUnknownImportsAsTraps(component).instantiate(component);
        assertEquals(1, call(instance, "make", Value.u32(1)));

        Linker mismatched = new Linker(engine);
        LinkerInstance m = mismatched.instance("test:host/counters");
        m.resource("counter", Counter.class);
        m.resource("other", Other.class);
        m.func("[constructor]counter", new FuncType(false, List.of(new Field("start", PrimitiveType.U32)),
                Optional.of(typed.ownType())), args -> Optional.empty());
        var e = assertThrows(UnlinkableException.class, () -> mismatched.instantiatePre(component));
        assertEquals("import `test:host/counters#[constructor]counter` has the wrong type: expected func(start: u32)"
                + " -> own<counter>, found func(start: u32) -> own<counter> (another resource type of the same name)",
                e.getMessage());
    }

    @Test
    void anAutoCloseableIsClosedWhenDroppedByDefault() {
        Instance instance = pre().instantiate();
        assertEquals(1, call(instance, "make-other"));
        Other o = others.getFirst();
        assertTrue(!o.closed);
        instance.func("drop-other").orElseThrow().call(Value.u32(1));
        assertTrue(o.closed);
        assertEquals(List.of(), destroyed, "the counter destructor is another type's");
    }

    @Test
    void aResourceTypeCannotBeDefinedTwice() {
        var e = assertThrows(IllegalArgumentException.class, () -> counters.resource("counter", Counter.class));
        assertEquals("`counter` is already defined in instance `test:host/counters`", e.getMessage());
    }

    private Component component() {
        return Component.fromBytes(engine, TestComponents.resource("host-resources.wasm"));
    }
}
