package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The greeter example end to end: load, link a host `log`, instantiate, call both exports. */
class GreeterTest {

    private record Greeter(Instance instance, List<String> logged) {}

    private static Greeter instantiate(Execution execution) throws IOException {
        Engine engine = Engine.builder().execution(execution).build();
        Component component = Component.fromFile(engine, TestComponents.greeter());
        List<String> logged = new ArrayList<>();
        Linker linker = new Linker(engine).func("log", args -> {
            logged.add(((Str) args.getFirst()).value());
            return Optional.empty();
        });
        return new Greeter(linker.instantiate(component), logged);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void addAndGreet(Execution execution) throws IOException {
        Greeter g = instantiate(execution);
        ComponentFunction add = g.instance().func("example:greeter/api#add").orElseThrow();
        assertEquals("func(a: u32, b: u32) -> u32", add.type().wit());
        assertEquals(Optional.of(Value.u32(5)), add.call(Value.u32(2), Value.u32(3)));
        ComponentFunction greet = g.instance().exportedInstance("example:greeter/api").orElseThrow().func("greet").orElseThrow();
        // ASCII only: the example's bump `realloc` does not copy on growth, which the spec's UTF-16 to
        // UTF-8 transcoding relies on for other text
        assertEquals(Optional.of(Value.string("Hello, World!")), greet.call(Value.string("World")));
        assertEquals(List.of("greet called"), g.logged());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void wrongArgumentsAreNamedBeforeAnythingRuns(Execution execution) throws IOException {
        ComponentFunction add = instantiate(execution).instance().func("example:greeter/api", "add").orElseThrow();
        var e = assertThrows(ValueTypeException.class, () -> add.call(Value.u32(2), Value.string("3")));
        assertEquals("wrong arguments for `example:greeter/api#add` (func(a: u32, b: u32) -> u32): "
                + "expected u32, found string at param `b`", e.getMessage());
        var count = assertThrows(ValueTypeException.class, () -> add.call(Value.u32(2)));
        assertTrue(count.getMessage().contains("expected 2 arguments"), count.getMessage());
        assertEquals(Optional.of(Value.u32(7)), add.call(Value.u32(3), Value.u32(4)), "the instance is still usable");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void exportsAreListedWithTheirTypes(Execution execution) throws IOException {
        Instance instance = instantiate(execution).instance();
        assertEquals(List.of("example:greeter/api"), List.copyOf(instance.exports().keySet()));
        assertEquals(List.of("add", "greet"),
                List.copyOf(instance.exportedInstance("example:greeter/api").orElseThrow().exports().keySet()));
        assertTrue(instance.func("nope").isEmpty());
        assertTrue(instance.func("example:greeter/api#nope").isEmpty());
        assertTrue(instance.exportedInstance("example:greeter/api#add").isEmpty());
    }
}
