package dev.weft.runtime.link;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.ResultType;
import dev.weft.types.StreamType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Whether a definition's function type fits an import's: the same parameter and result types,
 * structurally (record fields, cases, flags and enum labels included; parameter names are not
 * compared, as a host function has none that matter). A resource matches itself, or the resource
 * the linker bound it to ({@code bound}: import's resource type -> the definition's).
 */
final class TypeMatching {
    private final Map<ResourceType, ResourceType> bound;

    TypeMatching(Map<ResourceType, ResourceType> bound) {
        this.bound = bound;
    }

    boolean func(FuncType expected, FuncType found) {
        return expected.async() == found.async()
                && all(expected.params(), found.params(), (a, b) -> value(a.type(), b.type()))
                && optional(expected.result(), found.result());
    }

    boolean value(ValueType expected, ValueType found) {
        if (expected == found) return true;
        return switch (expected) {
            case PrimitiveType p -> p == found;
            case RecordType r -> found instanceof RecordType f && all(r.fields(), f.fields(), this::field);
            case VariantType v -> found instanceof VariantType f && all(v.cases(), f.cases(), this::variantCase);
            case ListType l -> found instanceof ListType f && value(l.element(), f.element());
            case FixedListType l -> found instanceof FixedListType f && l.length() == f.length() && value(l.element(), f.element());
            case TupleType t -> found instanceof TupleType f && all(t.types(), f.types(), this::value);
            case FlagsType t -> found instanceof FlagsType f && t.names().equals(f.names());
            case EnumType t -> found instanceof EnumType f && t.names().equals(f.names());
            case OptionType o -> found instanceof OptionType f && value(o.type(), f.type());
            case ResultType r -> found instanceof ResultType f && optional(r.ok(), f.ok()) && optional(r.err(), f.err());
            case OwnType o -> found instanceof OwnType f && resource(o.resource(), f.resource());
            case BorrowType b -> found instanceof BorrowType f && resource(b.resource(), f.resource());
            case StreamType s -> found instanceof StreamType f && optional(s.element(), f.element());
            case FutureType s -> found instanceof FutureType f && optional(s.element(), f.element());
            case MapType m -> found instanceof MapType f && value(m.key(), f.key()) && value(m.value(), f.value());
        };
    }

    private boolean resource(ResourceType expected, ResourceType found) {
        return expected == found || bound.get(expected) == found;
    }

    private boolean field(Field a, Field b) {
        return a.name().equals(b.name()) && value(a.type(), b.type());
    }

    private boolean variantCase(Case a, Case b) {
        return a.name().equals(b.name()) && optional(a.type(), b.type());
    }

    private boolean optional(Optional<ValueType> a, Optional<ValueType> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || value(a.get(), b.get()));
    }

    private static <T> boolean all(List<T> a, List<T> b, BiPredicate<T, T> same) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!same.test(a.get(i), b.get(i))) return false;
        }
        return true;
    }
}
