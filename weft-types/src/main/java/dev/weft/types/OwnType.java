package dev.weft.types;

/** {@code (own r)}: an owned handle to a resource. */
public record OwnType(ResourceType resource) implements ValueType {
    @Override
    public String wit() {
        return "own<" + resource.name() + ">";
    }
}
