package dev.weft.types;

import java.util.List;
import java.util.stream.Collectors;

/** {@code (tuple t+)}. */
public record TupleType(List<ValueType> types) implements ValueType {
    public TupleType {
        types = List.copyOf(types);
    }

    @Override
    public String wit() {
        return types.stream().map(ValueType::wit).collect(Collectors.joining(", ", "tuple<", ">"));
    }
}
