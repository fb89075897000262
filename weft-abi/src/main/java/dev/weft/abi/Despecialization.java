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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#despecialization">Despecialization</a>:
 * specialized value types are replaced by their expansion into fundamental ones. {@code string} and
 * {@code flags} stay, as the spec gives them their own representations.
 */
public final class Despecialization {
    private Despecialization() {}

    /** {@code despecialize(t)}: tuple, enum, option, result and map become record, variant and list. */
    public static ValueType despecialize(ValueType t) {
        return switch (t) {
            case TupleType tuple -> tupleAsRecord(tuple.types());
            case EnumType e -> new VariantType(e.names().stream().map(l -> new Case(l, Optional.empty())).toList());
            case OptionType o -> new VariantType(List.of(
                    new Case("none", Optional.empty()), new Case("some", Optional.of(o.type()))));
            case ResultType r -> new VariantType(List.of(new Case("ok", r.ok()), new Case("error", r.err())));
            case MapType m -> new ListType(tupleAsRecord(List.of(m.key(), m.value())));
            case PrimitiveType p -> p;
            case RecordType r -> r;
            case VariantType v -> v;
            case ListType l -> l;
            case FixedListType l -> l;
            case FlagsType f -> f;
            case OwnType o -> o;
            case BorrowType b -> b;
            case StreamType s -> s;
            case FutureType f -> f;
        };
    }

    /** {@code RecordType([FieldType(str(i), t) for i,t in enumerate(ts)])}. */
    private static RecordType tupleAsRecord(List<ValueType> types) {
        List<Field> fields = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) fields.add(new Field(Integer.toString(i), types.get(i)));
        return new RecordType(fields);
    }
}
