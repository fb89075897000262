package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.F32;
import dev.weft.runtime.value.F64;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.MapValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoadStoreTest {
    private static final long AT = 256;
    private final T.Env env = T.Env.utf8();

    private Value roundTrip(Value v, ValueType t) {
        Layout l = T.layout(t);
        Storing.store(env.cx(), v, l, AT);
        return Loading.load(env.cx(), AT, l);
    }

    private void assertRoundTrip(Value v) {
        assertEquals(v, roundTrip(v, v.type()));
    }

    @Test
    void numbersRoundTripAtTheirExtremes() {
        for (Value v : List.of(Value.bool(true), Value.bool(false), Value.u8(255), Value.s8(-128), Value.u16(65535),
                Value.s16(-32768), Value.u32(4294967295L), Value.s32(Integer.MIN_VALUE), Value.u64(-1),
                Value.s64(Long.MIN_VALUE), Value.f32(1.5f), Value.f64(-0.0), Value.character(0x1F370))) {
            assertRoundTrip(v);
        }
    }

    @Test
    void integersAreLittleEndianAtTheirSize() {
        Storing.store(env.cx(), Value.u32(0x01020304L), T.layout(PrimitiveType.U32), AT);
        assertArrayEquals(new byte[] {4, 3, 2, 1}, env.memory().read(AT, 4));
        Storing.store(env.cx(), Value.s16(-2), T.layout(PrimitiveType.S16), AT);
        assertArrayEquals(new byte[] {(byte) 0xFE, (byte) 0xFF, 2, 1}, env.memory().read(AT, 4));
    }

    @Test
    void anyNonZeroByteIsTrue() {
        env.memory().writeI8(AT, (byte) 0x80);
        assertEquals(Value.bool(true), Loading.load(env.cx(), AT, T.layout(PrimitiveType.BOOL)));
        env.memory().writeI8(AT, (byte) 0);
        assertEquals(Value.bool(false), Loading.load(env.cx(), AT, T.layout(PrimitiveType.BOOL)));
    }

    @Test
    void nansAreCanonicalizedBothWays() {
        env.memory().writeI32(AT, 0xFFC0_1234);
        F32 f = (F32) Loading.load(env.cx(), AT, T.layout(PrimitiveType.F32));
        assertEquals(0x7FC0_0000, Float.floatToRawIntBits(f.value()));
        Storing.store(env.cx(), Value.f32(Float.intBitsToFloat(0x7F80_0001)), T.layout(PrimitiveType.F32), AT);
        assertEquals(0x7FC0_0000, env.memory().readI32(AT));
        Storing.store(env.cx(), Value.f64(Double.longBitsToDouble(0xFFF0_0000_0000_0001L)), T.layout(PrimitiveType.F64), AT);
        assertEquals(0x7FF8_0000_0000_0000L, env.memory().readI64(AT));
        F64 d = (F64) Loading.load(env.cx(), AT, T.layout(PrimitiveType.F64));
        assertEquals(0x7FF8_0000_0000_0000L, Double.doubleToRawLongBits(d.value()));
    }

    @Test
    void invalidCharsTrap() {
        for (int bad : new int[] {0xD800, 0xDFFF, 0x110000, -1}) {
            env.memory().writeI32(AT, bad);
            Trap t = assertThrows(Trap.class, () -> Loading.load(env.cx(), AT, T.layout(PrimitiveType.CHAR)));
            assertTrue(t.getMessage().contains("invalid `char` bit pattern"), t.getMessage());
        }
    }

    @Test
    void stringsListsAndNestedListsRoundTrip() {
        assertRoundTrip(Value.string("hé☃🍰"));
        assertRoundTrip(Value.string(""));
        assertRoundTrip(Value.list(PrimitiveType.U32, Value.u32(1), Value.u32(2), Value.u32(3)));
        assertRoundTrip(Value.bytes(new byte[] {1, 2, (byte) 255}));
        assertRoundTrip(Value.list(PrimitiveType.STRING, Value.string("a"), Value.string("bc")));
        assertRoundTrip(Value.list(new ListType(PrimitiveType.U8), Value.bytes(new byte[] {9}), Value.bytes(new byte[0])));
        assertRoundTrip(Value.list(PrimitiveType.F64, Value.f64(1.25), Value.f64(-3)));
        assertRoundTrip(Value.list(PrimitiveType.CHAR, Value.character('x'), Value.character(0x10FFFF)));
        assertRoundTrip(Value.list(PrimitiveType.BOOL, Value.bool(true), Value.bool(false)));
        assertRoundTrip(Value.list(PrimitiveType.S16, Value.s16(-1), Value.s16(7)));
        assertRoundTrip(Value.list(PrimitiveType.U64, Value.u64(-5)));
    }

    @Test
    void aLoadedByteListOwnsItsBytes() {
        ListType bytes = new ListType(PrimitiveType.U8);
        Value loaded = roundTrip(Value.bytes(new byte[] {1, 2, 3}), bytes);
        long begin = Integer.toUnsignedLong(env.memory().readI32(AT));
        env.memory().write(begin, new byte[] {7, 7, 7});
        assertEquals(Value.bytes(new byte[] {1, 2, 3}), loaded, "memory changed after the load");
        assertArrayEquals(new byte[] {7, 7, 7}, ((ListValue) Loading.load(env.cx(), AT, T.layout(bytes))).toByteArray());
    }

    @Test
    void aListIsAPointerAndALengthToElementsAtTheirStride() {
        RecordType point = T.record("x", PrimitiveType.U8, "y", PrimitiveType.U32);
        Value list = Value.list(point, Value.record(point, Value.u8(1), Value.u32(2)),
                Value.record(point, Value.u8(3), Value.u32(4)));
        Storing.store(env.cx(), list, T.layout(new ListType(point)), AT);
        long ptr = Integer.toUnsignedLong(env.memory().readI32(AT));
        assertEquals(2, env.memory().readI32(AT + 4));
        assertEquals(List.of("0,0,4,16"), env.realloc().calls, "one allocation of 2 * 8 bytes, aligned to 4");
        assertEquals(3, env.memory().readI8(ptr + 8));
        assertEquals(4, env.memory().readI32(ptr + 12));
        assertEquals(list, Loading.load(env.cx(), AT, T.layout(new ListType(point))));
    }

    @Test
    void fixedLengthListsAreInline() {
        FixedListType t = new FixedListType(PrimitiveType.U16, 3);
        Value v = Value.fixedList(t, List.of(Value.u16(1), Value.u16(2), Value.u16(3)));
        assertEquals(6, T.layout(t).size());
        assertEquals(v, roundTrip(v, t));
        assertEquals(3, env.memory().readI16(AT + 4));
        assertEquals(List.of(), env.realloc().calls);
        FixedListType strings = new FixedListType(PrimitiveType.STRING, 2);
        assertRoundTrip(Value.fixedList(strings, List.of(Value.string("a"), Value.string("b"))));
    }

    @Test
    void recordsFollowTheSpecsOffsets() {
        RecordType r = T.record("a", PrimitiveType.U8, "b", PrimitiveType.U64, "c", PrimitiveType.U16);
        Layout l = T.layout(r);
        assertArrayEquals(new long[] {0, 8, 16}, l.offsets);
        assertEquals(24, l.size());
        assertEquals(8, l.alignment());
        Value v = Value.record(r, Value.u8(7), Value.u64(8), Value.u16(9));
        assertEquals(v, roundTrip(v, r));
        assertEquals(8, env.memory().readI64(AT + 8));
        assertEquals(9, env.memory().readI16(AT + 16));
        assertRoundTrip(Value.tuple(Value.u8(1), Value.string("two"), Value.f32(3)));
    }

    @Test
    void variantsOfEveryKindRoundTrip() {
        VariantType v = T.variant(null, PrimitiveType.U8, PrimitiveType.STRING);
        assertRoundTrip(Value.variant(v, "c0"));
        assertRoundTrip(Value.variant(v, "c1", Value.u8(200)));
        assertRoundTrip(Value.variant(v, "c2", Value.string("s")));
        EnumType e = new EnumType(List.of("a", "b", "c"));
        assertRoundTrip(Value.enumCase(e, "c"));
        assertRoundTrip(Value.some(Value.u32(5)));
        assertRoundTrip(Value.none(PrimitiveType.U32));
        ResultType r = new ResultType(Optional.of(PrimitiveType.STRING), Optional.of(PrimitiveType.U8));
        assertRoundTrip(Value.ok(r, Value.string("fine")));
        assertRoundTrip(Value.err(r, Value.u8(1)));
        ResultType bare = new ResultType(Optional.empty(), Optional.empty());
        assertRoundTrip(Value.err(bare));
        assertRoundTrip(Value.some(Value.some(Value.u8(1))));
    }

    @Test
    void aVariantStoresItsDiscriminantThenItsPayloadAtTheMaxCaseAlignment() {
        VariantType v = T.variant(PrimitiveType.U8, PrimitiveType.U64);
        Layout l = T.layout(v);
        assertEquals(1, l.discriminantSize);
        assertEquals(8, l.payloadOffset);
        assertEquals(16, l.size());
        Storing.store(env.cx(), Value.variant(v, "c1", Value.u64(42)), l, AT);
        assertEquals(1, env.memory().readI8(AT));
        assertEquals(42, env.memory().readI64(AT + 8));
    }

    @Test
    void aDiscriminantOutOfRangeTraps() {
        EnumType e = new EnumType(List.of("a", "b"));
        env.memory().writeI8(AT, (byte) 2);
        Trap t = assertThrows(Trap.class, () -> Loading.load(env.cx(), AT, T.layout(e)));
        assertTrue(t.reason().startsWith("invalid variant discriminant 2"), t.reason());
        env.memory().writeI8(AT, (byte) 0xFF);
        assertThrows(Trap.class, () -> Loading.load(env.cx(), AT, T.layout(new OptionType(PrimitiveType.U8))));
    }

    @Test
    void manyCasesNeedAWiderDiscriminant() {
        List<String> names = IntStream.range(0, 300).mapToObj(i -> "e" + i).toList();
        EnumType e = new EnumType(names);
        assertEquals(2, T.layout(e).discriminantSize);
        assertRoundTrip(Value.enumCase(e, "e299"));
        assertEquals(299, env.memory().readI16(AT));
        env.memory().writeI16(AT, (short) 300);
        assertThrows(Trap.class, () -> Loading.load(env.cx(), AT, T.layout(e)));
    }

    @Test
    void flagsAreBitVectorsOfOneTwoOrFourBytes() {
        for (int n : new int[] {3, 9, 17, 32}) {
            FlagsType f = new FlagsType(IntStream.range(0, n).mapToObj(i -> "f" + i).toList());
            assertEquals(n <= 8 ? 1 : n <= 16 ? 2 : 4, T.layout(f).size());
            assertRoundTrip(Value.flags(f, "f0", "f" + (n - 1)));
            assertRoundTrip(Value.flags(f));
        }
        FlagsType f = new FlagsType(List.of("a", "b", "c"));
        env.memory().writeI8(AT, (byte) 0xFA);
        assertEquals(Value.flags(f, "b"), Loading.load(env.cx(), AT, T.layout(f)), "bits past the labels are ignored");
    }

    @Test
    void mapsAreListsOfPairs() {
        MapType m = new MapType(PrimitiveType.STRING, PrimitiveType.U32);
        Map<Value, Value> entries = new LinkedHashMap<>();
        entries.put(Value.string("one"), Value.u32(1));
        entries.put(Value.string("two"), Value.u32(2));
        assertRoundTrip(Value.map(m, entries));
        assertEquals(2, env.memory().readI32(AT + 4));
    }

    @Test
    void aMapKeepsRepeatedKeysAndTheirOrder() {
        MapType m = new MapType(PrimitiveType.STRING, PrimitiveType.U32);
        List<MapValue.Entry> entries = List.of(new MapValue.Entry(Value.string("z"), Value.u32(26)),
                new MapValue.Entry(Value.string("k"), Value.u32(1)), new MapValue.Entry(Value.string("k"), Value.u32(2)),
                new MapValue.Entry(Value.string("a"), Value.u32(0)));
        MapValue map = Value.map(m, entries);
        assertRoundTrip(map);
        assertEquals(4, env.memory().readI32(AT + 4));
        // the same bytes read as the list<tuple<string, u32>> they are
        TupleType pair = new TupleType(List.of(PrimitiveType.STRING, PrimitiveType.U32));
        Value pairs = Loading.load(env.cx(), AT, T.layout(new ListType(pair)));
        assertEquals(Value.list(pair, entries.stream().map(e -> (Value) Value.tuple(e.key(), e.value())).toList()), pairs);
        // and a map nested in a map
        MapType outer = new MapType(PrimitiveType.STRING, m);
        assertRoundTrip(Value.map(outer, List.of(new MapValue.Entry(Value.string("k"), map),
                new MapValue.Entry(Value.string("k"), Value.map(m, List.of())))));
    }

    @Test
    void listsOfManyElementsRoundTrip() {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) values.add(Value.s32(i * 7 - 100));
        assertRoundTrip(ListValue.of(PrimitiveType.S32, values));
        TupleType pair = new TupleType(List.of(PrimitiveType.U8, PrimitiveType.STRING));
        assertRoundTrip(Value.list(pair, Value.tuple(Value.u8(1), Value.string("x"))));
        VariantType v = new VariantType(List.of(new Case("a", Optional.of(PrimitiveType.F32)), new Case("b", Optional.empty())));
        assertRoundTrip(Value.list(v, Value.variant(v, "a", Value.f32(2)), Value.variant(v, "b")));
    }

    @Test
    void listRangesAreChecked() {
        Layout l = T.layout(new ListType(PrimitiveType.U32));
        Trap unaligned = assertThrows(Trap.class, () -> Loading.loadListFromRange(env.cx(), 2, 1, l));
        assertEquals("unaligned pointer", unaligned.reason());
        Trap oob = assertThrows(Trap.class, () -> Loading.loadListFromRange(env.cx(), 65532, 2, l));
        assertTrue(oob.getMessage().contains("list content out-of-bounds"), oob.getMessage());
        Trap big = assertThrows(Trap.class, () -> Loading.loadListFromRange(env.cx(), 0, 1L << 27, l));
        assertTrue(big.reason().startsWith("list byte length"), big.reason());
        assertEquals(Value.list(PrimitiveType.U32), Loading.loadListFromRange(env.cx(), 65536, 0, l),
                "an empty list may point at the end of memory");
    }

    @Test
    void aListStoredIntoABadAllocationTraps() {
        Layout l = T.layout(new ListType(PrimitiveType.U32));
        Value v = Value.list(PrimitiveType.U32, Value.u32(1), Value.u32(2));
        env.realloc().override = p -> 2;
        Trap unaligned = assertThrows(Trap.class, () -> Storing.store(env.cx(), v, l, AT));
        assertTrue(unaligned.getMessage().contains("wasm trap: unaligned pointer"), unaligned.getMessage());
        assertTrue(unaligned.getMessage().contains("realloc return: result not aligned"), unaligned.getMessage());
        env.realloc().override = p -> 65532;
        Trap oob = assertThrows(Trap.class, () -> Storing.store(env.cx(), v, l, AT));
        assertTrue(oob.getMessage().contains("wasm trap: list content out-of-bounds"), oob.getMessage());
        assertTrue(oob.getMessage().contains("realloc return: beyond end of memory"), oob.getMessage());
        env.realloc().override = p -> 0xFFFF_FFFCL;
        Value empty = Value.list(PrimitiveType.U32);
        assertThrows(Trap.class, () -> Storing.store(env.cx(), empty, l, AT), "checked even for zero bytes");
    }

    @Test
    void anEmptyListStillCallsRealloc() {
        Storing.store(env.cx(), Value.bytes(new byte[0]), T.layout(new ListType(PrimitiveType.U8)), AT);
        assertEquals(List.of("0,0,1,0"), env.realloc().calls);
    }

    @Test
    void reallocRunsWithMayLeaveCleared() {
        boolean[] mayLeave = new boolean[1];
        env.realloc().override = p -> {
            mayLeave[0] = env.inst().mayLeave();
            return p;
        };
        Storing.store(env.cx(), Value.string("x"), T.layout(PrimitiveType.STRING), AT);
        assertEquals(false, mayLeave[0]);
        assertTrue(env.inst().mayLeave());
    }
}
