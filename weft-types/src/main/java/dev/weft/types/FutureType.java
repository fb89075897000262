package dev.weft.types;

import java.util.Optional;

/** {@code (future t?)} 🔀. */
public record FutureType(Optional<ValueType> element) implements ValueType {
    @Override
    public String wit() {
        return element.map(t -> "future<" + t.wit() + ">").orElse("future");
    }
}
