package dev.weft.binary.ast;

import java.util.OptionalLong;

/** {@code core:externtype}: the type of a core import or export. */
public sealed interface CoreExternType {

    /** {@code 0x00 x:typeidx}. */
    record Func(int typeIndex) implements CoreExternType {}

    /** {@code 0x01 tt:tabletype}. */
    record Table(CoreValType.Ref element, Limits limits) implements CoreExternType {}

    /** {@code 0x02 mt:memtype}; {@code pageSizeLog2} is 16 unless the custom-page-sizes flag says otherwise. */
    record Memory(Limits limits, boolean shared, boolean memory64, int pageSizeLog2) implements CoreExternType {}

    /** {@code 0x03 gt:globaltype}. */
    record Global(CoreValType type, boolean mutable, boolean shared) implements CoreExternType {}

    /** {@code 0x04 0x00 x:typeidx}. */
    record Tag(int typeIndex) implements CoreExternType {}

    /** {@code limits}: min and optional max (64-bit for memory64/table64). */
    record Limits(long min, OptionalLong max, boolean is64) {}
}
