package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.bindgen.golden.greeter.Hello;
import dev.weft.bindgen.golden.greeter.HelloImports;
import dev.weft.bindgen.golden.greeter.example.hello.Greeter;
import dev.weft.bindgen.golden.greeter.wasi.clocks.MonotonicClock;
import dev.weft.bindgen.golden.greeter.wasi.io.Poll;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Linker;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * js-greeter (SpiderMonkey in a 12 MB component, interpreted: compiling it takes too long for a
 * unit test) through bindings generated from the component itself: the monotonic clock its
 * runtime reads is a Java implementation linked by the generated glue; every other WASI import traps.
 */
class GreeterBindingsTest {
    private static final AtomicLong CLOCK = new AtomicLong();
    private static Hello hello;

    @BeforeAll
    static void instantiate() throws Exception {
        Engine engine = Engine.builder().execution(Execution.INTERPRETER).build();
        Component component = Component.fromFile(engine, Golden.shared().resolve("components/js-greeter/hello.wasm"));
        Linker linker = new Linker(engine);
        MonotonicClock clock = new MonotonicClock() {
            @Override
            public long now() {
                return CLOCK.addAndGet(1_000);
            }

            @Override
            public Poll.Pollable subscribeInstant(long when) {
                throw new UnsupportedOperationException("subscribe-instant");
            }

            @Override
            public Poll.Pollable subscribeDuration(long when) {
                throw new UnsupportedOperationException("subscribe-duration");
            }
        };
        HelloImports.addToLinker(linker, new HelloImports() {
            @Override
            public Optional<MonotonicClock> monotonicClock() {
                return Optional.of(clock);
            }
        });
        linker.defineUnknownImportsAsTraps(component);
        hello = Hello.instantiate(linker, component);
    }

    @Test
    void greetTakesARecord() {
        assertEquals("Hello, Ada! You are 36.", hello.greeter().greet(new Greeter.Person("Ada", 36)));
        assertTrue(CLOCK.get() > 0, "the guest read the Java clock");
    }

    @Test
    void countVowels() {
        assertEquals(3, hello.greeter().countVowels("Hello World"));
    }

    @Test
    void reverseAList() {
        assertEquals(List.of(3, 2, -1), hello.greeter().reverse(List.of(-1, 2, 3)));
    }
}
