package dev.weft.types;

/** {@code (list t)}. */
public record ListType(ValueType element) implements ValueType {
    @Override
    public String wit() {
        return "list<" + element.wit() + ">";
    }
}
