package dev.weft.runtime.canon;

import dev.weft.engine.CoreMemory;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.EnumValue;
import dev.weft.runtime.value.FlagsValue;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.MapValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.types.BorrowType;
import dev.weft.types.EnumType;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.StreamType;
import dev.weft.types.TupleType;
import dev.weft.types.VariantType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#loading">Loading</a>:
 * reading a value of a type out of linear memory ({@code load} and its helpers), including
 * {@code lift_own} and {@code lift_borrow}, which take handles out of the instance's table.
 *
 * <p>Callers guarantee what the spec asserts: {@code ptr} is aligned and the whole value is in
 * bounds. Lists and strings are read with one bulk copy each; lists of numbers are decoded from it.
 */
public final class Loading {
    /** {@code MAX_LIST_BYTE_LENGTH}. */
    public static final long MAX_LIST_BYTE_LENGTH = AbiChecks.MAX_LIST_BYTE_LENGTH;

    private Loading() {}

    /** {@code load(cx, ptr, t)}. */
    public static Value load(LiftLowerContext cx, long ptr, Layout t) {
        assert (ptr & (t.alignment - 1)) == 0 && ptr + t.size <= cx.memoryLength();
        return switch (t.type()) {
            case PrimitiveType p -> loadPrimitive(cx, ptr, p);
            case ListType l -> loadList(cx, ptr, t);
            case FixedListType l -> loadListFromValidRange(cx, ptr, l.length(), t);
            case RecordType r -> new RecordValue(r, loadRecord(cx, ptr, t));
            case TupleType u -> new TupleValue(u, loadRecord(cx, ptr, t));
            case VariantType v -> loadVariant(cx, ptr, t);
            case EnumType e -> loadVariant(cx, ptr, t);
            case OptionType o -> loadVariant(cx, ptr, t);
            case ResultType r -> loadVariant(cx, ptr, t);
            case FlagsType f -> loadFlags(cx, ptr, t, f);
            case OwnType o -> liftOwn(cx, cx.memory().readI32(ptr), o);
            case BorrowType b -> liftBorrow(cx, cx.memory().readI32(ptr), b);
            case StreamType s -> throw unsupported("stream");
            case FutureType f -> throw unsupported("future");
            case MapType m -> loadMap(cx, ptr, t, m);
        };
    }

    private static Value loadPrimitive(LiftLowerContext cx, long ptr, PrimitiveType p) {
        CoreMemory m = cx.memory();
        return switch (p) {
            case BOOL -> Value.bool(convertIntToBool(m.readI8(ptr)));
            case U8 -> Value.u8(m.readI8(ptr) & 0xFF);
            case U16 -> Value.u16(m.readI16(ptr) & 0xFFFF);
            case U32 -> Value.u32(Integer.toUnsignedLong(m.readI32(ptr)));
            case U64 -> Value.u64(m.readI64(ptr));
            case S8 -> Value.s8(m.readI8(ptr));
            case S16 -> Value.s16(m.readI16(ptr));
            case S32 -> Value.s32(m.readI32(ptr));
            case S64 -> Value.s64(m.readI64(ptr));
            case F32 -> Value.f32(decodeI32AsFloat(m.readI32(ptr)));
            case F64 -> Value.f64(decodeI64AsFloat(m.readI64(ptr)));
            case CHAR -> convertI32ToChar(m.readI32(ptr));
            case STRING -> loadString(cx, ptr);
            case ERROR_CONTEXT -> throw unsupported("error-context");
        };
    }

    /** {@code convert_int_to_bool}: any non-zero bit pattern is true. */
    static boolean convertIntToBool(int i) {
        return i != 0;
    }

    /** {@code CANONICAL_FLOAT32_NAN}. */
    static final int CANONICAL_FLOAT32_NAN = 0x7fc00000;
    /** {@code CANONICAL_FLOAT64_NAN}. */
    static final long CANONICAL_FLOAT64_NAN = 0x7ff8000000000000L;

    /** {@code canonicalize_nan32}: every NaN becomes the one canonical NaN. */
    public static float canonicalizeNan32(float f) {
        return Float.isNaN(f) ? Float.intBitsToFloat(CANONICAL_FLOAT32_NAN) : f;
    }

