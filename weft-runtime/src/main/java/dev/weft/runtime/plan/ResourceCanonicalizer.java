package dev.weft.runtime.plan;

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
import java.util.Optional;
import java.util.function.Function;

/**
 * One identity per run-time resource. Validation gives the same resource a different
 * {@link ResourceType} in each scope that sees it (the child that defines it, the parent that
 * instantiates the child, an importer); at run time they are one slot. Function types of lifts and
 * lowers are rewritten to use, for each resource, the type its slot was created with, so that
 * values lifted in one scope type-check where another scope receives them. The same rewriting
 * then gives the slots their run-time identities: the linker's for imported resources (once per
 * {@code InstancePre}), a fresh one per instantiation for defined resources (they are generative).
 */
public final class ResourceCanonicalizer {
    private final Function<ResourceType, ResourceType> canonical;

    /** {@code canonical}: a resource type to the one identity it stands for (itself if none). */
    public ResourceCanonicalizer(Function<ResourceType, ResourceType> canonical) {
        this.canonical = canonical;
    }

    /** {@code t} with canonical resources; {@code t} itself (interned by the validator) when nothing changes. */
    public FuncType func(FuncType t) {
        FuncType c = new FuncType(t.async(), t.params().stream().map(this::field).toList(), t.result().map(this::value));
        return c.equals(t) ? t : c;
    }

    ValueType value(ValueType t) {
        ValueType c = rebuild(t);
        return c.equals(t) ? t : c;
    }

    private ValueType rebuild(ValueType t) {
        return switch (t) {
            case PrimitiveType p -> p;
            case FlagsType f -> f;
            case EnumType e -> e;
            case RecordType r -> new RecordType(r.fields().stream().map(this::field).toList());
            case VariantType v -> new VariantType(v.cases().stream().map(c -> new Case(c.name(), optional(c.type()))).toList());
            case ListType l -> new ListType(value(l.element()));
            case FixedListType l -> new FixedListType(value(l.element()), l.length());
            case TupleType u -> new TupleType(values(u.types()));
            case OptionType o -> new OptionType(value(o.type()));
            case ResultType r -> new ResultType(optional(r.ok()), optional(r.err()));
            case OwnType o -> new OwnType(canonical.apply(o.resource()));
            case BorrowType b -> new BorrowType(canonical.apply(b.resource()));
            case StreamType s -> new StreamType(optional(s.element()));
            case FutureType f -> new FutureType(optional(f.element()));
            case MapType m -> new MapType(value(m.key()), value(m.value()));
        };
    }

    private Field field(Field f) {
        return new Field(f.name(), value(f.type()));
    }

    private List<ValueType> values(List<ValueType> ts) {
        return ts.stream().map(this::value).toList();
    }

    private Optional<ValueType> optional(Optional<ValueType> t) {
        return t.map(this::value);
    }
}
