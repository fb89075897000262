package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Per-instance host data ({@link InstancePre#instantiate(Limits, Object)}, {@link Caller}): one
 * linked {@link InstancePre}, several instances, each host call sees its own instance's data.
 */
class CallerDataTest {
    /** The data of one instance: what its guest logged; counts closes. */
    static final class Session implements AutoCloseable {
        final String name;
        final List<String> logged = new ArrayList<>();
        int closed;

        Session(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            closed++;
        }
    }

    private static final Engine ENGINE = Engine.create();

    private static InstancePre greeter() throws IOException {
        Component component = Component.fromFile(ENGINE, TestComponents.greeter());
        Linker linker = new Linker(ENGINE).func("log", (caller, args) -> {
            Session s = caller.data(Session.class);
            s.logged.add(s.name + ": " + ((Str) args.getFirst()).value());
            return Optional.empty();
        });
        return linker.instantiatePre(component);
    }

    private static void greet(Instance instance, String who) {
        instance.func("example:greeter/api#greet").orElseThrow().call(Value.string(who));
    }

    @Test
    void eachInstanceSeesItsOwnData() throws IOException {
        InstancePre pre = greeter();
        Session a = new Session("a");
        Session b = new Session("b");
        Instance ia = pre.instantiate(ENGINE.limits(), a);
        Instance ib = pre.instantiate(ENGINE.limits(), b);
        greet(ia, "x");
        greet(ib, "y");
        greet(ia, "z");
        assertEquals(List.of("a: greet called", "a: greet called"), a.logged);
        assertEquals(List.of("b: greet called"), b.logged);
        assertSame(a, ia.data(Session.class));
        assertSame(b, ib.data());
        assertSame(a, ia.exportedInstance("example:greeter/api").orElseThrow().data(Session.class),
                "an exported instance shares its instance's data");
        assertTrue(ia.optionalData(String.class).isEmpty());
    }

    @Test
    void closingAnInstanceClosesItsDataOnce() throws IOException {
        InstancePre pre = greeter();
        Session a = new Session("a");
        Session b = new Session("b");
        Instance ia = pre.instantiate(ENGINE.limits(), a);
        try (Instance ib = pre.instantiate(ENGINE.limits(), b)) {
            greet(ib, "y");
        }
        assertEquals(1, b.closed);
        assertEquals(0, a.closed, "other instances keep their data");
        ia.close();
        ia.exportedInstance("example:greeter/api").orElseThrow().close();
        ia.close();
        assertEquals(1, a.closed);
    }

    @Test
    void anInstanceWithoutDataFailsOnlyTheFunctionThatWantsIt() throws IOException {
        Instance instance = greeter().instantiate();
        assertNull(instance.data());
        assertFalse(instance.optionalData(Session.class).isPresent());
        assertEquals(Optional.of(Value.u32(5)),
                instance.func("example:greeter/api#add").orElseThrow().call(Value.u32(2), Value.u32(3)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> greet(instance, "x"));
        assertTrue(e.getMessage().contains("no data"), e.getMessage());
        instance.close();   // nothing to close
    }

    @Test
    void dataOfAnotherTypeIsNamed() throws IOException {
        Instance instance = greeter().instantiate(ENGINE.limits(), "a string");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> greet(instance, "x"));
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }

    @Test
    void plainHostFunctionsStillWork() throws IOException {
        Component component = Component.fromFile(ENGINE, TestComponents.greeter());
        List<String> logged = new ArrayList<>();
        InstancePre pre = new Linker(ENGINE).func("log", args -> {
            logged.add(((Str) args.getFirst()).value());
            return Optional.empty();
        }).instantiatePre(component);
        greet(pre.instantiate(ENGINE.limits(), new Session("ignored")), "x");
        greet(pre.instantiate(), "y");
        assertEquals(List.of("greet called", "greet called"), logged);
    }
}
