package dev.weft.types;

import java.util.List;

/** {@code (flags l+)}. */
public record FlagsType(List<String> names) implements ValueType {
    public FlagsType {
        names = List.copyOf(names);
    }

    @Override
    public String wit() {
        return "flags { " + String.join(", ", names) + " }";
    }
}
