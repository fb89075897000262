package dev.weft.runtime.value;

import dev.weft.types.FlagsType;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A {@code flags}: the set of flag names that are on, kept in the type's declaration order. */
public record FlagsValue(FlagsType type, Set<String> flags) implements Value {
    /** @throws ValueTypeException if a name is not one of the type's flags */
    public FlagsValue {
        Objects.requireNonNull(type, "type");
        for (String name : flags) {
            if (!type.names().contains(name)) {
                throw new ValueTypeException("unknown flag `" + name + "` for " + Values.describe(type));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String name : type.names()) {
            if (flags.contains(name)) ordered.add(name);
        }
        flags = Collections.unmodifiableSet(ordered);
    }

    /** Whether the flag {@code name} is on. @throws ValueTypeException if the type has no such flag */
    public boolean has(String name) {
        if (!type.names().contains(name)) throw new ValueTypeException("unknown flag `" + name + "` for " + Values.describe(type));
        return flags.contains(name);
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