    /** {@code canonicalize_nan64}. */
    public static double canonicalizeNan64(double f) {
        return Double.isNaN(f) ? Double.longBitsToDouble(CANONICAL_FLOAT64_NAN) : f;
    }

    /** {@code decode_i32_as_float}. */
    static float decodeI32AsFloat(int i) {
        return canonicalizeNan32(Float.intBitsToFloat(i));
    }

    /** {@code decode_i64_as_float}. */
    static double decodeI64AsFloat(long i) {
        return canonicalizeNan64(Double.longBitsToDouble(i));
    }

    /** {@code convert_i32_to_char}: traps unless the unsigned value is a Unicode scalar value. */
    public static Value convertI32ToChar(int i) {
        return Value.character(AbiChecks.checkChar(i));
    }

    /** {@code load_string(cx, ptr)}: a pointer and a (tagged) number of code units. */
    public static Str loadString(LiftLowerContext cx, long ptr) {
        long begin = cx.loadPtr(ptr);
        long taggedCodeUnits = cx.loadPtr(ptr + cx.ptrSize);
        return Str.ofWellFormed(Strings.loadStringFromRange(cx, begin, taggedCodeUnits).value());
    }

    /** {@code load_list(cx, ptr, elem_type, None)}: a pointer and a length. */
    public static Value loadList(LiftLowerContext cx, long ptr, Layout t) {
        long begin = cx.loadPtr(ptr);
        long length = cx.loadPtr(ptr + cx.ptrSize);
        return loadListFromRange(cx, begin, length, t);
    }

    /** {@code load_list_from_range}: the length, alignment and bounds checks, then the elements. */
    public static Value loadListFromRange(LiftLowerContext cx, long ptr, long length, Layout t) {
        checkListRange(cx, ptr, length, t.element());
        return loadListFromValidRange(cx, ptr, length, t);
    }

    static void checkListRange(LiftLowerContext cx, long ptr, long length, Layout e) {
        AbiChecks.checkListRange(cx, ptr, length, e.size, e.alignment);
    }

    /** {@code load_list_from_valid_range}, for a list or (with its length) a fixed-length list {@code t}. */
    static Value loadListFromValidRange(LiftLowerContext cx, long ptr, long length, Layout t) {
        Layout e = t.element();
        if (t.type() instanceof MapType m) return loadMapEntries(cx, ptr, (int) length, e, m);
        Value[] elements;
        if (PrimitiveArrays.isNumeric(e.type())) {
            PrimitiveType p = (PrimitiveType) e.type();
            byte[] bytes = cx.memory().read(ptr, (int) (length * e.size));
            if (p == PrimitiveType.U8 && t.type() instanceof ListType) return ListValue.wrapBytes(bytes);
            elements = PrimitiveArrays.decode(bytes, (int) length, p);
        } else {
            elements = new Value[(int) length];
            for (int i = 0; i < elements.length; i++) elements[i] = load(cx, ptr + i * e.size, e);
        }
        return switch (t.type()) {
            case FixedListType f -> ListValue.fixed(f, Arrays.asList(elements));
            default -> ListValue.of(e.type(), Arrays.asList(elements));
        };
    }

    /** {@code load_record}: the fields at their offsets, in order (also a tuple, or spilled values). */
    public static List<Value> loadRecord(LiftLowerContext cx, long ptr, Layout t) {
        return Arrays.asList(loadRecordFields(cx, ptr, t));
    }

    static Value[] loadRecordFields(LiftLowerContext cx, long ptr, Layout t) {
        Value[] fields = new Value[t.children.length];
        for (int i = 0; i < fields.length; i++) fields[i] = load(cx, ptr + t.offsets[i], t.children[i]);
        return fields;
    }

