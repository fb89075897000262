package dev.weft.runtime.value;

import dev.weft.types.EnumType;
import java.util.Objects;

/** An {@code enum}: one of the type's names, by index. */
public record EnumValue(EnumType type, int index) implements Value {
    /** @throws ValueTypeException if the index is out of range */
    public EnumValue {
        Objects.requireNonNull(type, "type");
        if (index < 0 || index >= type.names().size()) {
            throw new ValueTypeException("case index " + index + " is out of range for " + Values.describe(type));
        }
    }

    /** The case named {@code name}. @throws ValueTypeException if the type has no such case */
    public static EnumValue of(EnumType type, String name) {
        int index = type.names().indexOf(name);
        if (index < 0) throw new ValueTypeException("unknown case `" + name + "` for " + Values.describe(type));
        return new EnumValue(type, index);
    }

    public String name() {
        return type.names().get(index);
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
