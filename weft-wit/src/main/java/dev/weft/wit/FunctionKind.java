package dev.weft.wit;

/** A function, or one of the functions of a resource (named by its desugared name). */
public sealed interface FunctionKind {
    FunctionKind FREESTANDING = new Freestanding();

    /** {@code f: func(...)}. */
    record Freestanding() implements FunctionKind {}

    /** {@code [method]r.f}: the first parameter is {@code self: borrow<r>}. */
    record Method(TypeId resource) implements FunctionKind {}

    /** {@code [static]r.f}. */
    record Static(TypeId resource) implements FunctionKind {}

    /** {@code [constructor]r}: returns {@code r} or {@code result<r, e>}. */
    record Constructor(TypeId resource) implements FunctionKind {}
}
