package dev.weft.runtime.value;

import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Objects;

/** A {@code tuple<...>}: one value per element type, in order. */
public record TupleValue(TupleType type, List<Value> values) implements Value {
    /** @throws ValueTypeException if the values do not match the element types by count and type */
    public TupleValue {
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        List<ValueType> types = type.types();
        if (values.size() != types.size()) {
            throw new ValueTypeException("expected " + types.size() + " elements for " + Values.describe(type)
                    + ", found " + values.size());
        }
        for (int i = 0; i < types.size(); i++) Values.check(values.get(i), types.get(i), "element " + i);
    }

    /** The tuple of {@code values}, its type taken from theirs. */
    public static TupleValue of(List<? extends Value> values) {
        return new TupleValue(new TupleType(values.stream().map(Value::type).toList()), List.copyOf(values));
    }

    public Value get(int index) {
        return values.get(index);
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
