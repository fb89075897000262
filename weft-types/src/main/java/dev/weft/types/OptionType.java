package dev.weft.types;

/** {@code (option t)}. */
public record OptionType(ValueType type) implements ValueType {
    @Override
    public String wit() {
        return "option<" + type.wit() + ">";
    }
}
