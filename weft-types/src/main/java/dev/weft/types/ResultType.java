package dev.weft.types;

import java.util.Optional;

/** {@code (result t? (error u)?)}. */
public record ResultType(Optional<ValueType> ok, Optional<ValueType> err) implements ValueType {
    @Override
    public String wit() {
        if (ok.isEmpty() && err.isEmpty()) return "result";
        if (err.isEmpty()) return "result<" + ok.get().wit() + ">";
        return "result<" + ok.map(ValueType::wit).orElse("_") + ", " + err.get().wit() + ">";
    }
}
