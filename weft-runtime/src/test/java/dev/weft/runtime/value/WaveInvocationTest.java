package dev.weft.runtime.value;

import static dev.weft.runtime.value.TestTypes.POINT;
import static dev.weft.runtime.value.TestTypes.list;
import static dev.weft.runtime.value.TestTypes.option;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaveInvocationTest {
    private static final Map<String, FuncType> FUNCS = new LinkedHashMap<>();

    static {
        FUNCS.put("add", func(List.of(new Field("a", U32), new Field("b", U32)), U32));
        FUNCS.put("bench:kit/api#add", FUNCS.get("add"));
        FUNCS.put("api#add", FUNCS.get("add"));
        FUNCS.put("echo-string", func(List.of(new Field("s", STRING)), STRING));
        FUNCS.put("centroid", func(List.of(new Field("points", list(POINT))), POINT));
        FUNCS.put("nullary", func(List.of(), null));
        FUNCS.put("[method]counter.add", func(List.of(new Field("n", U32)), null));
        FUNCS.put("wasi:cli/run@0.2.0#run", func(List.of(), null));
        FUNCS.put("opts", func(List.of(new Field("a", option(U8)), new Field("b", option(U8)), new Field("c", option(U8))), null));
        FUNCS.put("mixed", func(List.of(new Field("a", U8), new Field("b", option(U8))), null));
    }

    private static FuncType func(List<Field> params, ValueType result) {
        return new FuncType(false, params, Optional.ofNullable(result));
    }

    private static Invocation invoke(String text) {
        return Wave.parseInvocation(text, name -> Optional.ofNullable(FUNCS.get(name)));
    }

    private static WaveSyntaxException reject(String text) {
        return assertThrows(WaveSyntaxException.class, () -> invoke(text));
    }

    @Test
    void add() {
        Invocation call = invoke("add(2, 3)");
        assertEquals("add", call.name());
        assertEquals(FUNCS.get("add"), call.type());
        assertEquals(List.of(Value.u32(2), Value.u32(3)), call.arguments());
    }

    @Test
    void echoStringWithUnicode() {
        assertEquals(List.of(Value.string("hé")), invoke("echo-string(\"hé\")").arguments());
        assertEquals(List.of(Value.string("😀\n")), invoke("echo-string(\"\\u{1F600}\\n\")").arguments());
    }

    @Test
    void centroidOfRecords() {
        Invocation call = invoke("centroid([{x: 1.0, y: 2.0}, {x: 3, y: -4.5}])");
        assertEquals(List.of(Value.list(POINT, Value.record(POINT, Value.f64(1), Value.f64(2)),
                Value.record(POINT, Value.f64(3), Value.f64(-4.5)))), call.arguments());
        assertEquals("centroid([{x: 1.0, y: 2.0}, {x: 3.0, y: -4.5}])", Wave.printCall(call.name(), call.arguments()));
    }

    @Test
    void qualifiedNamesAreLookedUpAsWritten() {
        assertEquals("bench:kit/api#add", invoke("bench:kit/api#add(2, 3)").name());
        assertEquals("api#add", invoke("  api#add( 2 , 3 , ) ").name());
        assertEquals("[method]counter.add", invoke("[method]counter.add(1)").name());
        assertEquals("wasi:cli/run@0.2.0#run", invoke("wasi:cli/run@0.2.0#run()").name());
        assertEquals(List.of(), invoke("nullary()").arguments());
    }

    @Test
    void trailingOptionArgumentsMayBeLeftOut() {
        Value none = Value.none(U8);
        assertEquals(List.of(Value.some(Value.u8(1)), none, none), invoke("opts(some(1))").arguments());
        assertEquals(List.of(Value.some(Value.u8(1)), Value.some(Value.u8(2)), none), invoke("opts(1, 2)").arguments());
        assertEquals(List.of(none, none, none), invoke("opts()").arguments());
        assertEquals(List.of(Value.u8(1), none), invoke("mixed(1)").arguments());
    }

    @Test
    void argumentErrorsPointIntoTheText() {
        WaveSyntaxException e = reject("add(2 3)");
        assertEquals("expected `,` or `)`, found `3` at column 7\n  add(2 3)\n        ^", e.getMessage());
        e = reject("add(2, \"3\")");
        assertEquals("expected u32, found a string in param `b` at column 8\n  add(2, \"3\")\n         ^^^", e.getMessage());
        e = reject("centroid([{x: 1.0, y: true}])");
        assertEquals("expected f64, found `true` in param `points`", e.reason());
        assertEquals(23, e.column());
    }

    @Test
    void argumentCountErrors() {
        WaveSyntaxException e = reject("add(2)");
        assertEquals("missing param `b` (u32): `add` takes 2 arguments (a: u32, b: u32)", e.reason());
        assertEquals(6, e.column());
        e = reject("add(1, 2, 3)");
        assertEquals("`add` takes 2 arguments (a: u32, b: u32), found 3", e.reason());
        assertEquals(11, e.column());
        assertEquals("missing param `a` (u8): `mixed` takes 2 arguments (a: u8, b: option<u8>)", reject("mixed()").reason());
    }

    @Test
    void callSyntaxErrors() {
        WaveSyntaxException e = reject("nope(1)");
        assertEquals("unknown function `nope`", e.reason());
        assertEquals("unknown function `nope` at column 1\n  nope(1)\n  ^^^^", e.getMessage());
        assertEquals("expected `(` after the function name (write `add()` for no arguments)", reject("add").reason());
        assertEquals("expected `(` after the function name, found `2`", reject("add 2").reason());
        assertEquals("expected a function call such as `add(1, 2)`", reject("   ").reason());
        assertEquals("expected a function name, found `(`", reject("(1, 2)").reason());
        assertEquals("unexpected `x` after the call", reject("add(1, 2) x").reason());
        assertEquals("expected `,` or `)`, found the end of the input", reject("add(1, 2").reason());
    }

    @Test
    void parseCallSplitsWithoutTypes() {
        Call call = Wave.parseCall("centroid([{x: 1.0, y: 2.0}], some( \"a\" ), -inf)");
        assertEquals("centroid", call.name());
        assertEquals(List.of("[{x: 1.0, y: 2.0}]", "some( \"a\" )", "-inf"), call.arguments());
        assertEquals(List.of(), Wave.parseCall("f()").arguments());
        assertThrows(WaveSyntaxException.class, () -> Wave.parseCall("f(1,,)"));
    }

    @Test
    void printCallIsWave() {
        assertEquals("add(2, 3)", Wave.printCall("add", List.of(Value.u32(2), Value.u32(3))));
        assertEquals("f()", Wave.printCall("f", List.of()));
    }
}
