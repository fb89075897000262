package dev.weft.runtime.real;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.Wave;
import dev.weft.types.RecordType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript component {@code js-greeter} (SpiderMonkey compiled to Wasm, 12 MB) called from
 * Java with every WASI import trapping, except the monotonic clock its runtime reads on each call.
 * Interpreted: compiling the 12 MB core module to JVM bytecode takes ~40 s, too long for a unit test.
 */
class JsGreeterTest {
    private static Instance instance;
    private static final AtomicLong CLOCK = new AtomicLong();

    @BeforeAll
    static void instantiate() throws Exception {
        Path wasm = Path.of(System.getProperty("weft.shared", "../shared"), "components/js-greeter/hello.wasm");
        Assumptions.assumeTrue(Files.exists(wasm), "../shared is missing: " + wasm.toAbsolutePath() + " not found");
        Engine engine = Engine.builder().execution(Execution.INTERPRETER).build();
        Component component = Component.fromFile(engine, wasm);
        Linker linker = new Linker(engine);
        linker.instance("wasi:clocks/monotonic-clock@0.2.12")
                .func("now", args -> Optional.of(Value.u64(CLOCK.addAndGet(1_000))));
        linker.defineUnknownImportsAsTraps(component);
        instance = linker.instantiate(component);
    }

    private static ComponentFunction greeter(String name) {
        return instance.func("example:hello/greeter#" + name).orElseThrow();
    }

    @Test
    void countVowels() {
        assertEquals(Optional.of(Value.u32(3)), greeter("count-vowels").call(Value.string("Hello World")));
    }

    @Test
    void greetTakesARecord() {
        ComponentFunction greet = greeter("greet");
        RecordType person = (RecordType) greet.type().params().get(0).type();
        Value ada = Value.record(person, Value.string("Ada"), Value.u32(36));
        assertEquals(Optional.of(Value.string("Hello, Ada! You are 36.")), greet.call(ada));
    }

    @Test
    void reverseAList() {
        ComponentFunction reverse = greeter("reverse");
        Value list = Wave.parse("[1, 2, 3]", reverse.type().params().get(0).type());
        assertEquals("[3, 2, 1]", Wave.print(reverse.call(list).orElseThrow()));
    }
}
