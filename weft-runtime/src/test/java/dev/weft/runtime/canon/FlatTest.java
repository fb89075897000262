package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.abi.AddressType;
import dev.weft.abi.FlatType;
import dev.weft.abi.Flattening;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.F32;
import dev.weft.runtime.value.Value;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.OptionType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlatTest {
    private final T.Env env = T.Env.utf8();

    private long[] lower(Value v, ValueType t) {
        Layout l = T.layout(t);
        long[] out = new long[l.flat.length];
        assertEquals(out.length, FlatLowering.lowerFlat(env.cx(), v, l, out, 0));
        return out;
    }

    private Value lift(ValueType t, long... flat) {
        CoreValueIter vi = new CoreValueIter(flat);
        Value v = FlatLifting.liftFlat(env.cx(), vi, T.layout(t));
        assertTrue(vi.done(), "every core value consumed");
        return v;
    }

    private void assertFlatRoundTrip(Value v) {
        assertEquals(v, lift(v.type(), lower(v, v.type())));
    }

    @Test
    void narrowIntegersIgnoreTheHighBitsWhenLifted() {
        assertEquals(Value.u8(255), lift(PrimitiveType.U8, 0x1FF));
        assertEquals(Value.s8(-1), lift(PrimitiveType.S8, 0xFF));
        assertEquals(Value.s16(-32768), lift(PrimitiveType.S16, 0x18000));
        assertEquals(Value.u16(1), lift(PrimitiveType.U16, 0xFFFF_0001L));
        assertEquals(Value.u32(4294967295L), lift(PrimitiveType.U32, -1L), "a sign-extended i32 slot");
        assertEquals(Value.s32(-1), lift(PrimitiveType.S32, 0xFFFF_FFFFL), "a zero-extended i32 slot");
        assertEquals(Value.u64(-1), lift(PrimitiveType.U64, -1L));
        assertEquals(Value.bool(true), lift(PrimitiveType.BOOL, 2));
        assertEquals(Value.bool(false), lift(PrimitiveType.BOOL, 0x1_0000_0000L), "only the i32 counts");
    }

    @Test
    void signedIntegersLowerToTheirUnsignedBits() {
        assertArrayEquals(new long[] {0xFFFF_FFFFL}, lower(Value.s8(-1), PrimitiveType.S8));
        assertArrayEquals(new long[] {0xFFFF_8000L}, lower(Value.s16(-32768), PrimitiveType.S16));
        assertArrayEquals(new long[] {0x8000_0000L}, lower(Value.s32(Integer.MIN_VALUE), PrimitiveType.S32));
        assertArrayEquals(new long[] {-1L}, lower(Value.s64(-1), PrimitiveType.S64));
        assertArrayEquals(new long[] {0xFFFF_FFFFL}, lower(Value.u32(0xFFFF_FFFFL), PrimitiveType.U32));
    }

    @Test
    void floatsAreCanonicalizedAndCharsChecked() {
        assertArrayEquals(new long[] {0x7FC0_0000L}, lower(Value.f32(Float.intBitsToFloat(0xFF80_0001)), PrimitiveType.F32));
        F32 f = (F32) lift(PrimitiveType.F32, 0xFFC0_0001L);
        assertEquals(0x7FC0_0000, Float.floatToRawIntBits(f.value()));
        assertFlatRoundTrip(Value.f32(-2.5f));
        assertFlatRoundTrip(Value.f64(Math.PI));
        assertFlatRoundTrip(Value.character(0x1F370));
        assertThrows(Trap.class, () -> lift(PrimitiveType.CHAR, 0xD800));
        assertThrows(Trap.class, () -> lift(PrimitiveType.CHAR, 0x110000));
    }

    @Test
    void compoundValuesFlattenInOrder() {
        RecordType r = T.record("a", PrimitiveType.U8, "b", new TupleType(List.of(PrimitiveType.F64, PrimitiveType.S64)));
        Value v = Value.record(r, Value.u8(1), Value.tuple(Value.f64(2), Value.s64(-3)));
        assertArrayEquals(new long[] {1, Double.doubleToRawLongBits(2), -3}, lower(v, r));
        assertFlatRoundTrip(v);
        FlagsType f = new FlagsType(List.of("a", "b", "c"));
        assertArrayEquals(new long[] {0b101}, lower(Value.flags(f, "a", "c"), f));
        assertFlatRoundTrip(Value.flags(f, "b"));
        FixedListType fixed = new FixedListType(PrimitiveType.U8, 3);
        assertEquals(3, T.layout(fixed).flat.length);
        assertFlatRoundTrip(Value.fixedList(fixed, List.of(Value.u8(1), Value.u8(2), Value.u8(3))));
    }

    @Test
    void stringsAndListsFlattenToPointerAndLength() {
        long[] flat = lower(Value.string("héllo"), PrimitiveType.STRING);
        assertEquals(6, flat[1]);
        assertEquals(Value.string("héllo"), lift(PrimitiveType.STRING, flat));
        assertFlatRoundTrip(Value.list(PrimitiveType.U16, Value.u16(1), Value.u16(2)));
        assertFlatRoundTrip(Value.some(Value.string("x")));
        assertArrayEquals(new long[] {0, 0, 0}, lower(Value.none(PrimitiveType.STRING), new OptionType(PrimitiveType.STRING)));
    }

    @Test
    void variantPayloadsShareJoinedSlots() {
        VariantType v = T.variant(PrimitiveType.F32, PrimitiveType.U64, PrimitiveType.U8, null);
        assertEquals(List.of(FlatType.I32, FlatType.I64), List.of(T.layout(v).flat));
        assertArrayEquals(new long[] {0, Float.floatToRawIntBits(1.5f)}, lower(Value.variant(v, "c0", Value.f32(1.5f)), v));
        assertArrayEquals(new long[] {2, 200}, lower(Value.variant(v, "c2", Value.u8(200)), v));
        assertArrayEquals(new long[] {3, 0}, lower(Value.variant(v, "c3"), v));
        assertEquals(Value.variant(v, "c2", Value.u8(200)), lift(v, 2, 0xFFFF_FFFF_0000_00C8L), "wrap_i64_to_i32");
        assertEquals(Value.variant(v, "c0", Value.f32(1.5f)),
                lift(v, 0, 0xABCD_0000_0000_0000L | Float.floatToRawIntBits(1.5f)));
        for (Value x : List.of(Value.variant(v, "c0", Value.f32(-0f)), Value.variant(v, "c1", Value.u64(-7)),
                Value.variant(v, "c3"))) {
            assertFlatRoundTrip(x);
        }
        VariantType small = T.variant(PrimitiveType.F32, PrimitiveType.U32);
        assertEquals(List.of(FlatType.I32, FlatType.I32), List.of(T.layout(small).flat));
        assertFlatRoundTrip(Value.variant(small, "c1", Value.u32(0xFFFF_FFFFL)));
        assertFlatRoundTrip(Value.variant(small, "c0", Value.f32(3)));
        ResultType r = new ResultType(Optional.of(new TupleType(List.of(PrimitiveType.U8, PrimitiveType.U64))),
                Optional.of(PrimitiveType.F64));
        assertArrayEquals(new long[] {1, Double.doubleToRawLongBits(2.5), 0}, lower(Value.err(r, Value.f64(2.5)), r));
        assertFlatRoundTrip(Value.ok(r, Value.tuple(Value.u8(9), Value.u64(10))));
    }

    @Test
    void aFlatDiscriminantOutOfRangeTraps() {
        VariantType v = T.variant(PrimitiveType.U8, null);
        Trap t = assertThrows(Trap.class, () -> lift(v, 2, 0));
        assertTrue(t.reason().startsWith("invalid variant discriminant"), t.reason());
        assertThrows(Trap.class, () -> lift(new OptionType(PrimitiveType.U8), -1, 0));
    }

    private static ValuesLayout values(List<ValueType> ts) {
        return ValuesLayout.of(ts, AddressType.I32);
    }

    @Test
    void moreThanSixteenFlatParametersSpillThroughRealloc() {
        List<ValueType> ts = Collections.nCopies(17, PrimitiveType.U32);
        List<Value> vs = new ArrayList<>();
        for (int i = 0; i < 17; i++) vs.add(Value.u32(i * 11));
        ValuesLayout layout = values(ts);
        long[] flat = LiftingAndLowering.lowerFlatValues(env.cx(), Flattening.MAX_FLAT_PARAMS, vs, layout, null);
        assertEquals(1, flat.length);
        assertEquals(List.of("0,0,4,68"), env.realloc().calls);
        assertEquals(16 * 11, env.memory().readI32(flat[0] + 64));
        Value[] back = LiftingAndLowering.liftFlatValues(env.cx(), Flattening.MAX_FLAT_PARAMS, new CoreValueIter(flat), layout);
        assertEquals(vs, List.of(back));
        ValuesLayout sixteen = values(Collections.nCopies(16, PrimitiveType.U32));
        assertEquals(16, LiftingAndLowering.lowerFlatValues(env.cx(), Flattening.MAX_FLAT_PARAMS, vs.subList(0, 16),
                sixteen, null).length);
    }

    @Test
    void resultsSpillIntoTheCallersBuffer() {
        ValuesLayout layout = values(List.of(PrimitiveType.STRING));
        CoreValueIter out = new CoreValueIter(new long[] {64});
        long[] flat = LiftingAndLowering.lowerFlatValues(env.cx(), Flattening.MAX_FLAT_RESULTS,
                List.of(Value.string("ok")), layout, out);
        assertEquals(0, flat.length);
        assertEquals(2, env.memory().readI32(64 + 4));
        Value[] back = LiftingAndLowering.liftFlatValues(env.cx(), Flattening.MAX_FLAT_RESULTS,
                new CoreValueIter(new long[] {64}), layout);
        assertEquals(Value.string("ok"), back[0]);
        assertEquals(0, LiftingAndLowering.lowerFlatValues(env.cx(), Flattening.MAX_FLAT_RESULTS, List.of(), values(List.of()),
                null).length);
    }

    @Test
    void spilledPointersAreChecked() {
        ValuesLayout layout = values(List.of(PrimitiveType.STRING));
        Trap unaligned = assertThrows(Trap.class, () -> LiftingAndLowering.liftFlatValues(env.cx(), 1,
                new CoreValueIter(new long[] {2}), layout));
        assertEquals("unaligned pointer", unaligned.reason());
        assertThrows(Trap.class, () -> LiftingAndLowering.liftFlatValues(env.cx(), 1,
                new CoreValueIter(new long[] {65532}), layout));
        assertThrows(Trap.class, () -> LiftingAndLowering.lowerFlatValues(env.cx(), 1, List.of(Value.string("x")),
                layout, new CoreValueIter(new long[] {1})));
        ValuesLayout many = values(Collections.nCopies(17, PrimitiveType.U8));
        List<Value> vs = Collections.nCopies(17, Value.u8(1));
        env.realloc().override = p -> 65530;
        Trap oob = assertThrows(Trap.class, () -> LiftingAndLowering.lowerFlatValues(env.cx(), 16, vs, many, null));
        assertTrue(oob.reason().contains("realloc return: beyond end of memory"), oob.reason());
    }
}
