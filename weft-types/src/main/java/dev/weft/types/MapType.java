package dev.weft.types;

/** {@code (map k v)} 🗺️. */
public record MapType(ValueType key, ValueType value) implements ValueType {
    @Override
    public String wit() {
        return "map<" + key.wit() + ", " + value.wit() + ">";
    }
}
