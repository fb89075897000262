package dev.weft.abi;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
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
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.List;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#element-size">Element Size</a>:
 * the bytes a value of a type takes as a list element.
 *
 * <p>Validation requires {@code elem_size(t, 'i64') < 2^28} ({@link #MAX_ELEM_SIZE}) for every
 * defined value type, but the types it checks may be far larger (nested fixed-length lists of up
 * to 2^32-1 elements each). Arithmetic here therefore saturates at {@link #SATURATED}: any size at
 * or above it is reported as {@code SATURATED}, which is still far above the limit, and nothing
 * overflows.
 */
public final class ElementSize {
    private ElementSize() {}

    /** The validation bound on {@code elem_size(t, 'i64')}: 2^28, as {@code MAX_LIST_BYTE_LENGTH}. */
    public static final long MAX_ELEM_SIZE = 1L << 28;

    /** Where sizes saturate (2^62): every size at or above this is reported as this. */
    public static final long SATURATED = 1L << 62;

    /** {@code elem_size(t, 'i32')}. */
    public static long elemSize(ValueType t) {
        return elemSize(t, AddressType.I32);
    }

    /**
     * Whether {@code t} satisfies the validation rule {@code elem_size(t, 'i64') < 2^28}; the
     * validator rejects a defined value type for which this is false ("exceeds maximum byte size").
     */
    public static boolean withinLimit(ValueType t) {
        return elemSize(t, AddressType.I64) < MAX_ELEM_SIZE;
    }

    /** {@code elem_size(t, ptr_type)}. */
    public static long elemSize(ValueType t, AddressType ptrType) {
        return switch (Despecialization.despecialize(t)) {
            case PrimitiveType p -> elemSizePrimitive(p, ptrType);
            case ListType l -> elemSizeList(l.element(), null, ptrType);
            case FixedListType l -> elemSizeList(l.element(), l.length(), ptrType);
            case RecordType r -> elemSizeRecord(r.fields(), ptrType);
            case VariantType v -> elemSizeVariant(v.cases(), ptrType);
            case FlagsType f -> elemSizeFlags(f.names().size());
            case OwnType o -> 4;
            case BorrowType b -> 4;
            case StreamType s -> 4;
            case FutureType f -> 4;
            case TupleType u -> throw Alignment.despecialized(u);
            case EnumType u -> throw Alignment.despecialized(u);
            case OptionType u -> throw Alignment.despecialized(u);
            case ResultType u -> throw Alignment.despecialized(u);
            case MapType u -> throw Alignment.despecialized(u);
        };
    }

    static long elemSizePrimitive(PrimitiveType p, AddressType ptrType) {
        return switch (p) {
            case BOOL, S8, U8 -> 1;
            case S16, U16 -> 2;
            case S32, U32, F32, CHAR, ERROR_CONTEXT -> 4;
            case S64, U64, F64 -> 8;
            case STRING -> 2L * ptrType.ptrSize();
        };
    }

    /** {@code elem_size_list(elem_type, maybe_length, ptr_type)}; {@code maybeLength} null for a list. */
    public static long elemSizeList(ValueType elemType, Long maybeLength, AddressType ptrType) {
        if (maybeLength != null) return saturatingMultiply(maybeLength, elemSize(elemType, ptrType));
        return 2L * ptrType.ptrSize();
    }

    /** {@code elem_size_record(fields, ptr_type)}. */
    public static long elemSizeRecord(List<Field> fields, AddressType ptrType) {
        long s = 0;
        for (Field f : fields) {
            s = alignTo(s, Alignment.alignment(f.type(), ptrType));
            s = saturatingAdd(s, elemSize(f.type(), ptrType));
        }
        assert s > 0 : "records have at least one field";
        return alignTo(s, Alignment.alignmentRecord(fields, ptrType));
    }

    /** {@code elem_size_variant(cases, ptr_type)}. */
    public static long elemSizeVariant(List<Case> cases, AddressType ptrType) {
        long s = elemSizePrimitive(Alignment.discriminantType(cases.size()), ptrType);
        s = alignTo(s, Alignment.maxCaseAlignment(cases, ptrType));
        long cs = 0;
        for (Case c : cases) {
            if (c.type().isPresent()) cs = Math.max(cs, elemSize(c.type().get(), ptrType));
        }
        s = saturatingAdd(s, cs);
        return alignTo(s, Alignment.alignmentVariant(cases, ptrType));
    }

    /** {@code elem_size_flags(labels)}: 1, 2 or 4 bytes for up to 8, 16 or 32 flags. */
    public static long elemSizeFlags(int labelCount) {
        return Alignment.alignmentFlags(labelCount);
    }

    /** {@code align_to(ptr, alignment)}: {@code ptr} rounded up to a multiple of {@code alignment}. */
    public static long alignTo(long ptr, int alignment) {
        if (ptr >= SATURATED) return SATURATED;
        return Math.min(SATURATED, Math.ceilDiv(ptr, alignment) * alignment);
    }

    private static long saturatingAdd(long a, long b) {
        return a >= SATURATED - b ? SATURATED : a + b; // a, b <= 2^62: SATURATED - b does not underflow
    }

    private static long saturatingMultiply(long a, long b) {
        if (a == 0 || b == 0) return 0;
        return a > SATURATED / b ? SATURATED : Math.min(SATURATED, a * b);
    }
}
