package dev.weft.testsuite.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.Value;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FlagsType;
import dev.weft.types.ListType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.VariantType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueMatchTest {
    private static final RecordType PAIR = new RecordType(List.of(
            new Field("a", PrimitiveType.U32), new Field("b", new ListType(PrimitiveType.S32))));
    private static final VariantType V = new VariantType(List.of(
            new Case("none", Optional.empty()), new Case("some", Optional.of(PrimitiveType.F32))));

    private static Value pair(long a, int... b) {
        return Value.record(PAIR, Value.u32(a),
                Value.list(PrimitiveType.S32, java.util.Arrays.stream(b).mapToObj(Value::s32).toList()));
    }

    @Test
    void equalValuesMatch() {
        assertEquals(Optional.empty(), ValueMatch.difference(pair(1, 2, 3), pair(1, 2, 3)));
        assertEquals(Optional.empty(), ValueMatch.difference(Optional.empty(), Optional.empty()));
        assertTrue(ValueMatch.matches(Value.string("é"), Value.string("é")));
    }

    @Test
    void theFirstDifferenceIsReportedWhereItIsInWave() {
        assertEquals(Optional.of("at field `b`, element 1: expected 3, found 4"),
                ValueMatch.difference(pair(1, 2, 3), pair(1, 2, 4)));
        assertEquals(Optional.of("at field `b`: expected 2 elements [2, 3], found 1 [2]"),
                ValueMatch.difference(pair(1, 2, 3), pair(1, 2)));
        assertEquals(Optional.of("expected \"a\", found \"b\""), ValueMatch.difference(Value.string("a"), Value.string("b")));
        assertEquals(Optional.of("expected 5 (u32), found 5 (s32)"), ValueMatch.difference(Value.u32(5), Value.s32(5)));
        assertEquals(Optional.of("expected 5, found no result"),
                ValueMatch.difference(Optional.of(Value.u32(5)), Optional.empty()));
        assertEquals(Optional.of("expected no result, found 5"),
                ValueMatch.difference(Optional.empty(), Optional.of(Value.u32(5))));
    }

    @Test
    void anyNanMatchesAnyNanButZerosKeepTheirSign() {
        float otherNan = Float.intBitsToFloat(0xffa0_0001);
        assertTrue(ValueMatch.matches(Value.f32(Float.NaN), Value.f32(otherNan)));
        assertTrue(ValueMatch.matches(Value.f64(Double.NaN), Value.f64(Double.longBitsToDouble(0x7ff0_0000_0000_0001L))));
        assertFalse(ValueMatch.matches(Value.f32(Float.NaN), Value.f32(1)));
        assertFalse(ValueMatch.matches(Value.f32(1), Value.f32(Float.NaN)));
        assertEquals(Optional.of("expected " + Value.f64(0.0) + ", found " + Value.f64(-0.0)),
                ValueMatch.difference(Value.f64(0.0), Value.f64(-0.0)));
        assertTrue(ValueMatch.matches(Value.variant(V, "some", Value.f32(Float.NaN)), Value.variant(V, "some", Value.f32(otherNan))));
    }

    @Test
    void casesAndPayloads() {
        assertEquals(Optional.of("expected %none, found %some(" + Value.f32(1) + ")"),
                ValueMatch.difference(Value.variant(V, "none"), Value.variant(V, "some", Value.f32(1))));
        assertEquals(Optional.of("at `some` payload: expected " + Value.f32(1) + ", found " + Value.f32(2)),
                ValueMatch.difference(Value.variant(V, "some", Value.f32(1)), Value.variant(V, "some", Value.f32(2))));
        assertEquals(Optional.of("expected none, found some(1)"),
                ValueMatch.difference(Value.none(PrimitiveType.U8), Value.some(Value.u8(1))));
        ResultType r = new ResultType(Optional.of(PrimitiveType.U8), Optional.of(PrimitiveType.U8));
        assertEquals(Optional.of("expected ok(1), found err(1)"),
                ValueMatch.difference(Value.ok(r, Value.u8(1)), Value.err(r, Value.u8(1))));
        EnumType e = new EnumType(List.of("a", "b"));
        assertEquals(Optional.of("expected a, found b"), ValueMatch.difference(Value.enumCase(e, "a"), Value.enumCase(e, "b")));
        FlagsType f = new FlagsType(List.of("x", "y"));
        assertTrue(ValueMatch.matches(Value.flags(f, "y", "x"), Value.flags(f, "x", "y")));
        assertEquals(Optional.of("expected {x}, found {x, y}"), ValueMatch.difference(Value.flags(f, "x"), Value.flags(f, "x", "y")));
    }

    @Test
    void recordsCompareFieldNames() {
        RecordType other = new RecordType(List.of(new Field("a", PrimitiveType.U32), new Field("c", new ListType(PrimitiveType.S32))));
        Value renamed = Value.record(other, Value.u32(1), Value.list(PrimitiveType.S32));
        assertEquals(Optional.of("expected a record with fields [a, b], found one with [a, c]"),
                ValueMatch.difference(pair(1), renamed));
    }
}
