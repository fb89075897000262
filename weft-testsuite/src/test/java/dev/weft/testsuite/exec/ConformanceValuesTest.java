package dev.weft.testsuite.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.Wave;
import dev.weft.testsuite.WastFormatException;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConformanceValuesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final RecordType POINT = new RecordType(List.of(
            new Field("x", PrimitiveType.S32), new Field("y", PrimitiveType.S32)));
    private static final VariantType SHAPE = new VariantType(List.of(
            new Case("dot", Optional.empty()), new Case("circle", Optional.of(PrimitiveType.F64))));
    private static final EnumType COLOR = new EnumType(List.of("red", "green"));
    private static final FlagsType PERMS = new FlagsType(List.of("read", "write", "exec"));
    private static final ResultType RESULT = new ResultType(Optional.of(PrimitiveType.STRING), Optional.empty());

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The JSON value converted to {@code type}, printed in WAVE. */
    private static String wave(String value, ValueType type) {
        return Wave.print(ConformanceValues.value(json(value), type, "arg"));
    }

    @Test
    void scalars() {
        assertEquals("true", wave("{'type': 'bool', 'value': true}", PrimitiveType.BOOL));
        assertEquals("255", wave("{'type': 'u8', 'value': '0xff'}", PrimitiveType.U8));
        assertEquals("-8", wave("{'type': 's8', 'value': '-8'}", PrimitiveType.S8));
        assertEquals("65535", wave("{'type': 'u16', 'value': '0xffff'}", PrimitiveType.U16));
        assertEquals("-10", wave("{'type': 's16', 'value': '-10'}", PrimitiveType.S16));
        assertEquals("4294967295", wave("{'type': 'u32', 'value': '0xffffffff'}", PrimitiveType.U32));
        assertEquals("-2147483648", wave("{'type': 's32', 'value': '-2147483648'}", PrimitiveType.S32));
        assertEquals("18446744073709551615", wave("{'type': 'u64', 'value': '18446744073709551615'}", PrimitiveType.U64));
        assertEquals("-14", wave("{'type': 's64', 'value': '-14'}", PrimitiveType.S64));
        assertEquals(Value.f32(1), ConformanceValues.value(json("{'type': 'f32', 'value': '0x1p+0'}"), PrimitiveType.F32, "arg"));
        assertEquals("nan", wave("{'type': 'f64', 'value': 'nan:0x1'}", PrimitiveType.F64));
        assertEquals("'🍰'", wave("{'type': 'char', 'value': '🍰'}", PrimitiveType.CHAR));
        assertEquals("\"☃☺\\u{fe0f}ö\"", wave("{'type': 'string', 'value': '☃☺\ufe0fö'}", PrimitiveType.STRING));
    }

    @Test
    void compoundValuesTakeTheirShapeFromTheType() {
        assertEquals("{x: 1, y: -2}", wave("{'type': 'record', 'fields': [['y', {'type': 's32', 'value': '-2'}],"
                + " ['x', {'type': 's32', 'value': '1'}]]}", POINT));
        assertEquals("circle(" + Value.f64(2.5) + ")", wave("{'type': 'variant', 'case': 'circle', 'value': {'type': 'f64', 'value': '2.5'}}", SHAPE));
        assertEquals("dot", wave("{'type': 'variant', 'case': 'dot', 'value': null}", SHAPE));
        assertEquals("[1, 2]", wave("{'type': 'list', 'elements': [{'type': 'u32', 'value': '1'}, {'type': 'u32', 'value': '2'}]}",
                new ListType(PrimitiveType.U32)));
        assertEquals("[7]", wave("{'type': 'list', 'elements': [{'type': 'u8', 'value': '7'}]}",
                new FixedListType(PrimitiveType.U8, 1)));
        assertEquals("(\"x=\", 42)", wave("{'type': 'tuple', 'elements': [{'type': 'string', 'value': 'x='},"
                + " {'type': 'u32', 'value': '42'}]}", new TupleType(List.of(PrimitiveType.STRING, PrimitiveType.U32))));
        assertEquals("green", wave("{'type': 'enum', 'value': 'green'}", COLOR));
        assertEquals("{read, exec}", wave("{'type': 'flags', 'value': ['exec', 'read']}", PERMS));
        assertEquals("{}", wave("{'type': 'flags', 'value': []}", PERMS));
        assertEquals("some(5)", wave("{'type': 'option', 'value': {'type': 'u32', 'value': '5'}}", new OptionType(PrimitiveType.U32)));
        assertEquals("none", wave("{'type': 'option', 'value': null}", new OptionType(PrimitiveType.U32)));
        assertEquals("ok(\"yo\")", wave("{'type': 'result', 'ok': true, 'value': {'type': 'string', 'value': 'yo'}}", RESULT));
        assertEquals("err", wave("{'type': 'result', 'ok': false, 'value': null}", RESULT));
    }

    @Test
    void argumentsFollowTheParameters() {
        FuncType add = new FuncType(false, List.of(new Field("a", PrimitiveType.U32), new Field("b", PrimitiveType.U8)),
                Optional.of(PrimitiveType.U32));
        List<Value> args = ConformanceValues.arguments(
                json("[{'type': 'u32', 'value': '2'}, {'type': 'u8', 'value': '3'}]"), add);
        assertEquals(List.of(Value.u32(2), Value.u8(3)), args);

        ValueTypeException count = assertThrows(ValueTypeException.class,
                () -> ConformanceValues.arguments(json("[{'type': 'u32', 'value': '2'}]"), add));
        assertEquals("the function takes 2 arguments func(a: u32, b: u8) -> u32, the test passes 1", count.getMessage());

        ValueTypeException kind = assertThrows(ValueTypeException.class, () -> ConformanceValues.arguments(
                json("[{'type': 'u32', 'value': '2'}, {'type': 'string', 'value': 'x'}]"), add));
        assertEquals("argument 1 (`b`): expected u8, the test gives a string (\"x\")", kind.getMessage());
    }

    @Test
    void expectedIsZeroOrOneValueOfTheResultType() {
        FuncType get = new FuncType(false, List.of(), Optional.of(POINT));
        FuncType run = new FuncType(false, List.of(), Optional.empty());
        assertEquals(Optional.empty(), ConformanceValues.expected(json("[]"), run));
        assertEquals("{x: 1, y: 2}", Wave.print(ConformanceValues.expected(json("[{'type': 'record', 'fields': "
                + "[['x', {'type': 's32', 'value': '1'}], ['y', {'type': 's32', 'value': '2'}]]}]"), get).orElseThrow()));

        assertEquals("the test expects no result; the function returns record { x: s32, y: s32 }",
                assertThrows(ValueTypeException.class, () -> ConformanceValues.expected(json("[]"), get)).getMessage());
        assertEquals("the test expects a result; the function returns none (func())",
                assertThrows(ValueTypeException.class,
                        () -> ConformanceValues.expected(json("[{'type': 'u32', 'value': '1'}]"), run)).getMessage());
        assertThrows(ValueTypeException.class, () -> ConformanceValues.expected(
                json("[{'type': 'u32', 'value': '1'}, {'type': 'u32', 'value': '2'}]"), get));
    }

    @Test
    void valuesThatDoNotFitTheTypeSayWhere() {
        assertEquals("arg: unknown field `z` for record { x: s32, y: s32 }",
                typeError("{'type': 'record', 'fields': [['z', {'type': 's32', 'value': '1'}]]}", POINT));
        assertEquals("arg: missing field `y` (s32)",
                typeError("{'type': 'record', 'fields': [['x', {'type': 's32', 'value': '1'}]]}", POINT));
        assertEquals("arg, field `x`: expected s32, the test gives a u32 (1)",
                typeError("{'type': 'record', 'fields': [['x', {'type': 'u32', 'value': '1'}], ['y', {'type': 's32', 'value': '1'}]]}",
                        POINT));
        assertEquals("arg: unknown case `square` for variant { dot, circle(f64) }",
                typeError("{'type': 'variant', 'case': 'square', 'value': null}", SHAPE));
        assertEquals("arg, case `circle`: needs a payload of type f64, the test gives none",
                typeError("{'type': 'variant', 'case': 'circle', 'value': null}", SHAPE));
        assertEquals("arg, case `dot`: has no payload, the test gives one",
                typeError("{'type': 'variant', 'case': 'dot', 'value': {'type': 'f64', 'value': '1'}}", SHAPE));
        assertEquals("arg: unknown case `blue` for enum { red, green }", typeError("{'type': 'enum', 'value': 'blue'}", COLOR));
        assertEquals("arg: unknown flag `sudo` for flags { read, write, exec }",
                typeError("{'type': 'flags', 'value': ['sudo']}", PERMS));
        assertEquals("arg: `ok` of result<string> needs a payload, the test gives none",
                typeError("{'type': 'result', 'ok': true, 'value': null}", RESULT));
        assertEquals("arg: expected list<u8>, the test gives a tuple (())",
                typeError("{'type': 'tuple', 'elements': []}", new ListType(PrimitiveType.U8)));
        assertEquals("arg: expected 2 elements for list<u8, 2>, found 1",
                typeError("{'type': 'list', 'elements': [{'type': 'u8', 'value': '1'}]}", new FixedListType(PrimitiveType.U8, 2)));
        assertEquals("arg: the conformance JSON has no form for own<r> (found u32)",
                typeError("{'type': 'u32', 'value': '1'}", new OwnType(new ResourceType("r"))));
    }

    @Test
    void malformedValuesAreFaultsOfTheFile() {
        assertEquals("arg: `300` is out of range for u8 [0, 255]", formatError("{'type': 'u8', 'value': '300'}", PrimitiveType.U8));
        assertEquals("arg: `1.5` is not a u32 literal", formatError("{'type': 'u32', 'value': '1.5'}", PrimitiveType.U32));
        assertEquals("arg: a value needs a string `type`, found {\"value\":\"1\"}", formatError("{'value': '1'}", PrimitiveType.U32));
        assertEquals("arg: a char needs exactly one character, found \"ab\"",
                formatError("{'type': 'char', 'value': 'ab'}", PrimitiveType.CHAR));
        assertEquals("arg: a bool needs a boolean `value`", formatError("{'type': 'bool', 'value': 'true'}", PrimitiveType.BOOL));
        assertEquals("arg: `elements`: expected a JSON array, found null",
                formatError("{'type': 'list'}", new ListType(PrimitiveType.U8)));
    }

    @Test
    void untypedTextOfAValueForMessages() {
        assertEquals("{a: [1, 0x2], b: some(circle(\"a\\tb\"))}", JsonValues.wave(json("{'type': 'record', 'fields': ["
                + "['a', {'type': 'list', 'elements': [{'type': 'u8', 'value': '1'}, {'type': 'u8', 'value': '0x2'}]}],"
                + "['b', {'type': 'option', 'value': {'type': 'variant', 'case': 'circle', 'value': {'type': 'string', 'value': 'a\\tb'}}}]]}")));
        assertEquals("err, {x}, 'c', true", JsonValues.waveList(json("[{'type': 'result', 'ok': false, 'value': null},"
                + " {'type': 'flags', 'value': ['x']}, {'type': 'char', 'value': 'c'}, {'type': 'bool', 'value': true}]")));
    }

    private static String typeError(String value, ValueType type) {
        return assertThrows(ValueTypeException.class, () -> ConformanceValues.value(json(value), type, "arg")).getMessage();
    }

    private static String formatError(String value, ValueType type) {
        return assertThrows(WastFormatException.class, () -> ConformanceValues.value(json(value), type, "arg")).getMessage();
    }
}
