package dev.weft.types;

/** A named, typed record field or function parameter. */
public record Field(String name, ValueType type) {
    @Override
    public String toString() {
        return name + ": " + type.wit();
    }
}
