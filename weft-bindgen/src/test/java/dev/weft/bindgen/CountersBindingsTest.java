package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.bindgen.golden.counters.Counters;
import dev.weft.bindgen.golden.counters.CountersImports;
import dev.weft.bindgen.golden.counters.GuestResource;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Linker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A guest's resource ({@code counters.wat}) through generated handle classes: methods, statics, moves, drops. */
class CountersBindingsTest {
    private final List<Integer> dropped = new ArrayList<>();
    private Counters guest;

    @BeforeEach
    void instantiate() throws Exception {
        Engine engine = Engine.builder().execution(Execution.INTERPRETER).build();
        Component component = Component.fromBytes(engine,
                Files.readAllBytes(Path.of("src/test/resources/components/counters.wasm")));
        Linker linker = new Linker(engine);
        CountersImports.addToLinker(linker, dropped::add);
        guest = Counters.instantiate(linker, component);
    }

    @Test
    void constructorMethodAndClose() {
        var c = guest.counters().newCounter(21);
        assertEquals(42, c.get());
        assertEquals(List.of(), dropped);
        c.close();
        assertEquals(List.of(21), dropped, "the guest's destructor ran");
        c.close();
        assertEquals(List.of(21), dropped, "closing twice drops once");
        assertThrows(IllegalStateException.class, c::get);
    }

    @Test
    void ownArgumentsMoveBorrowsStay() {
        var a = guest.counters().newCounter(1);
        var b = guest.counters().newCounter(2);
        try (var merged = guest.counters().counterMerge(a, b)) {
            assertEquals(6, merged.get());
            assertFalse(((GuestResource) a).isLive(), "a moved into the guest");
            assertTrue(((GuestResource) b).isLive(), "b was only lent");
            assertEquals(List.of(1), dropped, "the guest dropped a");
            assertThrows(IllegalStateException.class, a::get);
            assertEquals(4, b.get());
        }
        assertEquals(List.of(1, 3), dropped);
        b.close();
        assertEquals(List.of(1, 3, 2), dropped);
    }
}
