package dev.weft.wit;

/** The name of a world import or export: a plain name, or the interface it is named after. */
public sealed interface WorldKey {
    /** A plain name: {@code import foo: func();}, {@code import foo: interface {...}}, {@code import foo: bar;}. */
    record Name(String name) implements WorldKey {}

    /** An interface name: {@code import wasi:io/streams;}. */
    record OfInterface(InterfaceId id) implements WorldKey {}
}
