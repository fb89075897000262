package dev.weft.types;

import java.util.OptionalLong;

/** The type of a core import or export. */
public sealed interface CoreExtern {

    record Func(CoreFuncType type) implements CoreExtern {}

    record Table(CoreValueType.Ref element, Limits limits) implements CoreExtern {}

    record Memory(Limits limits, boolean shared, int pageSizeLog2) implements CoreExtern {}

    record Global(CoreValueType type, boolean mutable) implements CoreExtern {}

    record Tag(CoreFuncType type) implements CoreExtern {}

    /** Limits; {@code is64} for 64-bit memories and tables. */
    record Limits(long min, OptionalLong max, boolean is64) {}
}
