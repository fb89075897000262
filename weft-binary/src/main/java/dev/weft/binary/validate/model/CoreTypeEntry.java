package dev.weft.binary.validate.model;

import dev.weft.binary.ast.CoreDefType;

/** An entry of the core type index space: a core sub type (func, struct, array) or a module type. */
public sealed interface CoreTypeEntry permits CoreTypeEntry.Sub, ModuleTypeDef {

    /** One sub type of a recursion group. */
    record Sub(CoreDefType.SubType type) implements CoreTypeEntry {}
}
