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
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#alignment">Alignment</a>
 * of value types in linear memory, plus {@code discriminant_type} and the flags representation that
 * the spec defines in this section.
 */
public final class Alignment {
    private Alignment() {}

    /** {@code alignment(t, 'i32')}: the alignment in a 32-bit memory. */
    public static int alignment(ValueType t) {
        return alignment(t, AddressType.I32);
    }

    /** {@code alignment(t, ptr_type)}. */
    public static int alignment(ValueType t, AddressType ptrType) {
        return switch (Despecialization.despecialize(t)) {
            case PrimitiveType p -> alignmentPrimitive(p, ptrType);
            case ListType l -> alignmentList(l.element(), null, ptrType);
            case FixedListType l -> alignmentList(l.element(), l.length(), ptrType);
            case RecordType r -> alignmentRecord(r.fields(), ptrType);
            case VariantType v -> alignmentVariant(v.cases(), ptrType);
            case FlagsType f -> alignmentFlags(f.names().size());
            case OwnType o -> 4;
            case BorrowType b -> 4;
            case StreamType s -> 4;
            case FutureType f -> 4;
            case TupleType u -> throw despecialized(u);
            case EnumType u -> throw despecialized(u);
            case OptionType u -> throw despecialized(u);
            case ResultType u -> throw despecialized(u);
            case MapType u -> throw despecialized(u);
        };
    }

    static int alignmentPrimitive(PrimitiveType p, AddressType ptrType) {
        return switch (p) {
            case BOOL, S8, U8 -> 1;
            case S16, U16 -> 2;
            case S32, U32, F32, CHAR, ERROR_CONTEXT -> 4;
            case S64, U64, F64 -> 8;
            case STRING -> ptrType.ptrSize();
        };
    }

    /** {@code alignment_list(elem_type, maybe_length, ptr_type)}; {@code maybeLength} null for a list. */
    public static int alignmentList(ValueType elemType, Long maybeLength, AddressType ptrType) {
        if (maybeLength != null) return alignment(elemType, ptrType);
        return ptrType.ptrSize();
    }

    /** {@code alignment_record(fields, ptr_type)}. */
    public static int alignmentRecord(List<Field> fields, AddressType ptrType) {
        int a = 1;
        for (Field f : fields) a = Math.max(a, alignment(f.type(), ptrType));
        return a;
    }

    /** {@code alignment_variant(cases, ptr_type)}. */
    public static int alignmentVariant(List<Case> cases, AddressType ptrType) {
        return Math.max(alignmentPrimitive(discriminantType(cases.size()), ptrType), maxCaseAlignment(cases, ptrType));
    }

    /**
     * {@code discriminant_type(cases)}: the smallest unsigned integer type covering {@code n} case
     * indices, i.e. {@code ceil(log2(n)/8)} bytes: {@code u8} up to 256 cases, {@code u16} up to
     * 65536, else {@code u32}.
     */
    public static PrimitiveType discriminantType(long caseCount) {
        if (caseCount <= 0 || caseCount >= (1L << 32)) {
            throw new IllegalArgumentException("a variant has 1 to 2^32-1 cases, not " + caseCount);
        }
        if (caseCount <= (1 << 8)) return PrimitiveType.U8;
        if (caseCount <= (1 << 16)) return PrimitiveType.U16;
        return PrimitiveType.U32;
    }

    /** {@code max_case_alignment(cases, ptr_type)}. */
    public static int maxCaseAlignment(List<Case> cases, AddressType ptrType) {
        int a = 1;
        for (Case c : cases) {
            if (c.type().isPresent()) a = Math.max(a, alignment(c.type().get(), ptrType));
        }
        return a;
    }

    /** {@code alignment_flags(labels)}: 1, 2 or 4 for up to 8, 16 or 32 flags. */
    public static int alignmentFlags(int labelCount) {
        if (labelCount <= 0 || labelCount > 32) {
            throw new IllegalArgumentException("flags have 1 to 32 labels, not " + labelCount);
        }
        if (labelCount <= 8) return 1;
        if (labelCount <= 16) return 2;
        return 4;
    }

    static AssertionError despecialized(ValueType t) {
        return new AssertionError("despecialize left a specialized type: " + t.wit());
    }
}
