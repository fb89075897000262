package dev.weft.runtime.canon;

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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.abi.AddressType;
import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreHostFunction;
import dev.weft.runtime.canon.CopyOp.Bulk;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.Wave;
import dev.weft.types.EnumType;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.ResultType;
import dev.weft.types.StreamType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guest-to-guest calls through the fused adapter, for every shape of type, compared with the same
 * calls through values on an identical pair of instances: the callee must receive the same core
 * arguments and values, the caller the same result, both memories must end up byte for byte the
 * same (unwritten bytes hold a pattern, so copied padding would show), with the same
 * {@code realloc} and {@code post-return} calls on each side. Strings here are ASCII: for other
 * strings the fused path passes the source encoding on as the spec does, where values forget it
 * ({@link FusedStringsTest}).
 */
class FusedAdapterTest {
    private static final ListType LIST_U32 = new ListType(U32);
    private static final ValueType RECORD = T.record("a", U8, "b", U32, "c", STRING);
    private static final ValueType PADDED = T.record("a", U8, "b", U32);
    private static final ValueType VARIANT = T.variant(null, U8, STRING, F64, LIST_U32);
    private static final ValueType FLAGS3 = new FlagsType(List.of("a", "b", "c"));
    private static final ValueType FLAGS9 = new FlagsType(IntStream.range(0, 9).mapToObj(i -> "f" + i).toList());
    private static final ValueType FLAGS32 = new FlagsType(IntStream.range(0, 32).mapToObj(i -> "g" + i).toList());
    private static final ValueType ENUM = new EnumType(List.of("x", "y", "z"));

