package dev.weft.runtime.value;

import dev.weft.types.OptionType;
import java.util.Objects;
import java.util.Optional;

/** An {@code option<t>}: {@code some(value)} or {@code none}. */
public record OptionValue(OptionType type, Optional<Value> value) implements Value {
    /** @throws ValueTypeException if the payload is not of the option's type */
    public OptionValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        value.ifPresent(v -> Values.check(v, type.type(), "`some` payload"));
    }

    public boolean isSome() {
        return value.isPresent();
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
