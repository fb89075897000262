package dev.weft.types;

/** {@code (list t len)} 🔧. */
public record FixedListType(ValueType element, long length) implements ValueType {
    @Override
    public String wit() {
        return "list<" + element.wit() + ", " + length + ">";
    }
}
