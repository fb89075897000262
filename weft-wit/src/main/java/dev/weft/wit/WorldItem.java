package dev.weft.wit;

import java.util.Optional;

/** What a world imports or exports. */
public sealed interface WorldItem {

    /** An interface (named, or anonymous for an inline one). */
    record InterfaceItem(InterfaceId id, Docs docs, Stability stability, Optional<String> externalId)
            implements WorldItem {}

    /** A function. */
    record FunctionItem(Function function) implements WorldItem {}

    /** A type (imports only): from {@code use} or a type definition in the world. */
    record TypeItem(TypeId id) implements WorldItem {}
}
