package dev.weft.runtime.value;

import static dev.weft.runtime.value.TestTypes.BASIC;
import static dev.weft.runtime.value.TestTypes.KEYWORD_CASES;
import static dev.weft.runtime.value.TestTypes.OPTIONAL_FIELDS;
import static dev.weft.runtime.value.TestTypes.POINT;
import static dev.weft.runtime.value.TestTypes.RESPONSE;
import static dev.weft.runtime.value.TestTypes.list;
import static dev.weft.runtime.value.TestTypes.option;
import static dev.weft.types.PrimitiveType.CHAR;
import static dev.weft.types.PrimitiveType.ERROR_CONTEXT;
import static dev.weft.types.PrimitiveType.F32;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.weft.types.OwnType;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rejected text: what the error says and which column it points at. */
class WaveErrorTest {
    private static WaveSyntaxException reject(String text, ValueType type) {
        return assertThrows(WaveSyntaxException.class, () -> Wave.parse(text, type));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                // Syntax.
                arguments(list(U32), "[1, 2", 6, "expected `,` or `]`, found the end of the input"),
                arguments(list(U32), "[1 2]", 4, "expected `,` or `]`, found `2`"),
                arguments(U32, "1 2", 3, "unexpected `2` after the value"),
                arguments(U32, "", 1, "expected a value, found the end of the input"),
                arguments(U32, "01", 1, "invalid number `01`: no leading zeros"),
                arguments(F32, "-nan", 1, "expected a digit after `-`"),
                arguments(F32, "NaN", 1, "invalid label `NaN`: a label is words joined by `-`, each starting with a "
                        + "letter and all lowercase or all uppercase"),
                arguments(F32, "INF", 1, "expected f32, found `INF`"),
                arguments(F32, "infinity", 1, "expected f32, found `infinity`"),
                arguments(U32, "1.", 1, "expected a digit after `.` in a number"),
                arguments(U32, "#", 1, "unexpected character `#`"),
                // Chars and strings (reject-chars, reject-strings).
                arguments(CHAR, "'ab'", 1, "a char literal holds exactly one character; use a string"),
                arguments(CHAR, "''", 1, "empty char literal"),
                arguments(CHAR, "'''", 1, "empty char literal"),
                arguments(STRING, "\"abc", 1, "unterminated string (a string cannot span lines: write `\\n`, or use a \"\"\" string)"),
                arguments(STRING, "\"a\nb\"", 1, "unterminated string (a string cannot span lines: write `\\n`, or use a \"\"\" string)"),
                arguments(STRING, "\"x\\u{d800}\"", 3, "invalid escape: U+D800 is not a Unicode scalar value"),
                arguments(STRING, "\"\\u{110000}\"", 2, "invalid escape: U+110000 is not a Unicode scalar value"),
                arguments(STRING, "\"\\u{ffffffff}\"", 2, "invalid escape: \\u{...} takes 1 to 6 hex digits"),
                arguments(STRING, "\"\\u{-1}\"", 2, "invalid escape: \\u{...} takes 1 to 6 hex digits"),
                arguments(STRING, "\"\\j\"", 2, "invalid escape; WAVE has \\\\ \\' \\\" \\t \\n \\r and \\u{hex}"),
                arguments(STRING, "\"\"\" \"\"\"", 1, "opening \"\"\" must be followed immediately by a line break"),
                arguments(STRING, "\"\"\"\nextra\"\"\"", 6, "closing \"\"\" must be on a line of its own, preceded only by spaces"),
                arguments(STRING, "\"\"\"\nnot indented\n  \"\"\"", 1, "lines must be indented at least as much as the closing \"\"\""),
                arguments(STRING, "\"\"\"\n  \"\"\"\n  \"\"\"", 3, "unterminated multiline string (no closing \"\"\")"),
                arguments(STRING, "\"\"\"\nInvalid: \\u{d800}\n\"\"\"", 10, "invalid escape: U+D800 is not a Unicode scalar value"),
                // A lone surrogate cannot come from an escape, but can from the Java string holding the text.
                arguments(CHAR, "'\uD800'", 1, "a char must be a Unicode scalar value, not U+D800"),
                arguments(STRING, "\"a\uDC00\"", 1,
                        "a string must hold Unicode scalar values only; found the unpaired surrogate U+DC00 at index 1"),
                // Types.
                arguments(U32, "\"5\"", 1, "expected u32, found a string"),
                arguments(U8, "300", 1, "`300` is out of range for u8 (0 to 255)"),
                arguments(U32, "-1", 1, "u32 cannot be negative, found `-1`"),
                arguments(U32, "1.5", 1, "expected an integer for u32, found `1.5`"),
                arguments(U32, "inf", 1, "expected an integer for u32, found `inf`"),
                arguments(list(U8), "[1, 256]", 5, "`256` is out of range for u8 (0 to 255)"),
                arguments(POINT, "{x: 1, z: 2}", 8, "unknown field `z`; the fields are x: f64, y: f64"),
                arguments(BASIC, "{ optional: none }", 1, "missing field `required` (u8)"),
                arguments(BASIC, "{ required: 0, required: 0 }", 16, "duplicate field `required`"),
                arguments(BASIC, "{ required: 0,, }", 15, "expected a field name, found `,`"),
                arguments(BASIC, "{ , required: 0 }", 3, "expected a field or flag name, found `,`"),
                arguments(OPTIONAL_FIELDS, "{}", 1, "expected record { a: option<u8>, b: option<u8> }, found `{}` "
                        + "(empty flags); an empty record is written `{:}`"),
                arguments(TestTypes.PERMISSIONS, "{read, read}", 8, "duplicate flag `read`"),
                arguments(TestTypes.PERMISSIONS, "{read, delete}", 8, "unknown flag `delete`; the flags are read, write, exec"),
                arguments(option(U8), "some", 5, "expected `(` after `some` (write `some(value)`), found the end of the input"),
                arguments(option(U8), "some()", 6, "expected a value, found `)`"),
                arguments(option(U8), "none()", 5, "unexpected `(` after the value"),
                arguments(option(U8), "some(some(0))", 6, "expected u8, found `some(...)`"),
                arguments(option(option(U8)), "1", 1, "expected option<option<u8>>, found the number `1` (an option of "
                        + "an option or result is written with `some(...)` or `none`)"),
                arguments(TestTypes.result(U8, null), "err(1)", 1, "`err` of result<u8> has no payload: write `err`"),
                arguments(TestTypes.result(null, STRING), "err", 1, "`err` of result<_, string> needs a payload of type string"),
                arguments(KEYWORD_CASES, "none", 1, "`none` is a WAVE keyword: write the case as `%none`"),
                arguments(KEYWORD_CASES, "true", 1, "`true` is a WAVE keyword: write the case as `%true`"),
                arguments(KEYWORD_CASES, "left", 1, "unknown case `left`; the cases are true, false, some, none, ok, err, inf, nan"),
                arguments(TestTypes.HAND, "left(1)", 1, "enum case `left` has no payload"),
                arguments(RESPONSE, "body", 1, "case `body` needs a payload of type list<u8>: write `body(...)`"),
                arguments(RESPONSE, "empty(1)", 1, "case `empty` has no payload"),
                arguments(RESPONSE, "err(\"x\")", 1, "`err` is a WAVE keyword: write the case as `%err`"),
                arguments(TestTypes.PAIR, "(1)", 1, "expected 2 elements for tuple<u32, string>, found 1"),
                arguments(TestTypes.PAIR, "()", 1, "a tuple needs at least one element"),
                arguments(new OwnType(new ResourceType("blob")), "1", 1,
                        "own<blob> values have no WAVE text (WAVE has no syntax for handles); pass them through the Java API"),
                arguments(ERROR_CONTEXT, "1", 1,
                        "error-context values have no WAVE text (WAVE has no syntax for handles); pass them through the Java API"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rejected")
    void rejectedWithReasonAndColumn(ValueType type, String text, int column, String reason) {
        WaveSyntaxException e = reject(text, type);
        assertEquals(reason, e.reason());
        assertEquals(column, e.column(), e::getMessage);
    }

    @Test
    void theMessageShowsTheLineAndACaret() {
        WaveSyntaxException e = reject("[1, 2 3]", list(U32));
        assertEquals("expected `,` or `]`, found `3` at column 7\n  [1, 2 3]\n        ^", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(6, e.offset());
    }

    @Test
    void theCaretUnderlinesTheWholeToken() {
        WaveSyntaxException e = reject("[1, 2, 300]", list(U8));
        assertEquals("`300` is out of range for u8 (0 to 255) at column 8\n  [1, 2, 300]\n         ^^^", e.getMessage());
    }

    @Test
    void multiLineTextGivesTheLineToo() {
        WaveSyntaxException e = reject("{\n\tx: 1,\n\ty: \"2\",\n}", POINT);
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertEquals("expected f64, found a string at line 3, column 5\n  \ty: \"2\",\n  \t   ^^^", e.getMessage());
    }

    @Test
    void columnsCountCodePoints() {
        WaveSyntaxException e = reject("[\"😀😀\", 1]", list(STRING));
        assertEquals(8, e.column());
        assertEquals("expected string, found the number `1` at column 8\n  [\"😀😀\", 1]\n         ^", e.getMessage());
    }

    @Test
    void longLinesAreShownAroundTheProblem() {
        String text = "[" + "1, ".repeat(100) + "x]";
        WaveSyntaxException e = reject(text, list(U32));
        assertEquals(302, e.column());
        String[] lines = e.getMessage().split("\n");
        assertEquals("expected u32, found `x` at column 302", lines[0]);
        assertEquals(lines[1].indexOf("x]"), lines[2].indexOf('^'));
        assertEquals(true, lines[1].startsWith("  ...") && lines[1].length() < 90, lines[1]);
    }

    @Test
    void deepNestingIsRefusedBeforeTheStackIs() {
        ValueType type = U32;
        for (int i = 0; i < 150; i++) type = list(type);
        String text = "[".repeat(150) + "]".repeat(150);
        assertEquals("values nest deeper than 100 levels", reject(text, type).reason());
    }
}
