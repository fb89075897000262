package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 12 MB componentize-js components (SpiderMonkey inside) with WASI granted. They run on the
 * interpreter here: compiling them takes half a minute. Both also import {@code wasi:http@0.2.10}
 * (never calling it): both link with WASI alone, which defines {@code wasi:http/types} and
 * {@code outgoing-handler}.
 */
class JavaScriptComponentsTest {
    private static final Engine INTERPRETER = Engine.builder().execution(Execution.INTERPRETER).build();

    @Test
    void jsCliRunsAndPrints() throws IOException {
        Component component = Component.fromBytes(INTERPRETER, Files.readAllBytes(WasiTesting.component("js-cli/cli-hello.wasm")));
        WasiConfig.Capture out = WasiConfig.Capture.create();
        Linker linker = new Linker(INTERPRETER);
        int code;
        try (WasiContext ctx = Wasi.addToLinker(linker, WasiConfig.builder().stdout(out).build())) {
            code = WasiCommand.run(linker, component);
        }
        assertEquals(0, code);
        assertEquals("hello from a JavaScript component\nsum=499500\n", out.text());
    }

    @Test
    void jsGreeterFunctionsAreCallableFromJava() throws IOException {
        Component component = Component.fromBytes(INTERPRETER, Files.readAllBytes(WasiTesting.component("js-greeter/hello.wasm")));
        Linker linker = new Linker(INTERPRETER);
        try (WasiContext ctx = Wasi.addToLinker(linker, WasiConfig.denyAll())) {
            Instance instance = linker.instantiate(component);
            ComponentFunction countVowels = instance.func("example:hello/greeter", "count-vowels").orElseThrow();
            ComponentFunction greet = instance.func("example:hello/greeter", "greet").orElseThrow();
            ComponentFunction reverse = instance.func("example:hello/greeter", "reverse").orElseThrow();

            assertEquals(Optional.of(Value.u32(3)), countVowels.call(Value.string("Hello World")));
            RecordType person = (RecordType) greet.type().params().get(0).type();
            Value ada = Value.record(person, Map.of("name", Value.string("Ada"), "age", Value.u32(36)));
            assertEquals(Optional.of(Value.string("Hello, Ada! You are 36.")), greet.call(ada));
            Value list = Value.list(PrimitiveType.S32, List.of(Value.s32(1), Value.s32(2), Value.s32(3)));
            assertEquals(Optional.of(Value.list(PrimitiveType.S32, List.of(Value.s32(3), Value.s32(2), Value.s32(1)))),
                    reverse.call(list));
        }
    }
}
