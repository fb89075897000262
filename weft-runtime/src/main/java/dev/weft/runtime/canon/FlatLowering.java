package dev.weft.runtime.canon;

import dev.weft.runtime.value.Bool;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.Char;
import dev.weft.runtime.value.EnumValue;
import dev.weft.runtime.value.ErrorContextValue;
import dev.weft.runtime.value.F32;
import dev.weft.runtime.value.F64;
import dev.weft.runtime.value.FlagsValue;
import dev.weft.runtime.value.FutureValue;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.MapValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.S16;
import dev.weft.runtime.value.S32;
import dev.weft.runtime.value.S64;
import dev.weft.runtime.value.S8;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.StreamValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.U16;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.U8;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.types.FixedListType;
import java.util.List;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#flat-lowering">Flat Lowering</a>:
 * a value as core values ({@code lower_flat}), written into a caller's array rather than returned
 * as a list. An {@code i32} or {@code f32} is written zero-extended (its unsigned value, its IEEE
 * bits), which makes every coercion of {@code lower_flat_variant} ({@code f32} to {@code i32},
 * {@code i32}/{@code f32}/{@code f64} to {@code i64}) the identity.
 */
public final class FlatLowering {
    private FlatLowering() {}

    /** {@code lower_flat(cx, v, t)} into {@code out[at..]}; returns the index after the last value written. */
    public static int lowerFlat(LiftLowerContext cx, Value v, Layout t, long[] out, int at) {
        switch (v) {
            case Bool b -> out[at] = b.value() ? 1 : 0;
            case U8 u -> out[at] = u.value();
            case U16 u -> out[at] = u.value();
            case U32 u -> out[at] = u.value();
            case U64 u -> out[at] = u.bits();
            case S8 s -> out[at] = lowerFlatSigned32(s.value());
            case S16 s -> out[at] = lowerFlatSigned32(s.value());
            case S32 s -> out[at] = lowerFlatSigned32(s.value());
            case S64 s -> out[at] = s.value();
            case F32 f -> out[at] = Integer.toUnsignedLong(Storing.encodeFloatAsI32(f.value()));
            case F64 f -> out[at] = Storing.encodeFloatAsI64(f.value());
            case Char c -> out[at] = Storing.charToI32(c);
            case Str s -> {
                return lowerFlatString(cx, s, out, at);
            }
            case ListValue l -> {
                return lowerFlatList(cx, l, t, out, at);
            }
            case RecordValue r -> {
                return lowerFlatRecord(cx, r.values(), t, out, at);
            }
            case TupleValue u -> {
                return lowerFlatRecord(cx, u.values(), t, out, at);
            }
            case VariantValue u -> {
                return lowerFlatVariant(cx, v, t, out, at);
            }
            case EnumValue u -> {
                return lowerFlatVariant(cx, v, t, out, at);
            }
            case OptionValue u -> {
                return lowerFlatVariant(cx, v, t, out, at);
            }
            case ResultValue u -> {
                return lowerFlatVariant(cx, v, t, out, at);
            }
            case FlagsValue f -> out[at] = Integer.toUnsignedLong(Storing.packFlagsIntoInt(f));
            case MapValue m -> {
                out[at] = Storing.storeMapIntoRange(cx, m, t.element());
                out[at + 1] = m.entries().size();
                return at + 2;
            }
            case OwnHandle o -> out[at] = Storing.lowerOwn(cx, o);
            case BorrowHandle b -> out[at] = Integer.toUnsignedLong(Storing.lowerBorrow(cx, b));
            case StreamValue s -> throw Loading.unsupported("stream");
            case FutureValue f -> throw Loading.unsupported("future");
            case ErrorContextValue e -> throw Loading.unsupported("error-context");
        }
        return at + 1;
    }

    /** {@code lower_flat_signed(i, 32)}: two's complement as an unsigned {@code i32}. */
    static long lowerFlatSigned32(int i) {
        return Integer.toUnsignedLong(i);
    }

    /** {@code lower_flat_string}: the pointer and (tagged) code units of a fresh copy. */
    static int lowerFlatString(LiftLowerContext cx, Str v, long[] out, int at) {
        Strings.StoredString s = Strings.storeStringIntoRange(cx, v.value());
        out[at] = s.ptr();
        out[at + 1] = s.taggedCodeUnits();
        return at + 2;
    }

    /** {@code lower_flat_list}: a fixed-length list element by element, a list as pointer and length. */
    static int lowerFlatList(LiftLowerContext cx, ListValue v, Layout t, long[] out, int at) {
        if (t.type() instanceof FixedListType) {
            for (Value e : v.elements()) at = lowerFlat(cx, e, t.element(), out, at);
            return at;
        }
        out[at] = Storing.storeListIntoRange(cx, v, t.element());
        out[at + 1] = v.size();
        return at + 2;
    }

    /** {@code lower_flat_record}: the fields in order. */
    static int lowerFlatRecord(LiftLowerContext cx, List<Value> fields, Layout t, long[] out, int at) {
        for (int i = 0; i < t.children.length; i++) at = lowerFlat(cx, fields.get(i), t.children[i], out, at);
        return at;
    }

    /**
     * {@code lower_flat_variant}: the case index, the payload's values in the first joined slots
     * (coercions are the identity, see the class comment), zeros in the rest.
     */
    static int lowerFlatVariant(LiftLowerContext cx, Value v, Layout t, long[] out, int at) {
        int caseIndex = Storing.matchCase(v);
        out[at] = Integer.toUnsignedLong(caseIndex);
        int end = at + t.flat.length;
        int next = at + 1;
        Value payload = Storing.casePayload(v);
        if (payload != null) next = lowerFlat(cx, payload, t.children[caseIndex], out, next);
        while (next < end) out[next++] = 0;
        return end;
    }
}
