package dev.weft.binary.validate.model;

/**
 * What a component type index points to ({@code ComponentAnyTypeId} in wasmparser): a resource, a
 * defined value type, a function type, an instance type or a component type. Compared by identity:
 * every type definition, and every {@code (eq i)} import or export of one, is a distinct entry, which
 * is what the "named types" rules of imports and exports need.
 */
public sealed interface AnyType permits ResourceRef, DefinedType, FuncDef, InstanceTypeDef, ComponentTypeDef {

    /** The kind, as wasmparser's messages spell it ("resource", "defined type", "func", ...). */
    String desc();
}
