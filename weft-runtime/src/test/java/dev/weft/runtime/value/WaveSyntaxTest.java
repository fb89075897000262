package dev.weft.runtime.value;

import static dev.weft.runtime.value.TestTypes.BASIC;
import static dev.weft.runtime.value.TestTypes.HAND;
import static dev.weft.runtime.value.TestTypes.KEYWORD_CASES;
import static dev.weft.runtime.value.TestTypes.OPTIONAL_FIELDS;
import static dev.weft.runtime.value.TestTypes.PERMISSIONS;
import static dev.weft.runtime.value.TestTypes.POINT;
import static dev.weft.runtime.value.TestTypes.list;
import static dev.weft.runtime.value.TestTypes.option;
import static dev.weft.runtime.value.TestTypes.result;
import static dev.weft.types.PrimitiveType.BOOL;
import static dev.weft.types.PrimitiveType.CHAR;
import static dev.weft.types.PrimitiveType.F32;
import static dev.weft.types.PrimitiveType.F64;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.weft.types.ValueType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text WAVE accepts that is not canonical, and what it means (printed canonically). Many cases are
 * wasm-wave's own {@code tests/ui/accept-*.waves} with the values its {@code .out} files expect.
 */
class WaveSyntaxTest {
    static Stream<Arguments> accepted() {
        return Stream.of(
                // Floats (accept-floats).
                arguments(list(F32), "[0, 0.0, 0e0, 0.0e0, 0e-1, 0e+1, 0.000e100]", "[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]"),
                arguments(list(F32), "[-3.1415, -100000, -0.0e-0]", "[-3.1415, -100000.0, -0.0]"),
                arguments(list(F32), "[nan, inf, -inf]", "[nan, inf, -inf]"),
                arguments(F32, "3.4028234664e38", "340282350000000000000000000000000000000.0"),
                arguments(F32, "3.4028234664123e38", "340282350000000000000000000000000000000.0"),
                arguments(F32, "3.4028234664e39", "inf"),
                arguments(F32, "1.4012984643e-45", "0.000000000000000000000000000000000000000000001"),
                arguments(F32, "1.4012984643e-46", "0.0"),
                arguments(F64, "6.022e+23", "602200000000000000000000.0"), arguments(F64, "5", "5.0"),
                // Chars (accept-chars).
                arguments(list(CHAR), "['W', 'A', 'V', 'E', '🌊']", "['W', 'A', 'V', 'E', '🌊']"),
                arguments(list(CHAR), "['\\\\', '\\'', '\\\"', '\\t', '\\n', '\\r']", "['\\\\', '\\'', '\\\"', '\\t', '\\n', '\\r']"),
                arguments(list(CHAR), "['\\u{0}', '\\u{000000}']", "['\\u{0}', '\\u{0}']"),
                arguments(list(CHAR), "['x', '\\u{78}', '\\u{000078}']", "['x', 'x', 'x']"),
                arguments(list(CHAR), "['☃', '\\u{2603}', '\\u{002603}']", "['☃', '☃', '☃']"),
                arguments(list(CHAR), "['\"', '\\\"', '\\u{22}']", "['\\\"', '\\\"', '\\\"']"),
                // Strings (accept-strings).
                arguments(STRING, "\"WAVE🌊\"", "\"WAVE🌊\""),
                arguments(STRING, "\"'\\'\\u{27}\"", "\"\\'\\'\\'\""),
                arguments(STRING, "\"☃\\u{2603}\\u{002603}\"", "\"☃☃☃\""),
                arguments(STRING, "\"hé\\n\\u{1F600}\"", "\"hé\\n😀\""),
                arguments(STRING, "\"\"\"\n\"\"\"", "\"\""),
                arguments(STRING, "\"\"\"\nBreak up double quote sequences: \"\"\\\"\"\nOther escapes work: \\\\\\'\\\"\\t\\n\\r\\u{2603}\n\"\"\"",
                        "\"Break up double quote sequences: \\\"\\\"\\\"\\\"\\nOther escapes work: \\\\\\'\\\"\\t\\n\\r☃\""),
                arguments(STRING, "\"\"\"\n    Trailing indent\n  determines dedent\n      behavior.\n  \"\"\"",
                        "\"  Trailing indent\\ndetermines dedent\\n    behavior.\""),
                arguments(STRING, "\"\"\"\n\nEmpty leading and trailing lines are retained\n\n\"\"\"",
                        "\"\\nEmpty leading and trailing lines are retained\\n\""),
                arguments(STRING, "\"\"\"\r\n  crlf\r\n  \"\"\"", "\"crlf\""),
                // Records (accept-records): any order, trailing commas, omitted and explicit `none`.
                arguments(BASIC, "{ required: 1 }", "{required: 1}"),
                arguments(BASIC, "{ required: 1, optional: none, }", "{required: 1}"),
                arguments(BASIC, "{ optional: some(2), required: 1, }", "{required: 1, optional: some(2)}"),
                arguments(OPTIONAL_FIELDS, "{ : }", "{:}"),
                arguments(OPTIONAL_FIELDS, "{a:none,b:none}", "{:}"),
                arguments(OPTIONAL_FIELDS, "{b:some(2),a:some(1)}", "{a: some(1), b: some(2)}"),
                arguments(POINT, "{%x: 1.0, y: -2}", "{x: 1.0, y: -2.0}"),
                // Options and results: a bare payload is `some` / `ok`.
                arguments(option(U8), "123", "some(123)"),
                arguments(result(U8, null), "123", "ok(123)"),
                arguments(option(HAND), "left", "some(left)"),
                arguments(option(KEYWORD_CASES), "%none", "some(%none)"),
                arguments(option(KEYWORD_CASES), "none", "none"),
                arguments(option(BOOL), "true", "some(true)"),
                arguments(result(U8, STRING), "ok( 1 )", "ok(1)"),
                // Labels, flags, lists, whitespace and comments.
                arguments(HAND, "%left", "left"),
                arguments(PERMISSIONS, "{write, read,}", "{read, write}"),
                arguments(PERMISSIONS, "{ %exec }", "{exec}"),
                arguments(list(U32), "[1, 2, 3,]", "[1, 2, 3]"),
                arguments(list(U32), " [ 1 , // one\n 2 ] // done", "[1, 2]"),
                arguments(TestTypes.PAIR, "(1, \"a\",)", "(1, \"a\")"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("accepted")
    void acceptedTextMeansTheCanonicalValue(ValueType type, String text, String canonical) {
        Value value = Wave.parse(text, type);
        assertEquals(canonical, Wave.print(value));
        assertEquals(value, Wave.parse(canonical, type));
    }

    @Test
    void typeDecidesWhatANumberIs() {
        assertEquals(Value.u32(5), Wave.parse("5", U32));
        assertEquals(Value.f64(5), Wave.parse("5", F64));
        assertEquals(Value.some(Value.u8(5)), Wave.parse("5", option(U8)));
    }

    @Test
    void nanIsNotANumberWhateverItsPayload() {
        F32 nan = (F32) Wave.parse("nan", F32);
        assertTrue(Float.isNaN(nan.value()));
        assertEquals("nan", Wave.print(Value.f32(Float.intBitsToFloat(0xffc00123))));
        assertEquals("nan", Wave.print(Value.f64(Double.longBitsToDouble(0x7ff0000000000001L))));
    }

    @Test
    void floatsPrintAsShortestPlainDecimal() {
        assertEquals("0.1", Wave.print(Value.f32(0.1f)));
        assertEquals("100000000000000000000.0", Wave.print(Value.f32(1e20f)));
        assertEquals("0.000001", Wave.print(Value.f64(1e-6)));
        assertEquals("16777216.0", Wave.print(Value.f32(16777216f)));
        assertEquals("-1.25", Wave.print(Value.f64(-1.25)));
    }

    @Test
    void byteListsParseStraightToBytes() {
        ListValue bytes = (ListValue) Wave.parse("[1, 2, 255]", list(U8));
        assertTrue(bytes.isBytes());
        assertEquals(Value.bytes(new byte[] {1, 2, (byte) 255}), bytes);
    }

    @Test
    void toStringIsWave() {
        assertEquals("{x: 1.0, y: 2.0}", Value.record(POINT, Value.f64(1), Value.f64(2)).toString());
        assertEquals("some(\"hé\")", Value.some(Value.string("hé")).toString());
    }
}
