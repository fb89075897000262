package dev.weft.runtime.value;

import static dev.weft.runtime.value.TestTypes.BASIC;
import static dev.weft.runtime.value.TestTypes.HAND;
import static dev.weft.runtime.value.TestTypes.KEYWORD_CASES;
import static dev.weft.runtime.value.TestTypes.KEYWORD_FIELDS;
import static dev.weft.runtime.value.TestTypes.OPTIONAL_FIELDS;
import static dev.weft.runtime.value.TestTypes.PAIR;
import static dev.weft.runtime.value.TestTypes.PERMISSIONS;
import static dev.weft.runtime.value.TestTypes.POINT;
import static dev.weft.runtime.value.TestTypes.RESPONSE;
import static dev.weft.runtime.value.TestTypes.SHAPE;
import static dev.weft.runtime.value.TestTypes.field;
import static dev.weft.runtime.value.TestTypes.list;
import static dev.weft.runtime.value.TestTypes.option;
import static dev.weft.runtime.value.TestTypes.record;
import static dev.weft.runtime.value.TestTypes.result;
import static dev.weft.types.PrimitiveType.BOOL;
import static dev.weft.types.PrimitiveType.CHAR;
import static dev.weft.types.PrimitiveType.F32;
import static dev.weft.types.PrimitiveType.F64;
import static dev.weft.types.PrimitiveType.S16;
import static dev.weft.types.PrimitiveType.S32;
import static dev.weft.types.PrimitiveType.S64;
import static dev.weft.types.PrimitiveType.S8;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U16;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U64;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.weft.types.Case;
import dev.weft.types.FixedListType;
import dev.weft.types.MapType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every type shape: canonical text prints back unchanged, and random values survive print then parse. */
class WaveRoundTripTest {
    static Stream<Arguments> canonical() {
        return Stream.of(
                arguments(BOOL, "true"), arguments(BOOL, "false"),
                arguments(S8, "-128"), arguments(U8, "255"), arguments(S16, "-32768"), arguments(U16, "65535"),
                arguments(S32, "-2147483648"), arguments(U32, "4294967295"), arguments(S64, "-9223372036854775808"),
                arguments(U64, "18446744073709551615"),
                arguments(F32, "0.0"), arguments(F32, "-0.0"), arguments(F32, "1.5"), arguments(F32, "0.1"),
                arguments(F32, "nan"), arguments(F32, "inf"), arguments(F32, "-inf"),
                arguments(F32, "340282350000000000000000000000000000000.0"),
                arguments(F32, "0.000000000000000000000000000000000000000000001"),
                arguments(F64, "-3.1415"), arguments(F64, "0.30000000000000004"), arguments(F64, "nan"),
                arguments(CHAR, "'x'"), arguments(CHAR, "'\\''"), arguments(CHAR, "'\\\"'"), arguments(CHAR, "'😀'"),
                arguments(CHAR, "'\\u{0}'"), arguments(CHAR, "'\\n'"), arguments(CHAR, "'\\u{301}'"),
                arguments(STRING, "\"hé\\n😀\""), arguments(STRING, "\"\""), arguments(STRING, "\"\\\\\\'\\\"\\t\\n\\r\""),
                arguments(STRING, "\"bell\\u{7}zwj\\u{200d}\""),
                arguments(list(U32), "[1, 2, 3]"), arguments(list(U32), "[]"), arguments(list(U8), "[0, 255]"),
                arguments(list(list(STRING)), "[[\"a\"], []]"),
                arguments(new FixedListType(U8, 3), "[1, 2, 3]"), arguments(new FixedListType(CHAR, 2), "['a', 'b']"),
                arguments(POINT, "{x: 1.0, y: 2.5}"), arguments(BASIC, "{required: 1}"),
                arguments(BASIC, "{required: 1, optional: some(2)}"), arguments(OPTIONAL_FIELDS, "{:}"),
                arguments(KEYWORD_FIELDS, "{true: true, false: false, some: some(1), ok: ok, err: err, inf: inf, nan: nan}"),
                arguments(PAIR, "(1, \"a\")"), arguments(new TupleType(List.of(PAIR)), "((1, \"a\"))"),
                arguments(RESPONSE, "empty"), arguments(RESPONSE, "body([79, 75])"), arguments(RESPONSE, "%err(\"oops\")"),
                arguments(SHAPE, "%none"), arguments(SHAPE, "circle(1.5)"), arguments(SHAPE, "polygon([{x: 0.0, y: 0.0}])"),
                arguments(HAND, "left"), arguments(KEYWORD_CASES, "%true"), arguments(KEYWORD_CASES, "%nan"),
                arguments(option(U8), "some(1)"), arguments(option(U8), "none"),
                arguments(option(option(U8)), "some(some(1))"), arguments(option(option(U8)), "some(none)"),
                arguments(option(KEYWORD_CASES), "some(%none)"),
                arguments(result(U8, STRING), "ok(1)"), arguments(result(U8, STRING), "err(\"x\")"),
                arguments(result(null, STRING), "ok"), arguments(result(null, null), "ok"), arguments(result(null, null), "err"),
                arguments(PERMISSIONS, "{}"), arguments(PERMISSIONS, "{read, exec}"),
                arguments(new MapType(STRING, U32), "[(\"a\", 1), (\"b\", 2)]"),
                arguments(new MapType(STRING, U32), "[(\"k\", 1), (\"k\", 2)]"),
                arguments(new MapType(STRING, U32), "[]"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("canonical")
    void canonicalTextPrintsBackUnchanged(ValueType type, String text) {
        Value value = Wave.parse(text, type);
        assertEquals(type, value.type());
        assertEquals(text, Wave.print(value));
        assertEquals(value, Wave.parse(Wave.print(value), type));
    }

    static Stream<ValueType> shapes() {
        VariantType nested = new VariantType(List.of(new Case("maybe", Optional.of(option(POINT))),
                new Case("pair", Optional.of(PAIR)), new Case("ok", Optional.empty())));
        return Stream.of(BOOL, S8, U8, S16, U16, S32, U32, S64, U64, F32, F64, CHAR, STRING,
                POINT, BASIC, OPTIONAL_FIELDS, KEYWORD_FIELDS, HAND, KEYWORD_CASES, PERMISSIONS, RESPONSE, SHAPE, PAIR,
                nested, list(STRING), list(U8), list(option(U8)), new FixedListType(U8, 3), new FixedListType(CHAR, 2),
                option(option(U8)), option(result(U8, STRING)), result(option(U8), STRING), result(null, STRING),
                result(U8, null), result(null, null), option(KEYWORD_CASES), option(SHAPE), option(STRING),
                new MapType(STRING, list(U32)), new TupleType(List.of(CHAR, F32, F64, U64)),
                record(field("inner", BASIC), field("tags", list(STRING)), field("flag", option(PERMISSIONS))),
                list(record(field("maybe", option(option(HAND))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void randomValuesSurvivePrintThenParse(ValueType type) {
        ValueGen gen = new ValueGen(type.wit().hashCode());
        for (int i = 0; i < 300; i++) {
            Value value = gen.of(type);
            String text = Wave.print(value);
            Value back = Wave.parse(text, type);
            assertEquals(value, back, () -> "through " + text);
            assertEquals(text, Wave.print(back));
        }
    }
}
