package dev.weft.runtime.canon;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
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

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#flat-lifting">Flat Lifting</a>:
 * a value of a type from core values ({@code lift_flat}). Strings and lists are read from memory
 * through the pointer and length they flatten to.
 */
public final class FlatLifting {
    private FlatLifting() {}

    /** {@code lift_flat(cx, vi, t)}. */
    public static Value liftFlat(LiftLowerContext cx, CoreValueIter vi, Layout t) {
        return switch (t.type()) {
            case PrimitiveType p -> liftFlatPrimitive(cx, vi, p);
            case ListType l -> liftFlatList(cx, vi, t);
            case FixedListType l -> ListValue.fixed(l, Arrays.asList(liftFlatRecord(cx, vi, fixedElements(t, l))));
            case RecordType r -> new RecordValue(r, Arrays.asList(liftFlatRecord(cx, vi, t.children)));
            case TupleType u -> new TupleValue(u, Arrays.asList(liftFlatRecord(cx, vi, t.children)));
            case VariantType v -> liftFlatVariant(cx, vi, t);
            case EnumType e -> liftFlatVariant(cx, vi, t);
            case OptionType o -> liftFlatVariant(cx, vi, t);
            case ResultType r -> liftFlatVariant(cx, vi, t);
            case FlagsType f -> liftFlatFlags(vi, f);
            case OwnType o -> Loading.liftOwn(cx, vi.nextI32(), o);
            case BorrowType b -> Loading.liftBorrow(cx, vi.nextI32(), b);
            case StreamType s -> throw Loading.unsupported("stream");
            case FutureType f -> throw Loading.unsupported("future");
            case MapType m -> liftFlatList(cx, vi, t);
        };
    }

    private static Value liftFlatPrimitive(LiftLowerContext cx, CoreValueIter vi, PrimitiveType p) {
        return switch (p) {
            case BOOL -> Value.bool(Loading.convertIntToBool(vi.nextI32()));
            case U8 -> Value.u8(liftFlatUnsigned(vi, 8));
            case U16 -> Value.u16(liftFlatUnsigned(vi, 16));
            case U32 -> Value.u32(Integer.toUnsignedLong(vi.nextI32()));
            case U64 -> Value.u64(vi.next());
            case S8 -> Value.s8((byte) vi.nextI32());
            case S16 -> Value.s16((short) vi.nextI32());
            case S32 -> Value.s32(vi.nextI32());
            case S64 -> Value.s64(vi.next());
            case F32 -> Value.f32(Loading.decodeI32AsFloat(vi.nextI32()));
            case F64 -> Value.f64(Loading.decodeI64AsFloat(vi.next()));
            case CHAR -> Loading.convertI32ToChar(vi.nextI32());
            case STRING -> liftFlatString(cx, vi);
            case ERROR_CONTEXT -> throw Loading.unsupported("error-context");
        };
    }

    /** {@code lift_flat_unsigned(vi, 32, t_width)}: the unused high bits are ignored. */
    static int liftFlatUnsigned(CoreValueIter vi, int width) {
        return vi.nextI32() & ((1 << width) - 1);
    }

    /** {@code lift_flat_string}: a pointer and a (tagged) number of code units. */
    static Str liftFlatString(LiftLowerContext cx, CoreValueIter vi) {
        long ptr = vi.nextPtr(cx);
        long packedLength = vi.nextPtr(cx);
        return Str.ofWellFormed(Strings.loadStringFromRange(cx, ptr, packedLength).value());
    }

    /** {@code lift_flat_list} of a list (or a map): a pointer and a length. */
    static Value liftFlatList(LiftLowerContext cx, CoreValueIter vi, Layout t) {
        long ptr = vi.nextPtr(cx);
        long length = vi.nextPtr(cx);
        return Loading.loadListFromRange(cx, ptr, length, t);
    }

    /** A fixed-length list lifts like a tuple of {@code length} elements. */
    private static Layout[] fixedElements(Layout t, FixedListType l) {
        Layout[] elements = new Layout[(int) l.length()];
        Arrays.fill(elements, t.element());
        return elements;
    }

    /** {@code lift_flat_record}: the fields in order. */
    static Value[] liftFlatRecord(LiftLowerContext cx, CoreValueIter vi, Layout[] fields) {
        Value[] values = new Value[fields.length];
        for (int i = 0; i < values.length; i++) values[i] = liftFlat(cx, vi, fields[i]);
        return values;
    }

    /**
     * {@code lift_flat_variant}: the discriminant, then the case's payload from the joined payload
     * values (see {@link CoreValueIter} on coercion), then the rest of them unread.
     */
    static Value liftFlatVariant(LiftLowerContext cx, CoreValueIter vi, Layout t) {
        long caseIndex = Integer.toUnsignedLong(vi.nextI32());
        Loading.checkDiscriminant(caseIndex, t);
        Layout c = t.children[(int) caseIndex];
        Value payload = null;
        int used = 0;
        if (c != null) {
            payload = liftFlat(cx, vi, c);
            used = c.flat.length;
        }
        vi.skip(t.flat.length - 1 - used);
        return Loading.variantValue(t, (int) caseIndex, payload);
    }

    /** {@code lift_flat_flags}. */
    static Value liftFlatFlags(CoreValueIter vi, FlagsType f) {
        return Loading.unpackFlagsFromInt(vi.nextI32(), f);
    }
}