    /** {@code load_variant}, also for {@code enum}, {@code option} and {@code result}. */
    public static Value loadVariant(LiftLowerContext cx, long ptr, Layout t) {
        CoreMemory m = cx.memory();
        long caseIndex = switch (t.discriminantSize) {
            case 1 -> m.readI8(ptr) & 0xFFL;
            case 2 -> m.readI16(ptr) & 0xFFFFL;
            default -> Integer.toUnsignedLong(m.readI32(ptr));
        };
        checkDiscriminant(caseIndex, t);
        Layout c = t.children[(int) caseIndex];
        Value payload = c == null ? null : load(cx, ptr + t.payloadOffset, c);
        return variantValue(t, (int) caseIndex, payload);
    }

    /** {@code trap_if(case_index >= len(cases))}. */
    static void checkDiscriminant(long caseIndex, Layout t) {
        AbiChecks.checkDiscriminant(caseIndex, t.caseCount);
    }

    /** The value of case {@code caseIndex} (with its payload, or null) of a variant-like type. */
    static Value variantValue(Layout t, int caseIndex, Value payload) {
        Optional<Value> p = Optional.ofNullable(payload);
        return switch (t.type()) {
            case VariantType v -> new VariantValue(v, caseIndex, p);
            case EnumType e -> new EnumValue(e, caseIndex);
            case OptionType o -> new OptionValue(o, p);
            case ResultType r -> new ResultValue(r, caseIndex == 0, p);
            default -> throw new AssertionError("not a variant: " + t.type().wit());
        };
    }

    /** {@code load_flags}: a bit vector of 1, 2 or 4 bytes; bits past the labels are ignored. */
    public static FlagsValue loadFlags(LiftLowerContext cx, long ptr, Layout t, FlagsType f) {
        CoreMemory m = cx.memory();
        int i = switch ((int) t.size) {
            case 1 -> m.readI8(ptr) & 0xFF;
            case 2 -> m.readI16(ptr) & 0xFFFF;
            default -> m.readI32(ptr);
        };
        return unpackFlagsFromInt(i, f);
    }

    /** {@code unpack_flags_from_int}. */
    static FlagsValue unpackFlagsFromInt(int i, FlagsType f) {
        List<String> labels = f.names();
        Set<String> on = new HashSet<>();
        for (int k = 0; k < labels.size(); k++) {
            if ((i >>> k & 1) != 0) on.add(labels.get(k));
        }
        return new FlagsValue(f, on);
    }

    /**
     * {@code lift_own}: removes handle {@code i} from the table, so ownership moves to the receiver.
     * Traps if it is not a resource handle of {@code t}'s type, is lent out, or is a borrow.
     */
    public static OwnHandle liftOwn(LiftLowerContext cx, int i, OwnType t) {
        return new OwnHandle(t, Handles.liftOwn(cx, i, t.resource()));
    }

    /**
     * {@code lift_borrow}: reads handle {@code i}, leaving it in the table, and lends it to the call
     * ({@code cx.borrow_scope.add_lender}) until the call returns.
     */
    public static BorrowHandle liftBorrow(LiftLowerContext cx, int i, BorrowType t) {
        return new BorrowHandle(t, Handles.liftBorrow(cx, i, t.resource()));
    }

    /** A {@code map} is stored as {@code list<tuple<k, v>>}. */
    static MapValue loadMap(LiftLowerContext cx, long ptr, Layout t, MapType m) {
        long begin = cx.loadPtr(ptr);
        long length = cx.loadPtr(ptr + cx.ptrSize);
        return (MapValue) loadListFromRange(cx, begin, length, t);
    }

    /** Every entry, in order; a key may repeat (the spec's list of pairs is the map). */
    private static MapValue loadMapEntries(LiftLowerContext cx, long ptr, int length, Layout entry, MapType m) {
        MapValue.Entry[] entries = new MapValue.Entry[length];
        for (int i = 0; i < length; i++) {
            Value[] kv = loadRecordFields(cx, ptr + i * entry.size, entry);
            entries[i] = new MapValue.Entry(kv[0], kv[1]);
        }
        return new MapValue(m, Arrays.asList(entries));
    }

    static UnsupportedFeatureException unsupported(String what) {
        return new UnsupportedFeatureException(what, what + " values cannot cross a component boundary yet:"
                + " Weft does not implement " + what + "s");
    }
}
