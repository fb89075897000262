package dev.weft.runtime.canon;

import dev.weft.abi.AddressType;
import dev.weft.abi.Alignment;
import dev.weft.abi.ElementSize;
import dev.weft.abi.FlatType;
import dev.weft.abi.Flattening;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value type together with everything the canonical ABI computes from it, computed once when a
 * function's {@link FunctionAbi} is built: {@code elem_size}, {@code alignment} and
 * {@code flatten_type} (from {@code dev.weft.abi}), the field offsets that {@code load_record} and
 * {@code store_record} step through, the discriminant size and payload offset of a variant, and the
 * layouts of the nested types. Loading, storing, lifting and lowering read these instead of
 * despecializing and re-measuring types on every call.
 *
 * <p>{@link #type()} is the original, specialized type ({@code tuple}, {@code option}, {@code enum},
 * ...), so that values can be built with it; the numbers are those of its despecialization.
 */
public final class Layout {
    /** Types that flatten to more core values than this are never flattened: they spill to memory. */
    static final int MAX_FLAT = Flattening.MAX_FLAT_PARAMS;

    private final ValueType type;
    final long size;
    final int alignment;
    /** {@code flatten_type(t)}, or null if it has more than {@link #MAX_FLAT} values. */
    final FlatType[] flat;
    /**
     * Nested layouts: the element of a list ({@code [0]}), the fields of a record or tuple, the case
     * payloads of a variant, option or result (null for a case without one), the entry tuple of a map.
     */
    final Layout[] children;
    /** The offsets of the fields of a record or tuple from its start. */
    final long[] offsets;
    /** Variants: the number of cases, the byte size of the discriminant and the offset of the payload. */
    final int caseCount;
    final int discriminantSize;
    final long payloadOffset;

    private Layout(ValueType type, AddressType a, Layout[] children, long[] offsets, int caseCount) {
        this.type = type;
        this.size = ElementSize.elemSize(type, a);
        this.alignment = Alignment.alignment(type, a);
        this.flat = Flattening.flattenTypes(List.of(type), a, MAX_FLAT).map(l -> l.toArray(FlatType[]::new))
                .orElse(null);
        this.children = children;
        this.offsets = offsets;
        this.caseCount = caseCount;
        if (caseCount > 0) {
            this.discriminantSize = (int) ElementSize.elemSize(Alignment.discriminantType(caseCount), a);
            this.payloadOffset = ElementSize.alignTo(discriminantSize, maxCaseAlignment(children));
        } else {
            this.discriminantSize = 0;
            this.payloadOffset = 0;
        }
    }

    /** The layout of {@code t} in a memory with address type {@code a}. */
    public static Layout of(ValueType t, AddressType a) {
        return switch (t) {
            case PrimitiveType p -> leaf(p, a);
            case ListType l -> new Layout(l, a, new Layout[] {of(l.element(), a)}, null, 0);
            case FixedListType l -> new Layout(l, a, new Layout[] {of(l.element(), a)}, null, 0);
            case RecordType r -> record(r, r.fields().stream().map(Field::type).toList(), a);
            case TupleType u -> record(u, u.types(), a);
            case VariantType v -> variant(v, v.cases().stream().map(Case::type).toList(), a);
            case EnumType e -> variant(e, e.names().stream().map(n -> Optional.<ValueType>empty()).toList(), a);
            case OptionType o -> variant(o, List.of(Optional.empty(), Optional.of(o.type())), a);
            case ResultType r -> variant(r, List.of(r.ok(), r.err()), a);
            case FlagsType f -> leaf(f, a);
            case OwnType o -> leaf(o, a);
            case BorrowType b -> leaf(b, a);
            case StreamType s -> leaf(s, a);
            case FutureType f -> leaf(f, a);
            case MapType m -> new Layout(m, a, new Layout[] {of(new TupleType(List.of(m.key(), m.value())), a)}, null, 0);
        };
    }

    private static Layout leaf(ValueType t, AddressType a) {
        return new Layout(t, a, new Layout[0], null, 0);
    }

    /** {@code load_record}'s walk: each field at its alignment after the previous one. */
    private static Layout record(ValueType t, List<ValueType> fieldTypes, AddressType a) {
        Layout[] fields = new Layout[fieldTypes.size()];
        long[] offsets = new long[fields.length];
        long ptr = 0;
        for (int i = 0; i < fields.length; i++) {
            fields[i] = of(fieldTypes.get(i), a);
            ptr = ElementSize.alignTo(ptr, fields[i].alignment);
            offsets[i] = ptr;
            ptr += fields[i].size;
        }
        return new Layout(t, a, fields, offsets, 0);
    }

    private static Layout variant(ValueType t, List<Optional<ValueType>> payloads, AddressType a) {
        List<Layout> cases = new ArrayList<>(payloads.size());
        for (Optional<ValueType> p : payloads) cases.add(p.map(u -> of(u, a)).orElse(null));
        return new Layout(t, a, cases.toArray(Layout[]::new), null, payloads.size());
    }

    /** {@code max_case_alignment(cases)}. */
    private static int maxCaseAlignment(Layout[] cases) {
        int max = 1;
        for (Layout c : cases) {
            if (c != null) max = Math.max(max, c.alignment);
        }
        return max;
    }

    /** The (specialized) type this is the layout of. */
    public ValueType type() {
        return type;
    }

    /** {@code elem_size(t)}. */
    public long size() {
        return size;
    }

    /** {@code alignment(t)}. */
    public int alignment() {
        return alignment;
    }

    /** {@code len(flatten_type(t))}, or empty if more than {@code MAX_FLAT_PARAMS}. */
    public Optional<Integer> flatCount() {
        return flat == null ? Optional.empty() : Optional.of(flat.length);
    }

    /** The element layout of a list, fixed-length list or map (a tuple of key and value). */
    Layout element() {
        return children[0];
    }

    @Override
    public String toString() {
        return type.wit() + " (size " + size + ", align " + alignment + ")";
    }
}
