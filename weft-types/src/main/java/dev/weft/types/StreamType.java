package dev.weft.types;

import java.util.Optional;

/** {@code (stream t?)} 🔀. */
public record StreamType(Optional<ValueType> element) implements ValueType {
    @Override
    public String wit() {
        return element.map(t -> "stream<" + t.wit() + ">").orElse("stream");
    }
}