    static Stream<Arguments> echoes() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, BOOL, "true", "false");
        add(cases, U8, "0", "255");
        add(cases, S8, "-128", "127");
        add(cases, U16, "65535");
        add(cases, S16, "-32768");
        add(cases, U32, "4294967295");
        add(cases, S32, "-2147483648");
        add(cases, U64, "18446744073709551615");
        add(cases, S64, "-9223372036854775808");
        add(cases, F32, "3.5", "-0.0", "nan", "-inf");
        add(cases, F64, "2.25", "-0.0", "nan", "inf");
        add(cases, CHAR, "'a'", "'\\u{10FFFF}'");
        add(cases, STRING, "\"\"", "\"hello, world\"");
        add(cases, new ListType(U8), "[]", "[1, 2, 255]");
        add(cases, new ListType(U16), "[1, 65535]");
        add(cases, new ListType(S32), "[-1, 7]");
        add(cases, new ListType(U64), "[18446744073709551615, 0]");
        add(cases, new ListType(F32), "[1.5, nan, -0.0]");
        add(cases, new ListType(F64), "[1.5, nan, -inf]");
        add(cases, new ListType(BOOL), "[true, false, true]");
        add(cases, new ListType(CHAR), "['a', 'é', '\\u{1F370}']");
        add(cases, new ListType(STRING), "[]", "[\"a\", \"\", \"bcd\"]");
        add(cases, new ListType(new ListType(U16)), "[[1, 2], [], [3]]");
        add(cases, new TupleType(List.of(U16, U16)), "(1, 2)");
        add(cases, RECORD, "{a: 1, b: 2, c: \"three\"}");
        add(cases, new ListType(PADDED), "[{a: 1, b: 2}, {a: 255, b: 4294967295}]");
        add(cases, new ListType(new TupleType(List.of(U32, U32))), "[(1, 2), (3, 4)]");
        add(cases, new ListType(T.record("name", STRING, "tags", new ListType(STRING))),
                "[{name: \"x\", tags: [\"p\", \"q\"]}, {name: \"\", tags: []}]");
        add(cases, VARIANT, "c0", "c1(7)", "c2(\"s\")", "c3(1.5)", "c4([1, 2, 3])");
        add(cases, ENUM, "x", "z");
        add(cases, new OptionType(STRING), "none", "some(\"x\")");
        add(cases, new OptionType(new OptionType(U8)), "none", "some(none)", "some(some(3))");
        add(cases, new ResultType(Optional.of(U32), Optional.of(STRING)), "ok(5)", "err(\"bad\")");
        add(cases, new ResultType(Optional.empty(), Optional.empty()), "ok", "err");
        add(cases, new ListType(new OptionType(STRING)), "[some(\"a\"), none]");
        add(cases, new ListType(new ResultType(Optional.of(U8), Optional.of(F32))), "[ok(1), err(2.5), err(nan)]");
        add(cases, new ListType(VARIANT), "[c0, c2(\"x\"), c4([9])]");
        add(cases, FLAGS3, "{}", "{a, c}");
        add(cases, FLAGS9, "{f0, f8}");
        add(cases, FLAGS32, "{g0, g31}");
        add(cases, new ListType(FLAGS9), "[{f1}, {f8}]");
        add(cases, new ListType(ENUM), "[y, x]");
        add(cases, new FixedListType(U8, 4), "[1, 2, 3, 4]");
        add(cases, new FixedListType(STRING, 2), "[\"a\", \"b\"]");
        add(cases, new ListType(new FixedListType(U16, 2)), "[[1, 2], [3, 4]]");
        add(cases, new MapType(STRING, U32), "[(\"k\", 1), (\"k\", 2)]");
        return cases.stream();
    }

    private static void add(List<Arguments> cases, ValueType t, String... values) {
        for (String v : values) cases.add(Arguments.of(t.wit(), t, v));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("echoes")
    void anEchoCopiesLikeTheValuePath(String wit, ValueType t, String wave) {
        Value v = Wave.parse(wave, t);
        FuncType ft = T.func(List.of(t), t);
        GuestPair.Outcome fused = echo(ft, true, List.of(v));
        assertEquals(echo(ft, false, List.of(v)), fused);
        assertTrue(fused.result().endsWith("= " + v), fused.result());
        assertEquals(List.of(v).toString(), fused.received());
    }

    private static GuestPair.Outcome echo(FuncType ft, boolean fused, List<Value> args) {
        GuestPair p = new GuestPair(ft);
        p.body = received -> ft.result().isPresent() ? Optional.of(received.get(0)) : Optional.empty();
        CoreHostFunction f = p.lowered(fused);
        assertEquals(fused, f instanceof FusedAdapter, "the fused path is taken exactly when asked for");
        return p.outcome(f, p.prepare(args));
    }

    @Test
    void manyParametersSpillIntoAFreshAllocationOfTheCallee() {
        List<ValueType> types = new ArrayList<>(Collections.nCopies(17, (ValueType) U32));
        types.set(3, STRING);
        types.set(9, new ListType(T.record("x", U8, "y", F64)));
        FuncType ft = T.func(types, RECORD);
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) args.add(Value.u32(i));
        args.set(3, Value.string("spilled"));
        args.set(9, Wave.parse("[{x: 1, y: 2.5}, {x: 3, y: nan}]", types.get(9)));
        Value result = Wave.parse("{a: 9, b: 8, c: \"result\"}", RECORD);
        GuestPair.Outcome fused = call(ft, true, args, result);
        assertEquals(call(ft, false, args, result), fused);
        assertTrue(fused.coreArgs().matches("\\[\\d+]"), "one pointer to the spilled tuple: " + fused.coreArgs());
        assertTrue(fused.result().endsWith("= " + result), fused.result());
        assertEquals(List.of("B realloc 0,4,76", "B realloc 0,1,7", "B realloc 0,8,32"), fused.bReallocs().subList(0, 3),
                "the tuple first, then each list and string as store reaches it");
    }

    @Test
    void functionsWithoutParametersOrResults() {
        for (FuncType ft : List.of(T.func(List.of(), null), T.func(List.of(U32), null), T.func(List.of(), STRING))) {
            List<Value> args = ft.params().isEmpty() ? List.of() : List.of(Value.u32(3));
            Value result = ft.result().isPresent() ? Value.string("r") : null;
            GuestPair.Outcome fused = call(ft, true, args, result);
            assertEquals(call(ft, false, args, result), fused, ft.wit());
        }
    }

    private static GuestPair.Outcome call(FuncType ft, boolean fused, List<Value> args, Value result) {
        GuestPair p = new GuestPair(ft);
        p.body = received -> Optional.ofNullable(result);
        CoreHostFunction f = p.lowered(fused);
        return p.outcome(f, p.prepare(args));
    }

    /**
     * Core values and bytes that lifting normalizes: unused high bits of small integers, a
     * {@code bool} of 2, NaNs with payloads, flags beyond the labels, a variant payload in a joined
     * {@code i64} slot. The callee gets what lifting then lowering gives it.
     */
    @Test
    void flatScalarsAreNormalizedAsLiftingThenLoweringWould() {
        ValueType joined = T.variant(F32, U64);
        FuncType ft = T.func(List.of(U8, S8, U16, S16, BOOL, CHAR, F32, F64, FLAGS3, joined, S32), U32);
        long[] raw = {0x1FF_FFFF_FF01L, 0x80, 0xFFFF_1234L, 0x8000, 2, 0x1F370, 0x7FC0_0001L, 0x7FF0_0000_0000_0001L, 0xFF,
            0, 0xDEAD_BEEF_7F80_0001L, 0xFFFF_FFFF_8000_0000L};
        GuestPair.Outcome fused = raw(ft, true, raw);
        assertEquals(raw(ft, false, raw), fused);
        assertEquals("[1, 4294967168, 4660, 4294934528, 1, 127856, 2143289344, 9221120237041090560, 7, 0, 2143289344,"
                + " 2147483648]", fused.coreArgs());
    }

    @Test
    void bytesInMemoryAreNormalizedAsLiftingThenLoweringWould() {
        FuncType ft = T.func(List.of(new ListType(F32), new ListType(F64), new ListType(BOOL), new ListType(FLAGS3),
                new ListType(PADDED)), null);
        GuestPair fusedPair = new GuestPair(ft);
        GuestPair valuePair = new GuestPair(ft);
        long[] args = {256, 2, 272, 2, 288, 4, 296, 2, 304, 2};
        for (GuestPair p : List.of(fusedPair, valuePair)) {
            FakeMemory m = p.a.memory;
            m.writeI32(256, 0x7FC0_0001);
            m.writeI32(260, 0x3F80_0000);
            m.writeI64(272, 0xFFF0_0000_0000_0001L);
            m.writeI64(280, 0x4000_0000_0000_0000L);
            m.write(288, new byte[] {0, 1, 2, (byte) 255});
            m.write(296, new byte[] {(byte) 0xFF, 2});
            m.writeI8(304, (byte) 7); // padding after it stays 0xAA
            m.writeI32(308, 70_000);
            m.writeI8(312, (byte) 8);
            m.writeI32(316, 9);
        }
        GuestPair.Outcome fused = fusedPair.outcome(fusedPair.lowered(true), args);
        assertEquals(valuePair.outcome(valuePair.lowered(false), args), fused);
        assertEquals("[[nan, 1.0], [nan, 2.0], [false, true, true, true], [{a, b, c}, {b}],"
                + " [{a: 7, b: 70000}, {a: 8, b: 9}]]", fused.received());
        FakeMemory b = fusedPair.b.memory;
        long floats = fusedPair.coreArgs[0];
        assertEquals(0x7FC0_0000, b.readI32(floats), "the canonical NaN");
        long records = fusedPair.coreArgs[8];
        assertEquals(0x55, b.readI8(records + 1) & 0xFF, "padding is not written");
    }

    private static GuestPair.Outcome raw(FuncType ft, boolean fused, long[] args) {
        GuestPair p = new GuestPair(ft);
        p.body = received -> Optional.of(Value.u32(0));
        return p.outcome(p.lowered(fused), args);
    }

    @Test
    void listsOfScalarsWithTheSameBytesOnBothSidesAreCopiedInBulk() {
        assertEquals(Bulk.BYTES, bulk(U32));
        assertEquals(Bulk.BYTES, bulk(new TupleType(List.of(U32, U32))));
        assertEquals(Bulk.BYTES, bulk(new TupleType(List.of(U8, U8, U16))));
        assertEquals(Bulk.BYTES, bulk(new FixedListType(U8, 4)));
        assertEquals(Bulk.NONE, bulk(PADDED), "padding");
        assertEquals(Bulk.NONE, bulk(T.record("a", U32, "b", U8)), "trailing padding");
        assertEquals(Bulk.NONE, bulk(T.record("a", U32, "b", F32)), "floats need their NaNs canonicalized");
        assertEquals(Bulk.NONE, bulk(FLAGS3));
        assertEquals(Bulk.NONE, bulk(ENUM));
        assertEquals(Bulk.F32S, bulk(F32));
        assertEquals(Bulk.F64S, bulk(F64));
        assertEquals(Bulk.BOOLS, bulk(BOOL));
        assertEquals(Bulk.CHARS, bulk(CHAR));
        assertEquals(Bulk.NONE, bulk(STRING));
        assertEquals(Loading.CANONICAL_FLOAT32_NAN, BulkCopy.CANONICAL_FLOAT32_NAN);
        assertEquals(Loading.CANONICAL_FLOAT64_NAN, BulkCopy.CANONICAL_FLOAT64_NAN);
    }

    private static Bulk bulk(ValueType element) {
        return AdapterPlan.bulk(Layout.of(element, AddressType.I32));
    }

    @Test
    void aLargeListOfNumbersCrossesInChunks() {
        int n = 3 * BulkCopy.CHUNK / 4 + 5; // three chunks and a bit
        List<Value> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) elements.add(Value.u32(i * 2654435761L & 0xFFFF_FFFFL));
        FuncType ft = T.func(List.of(LIST_U32), LIST_U32);
        Value list = dev.weft.runtime.value.ListValue.of(U32, elements);
        GuestPair p = new GuestPair(ft, StringEncoding.UTF8, StringEncoding.UTF8, 1 << 20);
        p.body = received -> Optional.of(received.get(0));
        assertEquals(Optional.of(list), p.call(p.lowered(true), List.of(list)));
        assertEquals(List.of(list), p.received);
    }

    @Test
    void typesWithoutAPlanKeepTheValuePath() {
        FuncType streams = T.func(List.of(new StreamType(Optional.of(U8))), null);
        GuestPair p = new GuestPair(streams);
        assertTrue(!(p.lowered(true) instanceof FusedAdapter), "streams are not fused");
        FuncType mismatch = T.func(List.of(U32), null);
        GuestPair q = new GuestPair(T.func(List.of(S32), null));
        CoreHostFunction f = CanonLower.lower(q.a.inst, mismatch, q.a.opts, q.lift());
        assertTrue(!(f instanceof FusedAdapter), "different types go through values, which check them");
        assertInstanceOf(FusedAdapter.class, new GuestPair(mismatch).lowered(true));
    }
}
