package dev.weft.types;

import java.util.List;

/** {@code (enum l+)}. */
public record EnumType(List<String> names) implements ValueType {
    public EnumType {
        names = List.copyOf(names);
    }

    @Override
    public String wit() {
        return "enum { " + String.join(", ", names) + " }";
    }
}
