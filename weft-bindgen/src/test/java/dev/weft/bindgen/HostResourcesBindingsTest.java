package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.bindgen.golden.hostresources.HostResources;
import dev.weft.bindgen.golden.hostresources.HostResourcesImports;
import dev.weft.bindgen.golden.hostresources.test.host.Counters;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Linker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Host resources ({@code host-resources.wat}) implemented in Java through the generated import glue. */
class HostResourcesBindingsTest {
    /** The host's counter: the guest holds handles to these. */
    static final class JavaCounter implements Counters.Counter {
        int value;
        boolean closed;

        JavaCounter(int start) {
            value = start;
        }

        @Override
        public int inc() {
            return ++value;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<JavaCounter> made = new ArrayList<>();
    private final List<JavaCounter> consumed = new ArrayList<>();
    private HostResources guest;

    @BeforeEach
    void instantiate() throws Exception {
        Engine engine = Engine.builder().execution(Execution.INTERPRETER).build();
        Component component = Component.fromBytes(engine,
                Files.readAllBytes(Path.of("src/test/resources/components/host-resources.wasm")));
        Linker linker = new Linker(engine);
        Counters impl = new Counters() {
            @Override
            public Counters.Counter newCounter(int start) {
                JavaCounter c = new JavaCounter(start);
                made.add(c);
                return c;
            }

            @Override
            public int counterCreated() {
                return made.size();
            }

            @Override
            public Counters.Other newOther() {
                return new Counters.Other() {};
            }

            @Override
            public int consume(Counters.Counter c) {
                consumed.add((JavaCounter) c);
                return ((JavaCounter) c).value;
            }
        };
        HostResourcesImports.addToLinker(linker, new HostResourcesImports() {
            @Override
            public Optional<Counters> counters() {
                return Optional.of(impl);
            }
        });
        guest = HostResources.instantiate(linker, component);
    }

    @Test
    void guestCallsTheHostsObjects() {
        int h = guest.make(10);
        assertEquals(1, guest.created());
        assertEquals(11, guest.inc(h));
        assertEquals(12, guest.inc(h));
        JavaCounter c = made.get(0);
        assertEquals(12, c.value);
        guest.drop(h);
        assertTrue(c.closed, "dropping the guest's own handle closes the host's object");
    }

    @Test
    void ownHandlesPassToTheHost() {
        int h = guest.make(5);
        assertEquals(5, guest.consume(h));
        assertSame(made.get(0), consumed.get(0));
        assertEquals(false, made.get(0).closed, "the host owns it now: no destructor");
    }

    @Test
    void hostObjectsPassToTheGuest() {
        JavaCounter mine = new JavaCounter(100);
        assertEquals(101, guest.incBorrowed(mine), "a borrow: the guest calls back into the host object");
        assertSame(mine, guest.pass(mine), "an own handle goes in and comes back out as the same object");
        assertEquals(false, mine.closed);
    }
}
