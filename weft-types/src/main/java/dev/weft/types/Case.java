package dev.weft.types;

import java.util.Optional;

/** A variant case: a name and an optional payload type. */
public record Case(String name, Optional<ValueType> type) {
    @Override
    public String toString() {
        return type.map(t -> name + "(" + t.wit() + ")").orElse(name);
    }
}
