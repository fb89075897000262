package dev.weft.types;

import java.util.List;
import java.util.stream.Collectors;

/** {@code (record (field l t)+)}. */
public record RecordType(List<Field> fields) implements ValueType {
    public RecordType {
        fields = List.copyOf(fields);
    }

    @Override
    public String wit() {
        return fields.stream().map(Field::toString).collect(Collectors.joining(", ", "record { ", " }"));
    }
}
