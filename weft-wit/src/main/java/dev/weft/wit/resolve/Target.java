package dev.weft.wit.resolve;

import dev.weft.wit.InterfaceId;
import dev.weft.wit.WorldId;

/** What a path names: an interface or a world, of the package being resolved ({@code local}) or another. */
sealed interface Target {
    boolean local();

    record Iface(InterfaceId id, boolean local) implements Target {}

    record World(WorldId id, boolean local) implements Target {}
}
