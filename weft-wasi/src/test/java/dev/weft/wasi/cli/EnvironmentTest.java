package dev.weft.wasi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.wasi.Calls;
import dev.weft.wasi.WasiConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code wasi:cli/environment}: only what the config grants. */
class EnvironmentTest {
    private static final String ENV = "wasi:cli/environment";

    private static List<String> strings(Value list) {
        return ((ListValue) list).elements().stream().map(v -> ((Str) v).value()).toList();
    }

    private static List<String> env(Calls calls) {
        return ((ListValue) calls.call(ENV, "get-environment")).elements().stream().map(v -> {
            List<Value> kv = ((TupleValue) v).values();
            return ((Str) kv.get(0)).value() + "=" + ((Str) kv.get(1)).value();
        }).toList();
    }

    @Test
    void nothingIsGrantedByDefault() {
        Calls calls = new Calls();
        assertEquals(List.of("main"), strings(calls.call(ENV, "get-arguments")));
        assertEquals(List.of(), env(calls));
        assertEquals(Value.none(PrimitiveType.STRING), calls.call(ENV, "initial-cwd"));
    }

    @Test
    void grantedArgumentsEnvironmentAndCwd() {
        Calls calls = new Calls(WasiConfig.builder().args(List.of("prog", "a", "ü b")).env("B", "2").env("A", "1")
                .env("B", "3").initialCwd("/work").build());
        assertEquals(List.of("prog", "a", "ü b"), strings(calls.call(ENV, "get-arguments")));
        assertEquals(List.of("B=3", "A=1"), env(calls), "in order of first definition; the last value wins");
        assertEquals(Value.some(Value.string("/work")), calls.call(ENV, "initial-cwd"));
    }

    @Test
    void inheritEnvAddsTheProcessEnvironmentWithoutOverriding() {
        String key = System.getenv().keySet().iterator().next();
        Calls calls = new Calls(WasiConfig.builder().env(key, "mine").inheritEnv().build());
        List<String> env = env(calls);
        assertEquals(System.getenv().size(), env.size());
        assertTrue(env.contains(key + "=mine"), env.toString());
    }
}
