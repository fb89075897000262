package dev.weft.runtime.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.runtime.Trap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleTableTest {
    @Test
    void indicesStartAtOneAndFreedOnesAreReusedLastInFirstOut() {
        HandleTable t = new HandleTable();
        assertEquals(1, t.add("a"));
        assertEquals(2, t.add("b"));
        assertEquals(3, t.add("c"));
        assertEquals("b", t.remove(2));
        assertEquals(2, t.add("d"));
        t.remove(1);
        t.remove(2);
        t.remove(3);
        assertEquals(0, t.size());
        assertEquals(3, t.add("e"), "the spec's free list pops the last freed index first");
        assertEquals(2, t.add("f"));
        assertEquals(1, t.add("g"));
        assertEquals(4, t.add("h"));
        assertEquals(4, t.size());
        assertEquals("g", t.get(1));
    }

    @Test
    void unknownIndicesTrapWithTheIndex() {
        HandleTable t = new HandleTable();
        Object e = new Object();
        t.add(e);
        assertSame(e, t.get(1));
        assertEquals("wasm trap: unknown handle index 0", assertThrows(Trap.class, () -> t.get(0)).getMessage());
        assertEquals("unknown handle index 5", assertThrows(Trap.class, () -> t.get(5)).reason());
        assertEquals("unknown handle index 4294967295", assertThrows(Trap.class, () -> t.remove(-1)).reason());
        t.remove(1);
        assertEquals("unknown handle index 1", assertThrows(Trap.class, () -> t.remove(1)).reason());
        assertEquals("unknown handle index 1", assertThrows(Trap.class, () -> t.get(1)).reason());
    }

    @Test
    void growsPastItsInitialCapacity() {
        HandleTable t = new HandleTable();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < 1000; i++) indices.add(t.add(i));
        assertEquals(1000, t.size());
        for (int i = 0; i < 1000; i++) assertEquals(i, t.get(indices.get(i)));
        assertEquals(1000, indices.get(999));
    }

    @Test
    void aFullTableTraps() {
        HandleTable t = new HandleTable(3);
        t.add("a");
        t.add("b");
        t.add("c");
        assertThrows(Trap.class, () -> t.add("d"));
        t.remove(2);
        assertEquals(2, t.add("d"), "a freed index is still available");
    }
}
