package dev.weft.runtime.value;

import static dev.weft.runtime.value.TestTypes.POINT;
import static dev.weft.runtime.value.TestTypes.SHAPE;
import static dev.weft.runtime.value.TestTypes.field;
import static dev.weft.runtime.value.TestTypes.list;
import static dev.weft.runtime.value.TestTypes.option;
import static dev.weft.runtime.value.TestTypes.record;
import static dev.weft.runtime.value.TestTypes.result;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.OwnType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {
    private static final FuncType ADD = new FuncType(false,
            List.of(new Field("a", PrimitiveType.U32), new Field("b", PrimitiveType.U32)), Optional.of(PrimitiveType.U32));

    private static String failure(Value value, ValueType type, String where) {
        return assertThrows(ValueTypeException.class, () -> Values.check(value, type, where)).getMessage();
    }

    @Test
    void matchingValuesPass() {
        assertTrue(Values.matches(Value.u32(1), PrimitiveType.U32));
        assertFalse(Values.matches(Value.u32(1), PrimitiveType.S32));
        // Types are compared structurally: an equal type built separately matches.
        RecordType samePoint = record(field("x", PrimitiveType.F64), field("y", PrimitiveType.F64));
        assertDoesNotThrow(() -> Values.check(Value.record(POINT, Value.f64(1), Value.f64(2)), samePoint));
    }

    @Test
    void aLeafMismatchNamesTheParameter() {
        assertEquals("expected u32, found string at param `a`", failure(Value.string("2"), PrimitiveType.U32, "param `a`"));
        assertEquals("expected u32, found string",
                assertThrows(ValueTypeException.class, () -> Values.check(Value.string("2"), PrimitiveType.U32)).getMessage());
    }

    @Test
    void aNestedMismatchNamesTheInnermostPlace() {
        RecordType wrongPoint = record(field("x", PrimitiveType.F64), field("y", PrimitiveType.STRING));
        Value points = Value.list(wrongPoint, Value.record(wrongPoint, Value.f64(1), Value.string("2")));
        assertEquals("expected f64, found string at param `points`, element 0, field `y`",
                failure(points, list(POINT), "param `points`"));
        Value maybe = Value.some(Value.s32(1));
        assertEquals("expected u32, found s32 at param `o`, `some` payload", failure(maybe, option(PrimitiveType.U32), "param `o`"));
        Value res = Value.err(result(PrimitiveType.U8, PrimitiveType.S8), Value.s8(1));
        assertEquals("expected u8, found s8 at `err` payload", failure(res, result(PrimitiveType.U8, PrimitiveType.U8), ""));
        Value tuple = Value.tuple(Value.u8(1), Value.bool(true));
        assertEquals("expected string, found bool at element 1",
                failure(tuple, Value.tuple(Value.u8(1), Value.string("")).type(), ""));
    }

    @Test
    void aShapeMismatchIsReportedWhereTheShapesDiffer() {
        RecordType other = record(field("x", PrimitiveType.F64), field("z", PrimitiveType.F64));
        assertEquals("expected record { x: f64, y: f64 }, found record { x: f64, z: f64 } at param `p`",
                failure(Value.record(other, Value.f64(1), Value.f64(2)), POINT, "param `p`"));
        assertEquals("expected option<u32>, found option<s32>", failure(Value.none(PrimitiveType.S32), option(PrimitiveType.U32), ""));
        assertEquals("expected list<u32>, found list<s32>", failure(Value.list(PrimitiveType.S32), list(PrimitiveType.U32), ""));
    }

    @Test
    void longTypesAreShortenedInMessages() {
        String message = failure(Value.u8(1), SHAPE, "param `s`");
        assertTrue(message.startsWith("expected variant { circle(f64), polygon(list<record { x: f64, y: f..."), message);
        assertTrue(message.endsWith(", found u8 at param `s`"), message);
    }

    @Test
    void resourcesMatchByIdentity() {
        ResourceType a = new ResourceType("r");
        ResourceType b = new ResourceType("r");
        record H(ResourceType resource) implements ResourceHandle {
        }
        OwnHandle own = Value.own(new OwnType(a), new H(a));
        assertTrue(Values.matches(own, new OwnType(a)));
        assertFalse(Values.matches(own, new OwnType(b)));
    }

    @Test
    void argumentsAreCheckedByCountThenEach() {
        assertDoesNotThrow(() -> Values.checkArguments(ADD, List.of(Value.u32(2), Value.u32(3))));
        assertEquals("expected 2 arguments (a: u32, b: u32), got 1",
                assertThrows(ValueTypeException.class, () -> Values.checkArguments(ADD, List.of(Value.u32(2)))).getMessage());
        assertEquals("expected u32, found string at param `b`", assertThrows(ValueTypeException.class,
                () -> Values.checkArguments(ADD, List.of(Value.u32(2), Value.string("3")))).getMessage());
    }

    @Test
    void resultsAreChecked() {
        assertDoesNotThrow(() -> Values.checkResult(ADD, Optional.of(Value.u32(5))));
        assertEquals("expected a result of type u32, found none",
                assertThrows(ValueTypeException.class, () -> Values.checkResult(ADD, Optional.empty())).getMessage());
        assertEquals("expected u32, found s64 at the result",
                assertThrows(ValueTypeException.class, () -> Values.checkResult(ADD, Optional.of(Value.s64(5)))).getMessage());
        FuncType none = new FuncType(false, List.of(), Optional.empty());
        assertEquals("expected no result, found 5",
                assertThrows(ValueTypeException.class, () -> Values.checkResult(none, Optional.of(Value.u32(5)))).getMessage());
    }
}
