package dev.weft.types;

/** {@code (borrow r)}: a borrowed handle to a resource. */
public record BorrowType(ResourceType resource) implements ValueType {
    @Override
    public String wit() {
        return "borrow<" + resource.name() + ">";
    }
}
