package dev.weft.runtime.value;

import static dev.weft.runtime.value.TestTypes.BASIC;
import static dev.weft.runtime.value.TestTypes.HAND;
import static dev.weft.runtime.value.TestTypes.PERMISSIONS;
import static dev.weft.runtime.value.TestTypes.POINT;
import static dev.weft.runtime.value.TestTypes.RESPONSE;
import static dev.weft.runtime.value.TestTypes.list;
import static dev.weft.runtime.value.TestTypes.option;
import static dev.weft.runtime.value.TestTypes.result;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.FixedListType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTest {
    @Test
    void primitivesKnowTheirTypes() {
        assertEquals(PrimitiveType.BOOL, Value.bool(true).type());
        assertEquals(PrimitiveType.S8, Value.s8(-128).type());
        assertEquals(PrimitiveType.U8, Value.u8(255).type());
        assertEquals(PrimitiveType.S16, Value.s16(-32768).type());
        assertEquals(PrimitiveType.U16, Value.u16(65535).type());
        assertEquals(PrimitiveType.S32, Value.s32(-1).type());
        assertEquals(PrimitiveType.U32, Value.u32(4294967295L).type());
        assertEquals(PrimitiveType.S64, Value.s64(Long.MIN_VALUE).type());
        assertEquals(PrimitiveType.U64, Value.u64(-1).type());
        assertEquals(PrimitiveType.F32, Value.f32(1.5f).type());
        assertEquals(PrimitiveType.F64, Value.f64(1.5).type());
        assertEquals(PrimitiveType.CHAR, Value.character('é').type());
        assertEquals(PrimitiveType.STRING, Value.string("hé").type());
    }

    @Test
    void integersOutOfRangeAreRejected() {
        assertEquals("256 is out of range for u8", assertThrows(ValueTypeException.class, () -> Value.u8(256)).getMessage());
        assertThrows(ValueTypeException.class, () -> Value.u8(-1));
        assertThrows(ValueTypeException.class, () -> Value.s8(128));
        assertThrows(ValueTypeException.class, () -> Value.s16(-32769));
        assertThrows(ValueTypeException.class, () -> Value.u16(65536));
        assertThrows(ValueTypeException.class, () -> Value.u32(1L << 32));
        assertThrows(ValueTypeException.class, () -> Value.u32(-1));
        assertThrows(ValueTypeException.class, () -> Value.u64(BigInteger.ONE.shiftLeft(64)));
        assertThrows(ValueTypeException.class, () -> Value.u64(BigInteger.valueOf(-1)));
    }

    @Test
    void unsignedValuesReadAsThemselvesAndAsBits() {
        assertEquals(4294967295L, U32.ofBits(-1).value());
        assertEquals(-1, Value.u32(4294967295L).bits());
        assertEquals(200, U8.ofBits((byte) 200).value());
        assertEquals((byte) 200, Value.u8(200).bits());
        assertEquals(65535, U16.ofBits((short) -1).value());
        assertEquals(new BigInteger("18446744073709551615"), Value.u64(-1).bigValue());
        assertEquals(Value.u64(-1), Value.u64(new BigInteger("18446744073709551615")));
    }

    @Test
    void charsAreUnicodeScalarValues() {
        assertEquals("😀", Value.character(0x1F600).asString());
        assertThrows(ValueTypeException.class, () -> Value.character(0xD800));
        assertThrows(ValueTypeException.class, () -> Value.character(0xDFFF));
        assertThrows(ValueTypeException.class, () -> Value.character(0x110000));
        assertThrows(ValueTypeException.class, () -> Value.character(-1));
    }

    @Test
    void stringsRejectUnpairedSurrogates() {
        assertEquals("a😀", Value.string("a😀").value());
        ValueTypeException e = assertThrows(ValueTypeException.class, () -> Value.string("ab\uD800c"));
        assertTrue(e.getMessage().contains("U+D800 at index 2"), e.getMessage());
        assertThrows(ValueTypeException.class, () -> Value.string("\uDC00"));
        assertThrows(ValueTypeException.class, () -> Value.string("x\uD83D"));
        assertThrows(ValueTypeException.class, () -> Value.string("\uDC00\uD800"), "a pair is high then low");
        // the first surrogate starts the pairing rules: pairs before a lone one are skipped over
        String pairs = "é☃".repeat(1000) + "😀".repeat(1000);
        assertEquals(pairs, Value.string(pairs).value());
        e = assertThrows(ValueTypeException.class, () -> Value.string(pairs + "\uDE00" + "x"));
        assertTrue(e.getMessage().endsWith("U+DE00 at index " + pairs.length()), e.getMessage());
        e = assertThrows(ValueTypeException.class, () -> Value.string("ab".repeat(5000) + "\uD83D\uD83D\uDE00"));
        assertTrue(e.getMessage().endsWith("U+D83D at index 10000"), e.getMessage());
    }

    @Test
    void wellFormedStringsSkipTheCheckButAreTheSameValues() {
        Str s = Str.ofWellFormed("a😀");
        assertEquals(Value.string("a😀"), s);
        assertEquals(Value.string("a😀").hashCode(), s.hashCode());
        assertEquals("\"a😀\"", s.toString());
        assertNotEquals(Value.string("a"), s);
        assertThrows(NullPointerException.class, () -> Str.ofWellFormed(null));
        // tests run with assertions on, which still catch a decoder that breaks its promise
        assertThrows(AssertionError.class, () -> Str.ofWellFormed("x\uD83D"));
    }

    @Test
    void floatEqualityTreatsEveryNanAlikeAndSignedZerosApart() {
        assertEquals(Value.f32(Float.NaN), Value.f32(Float.intBitsToFloat(0x7fc00001)));
        assertEquals(Value.f64(Double.NaN), Value.f64(Double.longBitsToDouble(0xfff8000000000123L)));
        assertEquals(Value.f32(Float.NaN).hashCode(), Value.f32(Float.intBitsToFloat(0x7fc00001)).hashCode());
        assertNotEquals(Value.f32(0f), Value.f32(-0f));
        assertNotEquals(Value.f64(0.0), Value.f64(-0.0));
    }

    @Test
    void recordsHaveValueSemanticsAndNamedFields() {
        RecordValue a = Value.record(POINT, Map.of("y", Value.f64(2), "x", Value.f64(1)));
        RecordValue b = Value.record(POINT, Value.f64(1), Value.f64(2));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(Value.f64(2), a.get("y"));
        assertEquals(List.of("x", "y"), List.copyOf(a.fields().keySet()));
        assertEquals("{x: 1.0, y: 2.0}", a.toString());
        assertEquals("no field `z` in record { x: f64, y: f64 }; fields are x, y",
                assertThrows(ValueTypeException.class, () -> a.get("z")).getMessage());
    }

    @Test
    void recordsCheckTheirFields() {
        assertEquals("missing field `y` (f64)",
                assertThrows(ValueTypeException.class, () -> Value.record(POINT, Map.of("x", Value.f64(1)))).getMessage());
        assertEquals("unknown field `z` for record { x: f64, y: f64 }", assertThrows(ValueTypeException.class,
                () -> Value.record(POINT, Map.of("x", Value.f64(1), "y", Value.f64(1), "z", Value.f64(1)))).getMessage());
        assertEquals("expected f64, found string at field `y`", assertThrows(ValueTypeException.class,
                () -> Value.record(POINT, Value.f64(1), Value.string("2"))).getMessage());
        assertThrows(ValueTypeException.class, () -> Value.record(POINT, Value.f64(1)));
    }

    @Test
    void listsCheckElementsAndCopyTheirInput() {
        List<Value> source = new java.util.ArrayList<>(List.of(Value.u32(1), Value.u32(2)));
        ListValue list = Value.list(PrimitiveType.U32, source);
        source.clear();
        assertEquals(2, list.size());
        assertEquals(list(PrimitiveType.U32), list.type());
        assertEquals(PrimitiveType.U32, list.elementType());
        assertThrows(UnsupportedOperationException.class, () -> list.elements().add(Value.u32(3)));
        assertEquals("expected u32, found s32 at element 1", assertThrows(ValueTypeException.class,
                () -> Value.list(PrimitiveType.U32, Value.u32(1), Value.s32(2))).getMessage());
        assertTrue(list.bytes().isEmpty());
        assertThrows(ValueTypeException.class, list::toByteArray);
    }

    @Test
    void byteListsAreHeldAsBytesAndNeverShared() {
        byte[] data = {1, 2, (byte) 255};
        ListValue bytes = Value.bytes(data);
        data[0] = 99;
        assertTrue(bytes.isBytes());
        assertEquals(Value.u8(1), bytes.get(0));
        assertEquals(List.of(Value.u8(1), Value.u8(2), Value.u8(255)), bytes.elements());
        byte[] copy = bytes.toByteArray();
        copy[1] = 42;
        assertArrayEquals(new byte[] {1, 2, (byte) 255}, bytes.toByteArray());
        ByteBuffer view = bytes.bytes().orElseThrow();
        assertTrue(view.isReadOnly());
        assertThrows(ReadOnlyBufferException.class, () -> view.put(0, (byte) 7));
        // A list of u8 built element by element is the same value, held the same way.
        ListValue boxed = Value.list(PrimitiveType.U8, Value.u8(1), Value.u8(2), Value.u8(255));
        assertTrue(boxed.isBytes());
        assertEquals(bytes, boxed);
        assertEquals(bytes.hashCode(), boxed.hashCode());
        assertEquals(bytes, ListValue.ofBytes(ByteBuffer.wrap(new byte[] {0, 1, 2, (byte) 255}, 1, 3)));
    }

    @Test
    void wrappedBytesAreOwnedAndLentWithoutCopies() {
        byte[] data = {1, 2, (byte) 255};
        ListValue wrapped = ListValue.wrapBytes(data);
        assertEquals(Value.bytes(new byte[] {1, 2, (byte) 255}), wrapped);
        assertEquals(new ListType(PrimitiveType.U8), wrapped.type());
        data[0] = 99; // breaks the contract, which shows that no copy was made
        assertEquals(Value.u8(99), wrapped.get(0));
        List<byte[]> seen = new ArrayList<>();
        wrapped.writeBytesTo((b, offset, length) -> {
            assertEquals(0, offset);
            assertEquals(3, length);
            seen.add(b);
        });
        assertSame(data, seen.get(0));
        ListValue numbers = Value.list(PrimitiveType.U32, Value.u32(1));
        assertEquals("expected list<u8>, found list<u32>",
                assertThrows(ValueTypeException.class, () -> numbers.writeBytesTo((b, o, l) -> {})).getMessage());
    }

    @Test
    void fixedListsHaveExactlyTheirLength() {
        FixedListType three = new FixedListType(PrimitiveType.U8, 3);
        ListValue v = Value.fixedList(three, List.of(Value.u8(1), Value.u8(2), Value.u8(3)));
        assertEquals(three, v.type());
        assertNotEquals(Value.list(PrimitiveType.U8, v.elements()), v);
        assertEquals("expected 3 elements for list<u8, 3>, found 2", assertThrows(ValueTypeException.class,
                () -> Value.fixedList(three, List.of(Value.u8(1), Value.u8(2)))).getMessage());
    }

    @Test
    void tuplesTakeTheirTypeFromTheirElements() {
        TupleValue t = Value.tuple(Value.u32(1), Value.string("a"));
        assertEquals(new TupleType(List.of(PrimitiveType.U32, PrimitiveType.STRING)), t.type());
        assertEquals(Value.string("a"), t.get(1));
    }

    @Test
    void variantsCheckCaseAndPayload() {
        VariantValue body = Value.variant(RESPONSE, "body", Value.bytes(new byte[] {79, 75}));
        assertEquals("body", body.caseName());
        assertEquals(1, body.caseIndex());
        assertEquals(Value.variant(RESPONSE, "empty"), new VariantValue(RESPONSE, 0, Optional.empty()));
        assertEquals("case `body` needs a payload of type list<u8>",
                assertThrows(ValueTypeException.class, () -> Value.variant(RESPONSE, "body")).getMessage());
        assertEquals("case `empty` has no payload, found string",
                assertThrows(ValueTypeException.class, () -> Value.variant(RESPONSE, "empty", Value.string("x"))).getMessage());
        assertThrows(ValueTypeException.class, () -> Value.variant(RESPONSE, "nope"));
        assertThrows(ValueTypeException.class, () -> Value.variant(RESPONSE, "err", Value.u32(1)));
        assertThrows(ValueTypeException.class, () -> new VariantValue(RESPONSE, 3, Optional.empty()));
    }

    @Test
    void enumsAreNamedCases() {
        EnumValue right = Value.enumCase(HAND, "right");
        assertEquals(1, right.index());
        assertEquals("right", right.name());
        assertThrows(ValueTypeException.class, () -> Value.enumCase(HAND, "up"));
        assertThrows(ValueTypeException.class, () -> new EnumValue(HAND, 2));
    }

    @Test
    void optionsAndResults() {
        OptionValue some = Value.some(Value.u8(1));
        assertEquals(option(PrimitiveType.U8), some.type());
        assertTrue(some.isSome());
        assertFalse(Value.none(PrimitiveType.U8).isSome());
        assertNotEquals(Value.none(PrimitiveType.U8), Value.none(PrimitiveType.U16));
        assertThrows(ValueTypeException.class, () -> Value.option(option(PrimitiveType.U8), Optional.of(Value.u16(1))));

        ResultType r = result(PrimitiveType.U32, PrimitiveType.STRING);
        assertTrue(Value.ok(r, Value.u32(1)).isOk());
        assertTrue(Value.err(r, Value.string("no")).isErr());
        assertThrows(ValueTypeException.class, () -> Value.ok(r));
        assertThrows(ValueTypeException.class, () -> Value.err(r, Value.u32(1)));
        ResultType bare = result(null, null);
        assertEquals("`ok` of result has no payload, found u32",
                assertThrows(ValueTypeException.class, () -> Value.ok(bare, Value.u32(1))).getMessage());
        assertEquals(Value.err(bare), new ResultValue(bare, false, Optional.empty()));
    }

    @Test
    void flagsKeepDeclarationOrderAndCompareAsSets() {
        FlagsValue f = Value.flags(PERMISSIONS, "exec", "read");
        assertEquals(List.of("read", "exec"), List.copyOf(f.flags()));
        assertEquals(f, Value.flags(PERMISSIONS, Set.of("read", "exec")));
        assertTrue(f.has("exec"));
        assertFalse(f.has("write"));
        assertThrows(ValueTypeException.class, () -> f.has("delete"));
        assertEquals("unknown flag `delete` for flags { read, write, exec }",
                assertThrows(ValueTypeException.class, () -> Value.flags(PERMISSIONS, "delete")).getMessage());
    }

    @Test
    void mapsKeepOrderAndCheckKeysAndValues() {
        MapType m = new MapType(PrimitiveType.STRING, PrimitiveType.U32);
        Map<Value, Value> entries = new LinkedHashMap<>();
        entries.put(Value.string("b"), Value.u32(2));
        entries.put(Value.string("a"), Value.u32(1));
        MapValue map = Value.map(m, entries);
        assertEquals(List.of(new MapValue.Entry(Value.string("b"), Value.u32(2)),
                new MapValue.Entry(Value.string("a"), Value.u32(1))), map.entries());
        assertEquals(2, map.size());
        assertEquals(Optional.of(Value.u32(1)), map.get(Value.string("a")));
        assertEquals(Optional.empty(), map.get(Value.string("c")));
        assertEquals("expected u32, found string at value 0", assertThrows(ValueTypeException.class,
                () -> Value.map(m, Map.of(Value.string("a"), Value.string("b")))).getMessage());
        assertEquals("expected string, found u32 at key 1", assertThrows(ValueTypeException.class,
                () -> Value.map(m, List.of(new MapValue.Entry(Value.string("a"), Value.u32(1)),
                        new MapValue.Entry(Value.u32(2), Value.u32(2))))).getMessage());
        entries.clear();
        assertEquals(2, map.size(), "the entries are copied in");
    }

    @Test
    void mapsAreListsOfEntriesSoKeysMayRepeat() {
        MapType m = new MapType(PrimitiveType.STRING, PrimitiveType.U32);
        MapValue.Entry k1 = new MapValue.Entry(Value.string("k"), Value.u32(1));
        MapValue.Entry k2 = new MapValue.Entry(Value.string("k"), Value.u32(2));
        MapValue.Entry a0 = new MapValue.Entry(Value.string("a"), Value.u32(0));
        MapValue map = Value.map(m, List.of(k1, a0, k2));
        assertEquals(List.of(k1, a0, k2), map.entries());
        assertEquals(Optional.of(Value.u32(2)), map.get(Value.string("k")), "the last entry with the key");
        assertEquals("[(\"k\", 1), (\"a\", 0), (\"k\", 2)]", map.toString());
        assertEquals(Value.map(m, List.of(k1, a0, k2)), map);
        assertEquals(Value.map(m, List.of(k1, a0, k2)).hashCode(), map.hashCode());
        assertNotEquals(Value.map(m, List.of(k2, a0, k1)), map, "order counts");
        assertNotEquals(Value.map(m, List.of(a0, k2)), map, "so does each entry");
        assertThrows(NullPointerException.class, () -> new MapValue.Entry(null, Value.u32(1)));
    }

    @Test
    void handlesCarryTheirResourceType() {
        ResourceType blob = new ResourceType("blob");
        ResourceType other = new ResourceType("other");
        record TestHandle(ResourceType resource, int index) implements ResourceHandle {
            @Override
            public String toString() {
                return "#" + index;
            }
        }
        OwnHandle own = Value.own(new OwnType(blob), new TestHandle(blob, 3));
        assertEquals(new OwnType(blob), own.type());
        assertEquals("<own<blob> #3>", Wave.print(own));
        assertThrows(ValueTypeException.class, () -> Value.own(new OwnType(blob), new TestHandle(other, 3)));
        assertEquals(own, Value.own(new OwnType(blob), new TestHandle(blob, 3)));
    }
}
