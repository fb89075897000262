package dev.weft.wit;

/** Where a named type is defined: an interface (maybe an inline one) or a world. */
public sealed interface TypeOwner {
    record OfInterface(InterfaceId id) implements TypeOwner {}

    record OfWorld(WorldId id) implements TypeOwner {}
}
