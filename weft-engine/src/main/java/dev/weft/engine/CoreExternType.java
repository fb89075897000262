package dev.weft.engine;

/**
 * The type of a core import or export
 * (<a href="https://webassembly.github.io/spec/core/syntax/types.html#external-types">spec</a>).
 * {@code toString()} gives the text format, e.g. {@code (func (param i32) (result i32))}.
 */
public sealed interface CoreExternType
        permits CoreFuncType, CoreTableType, CoreMemoryType, CoreGlobalType, CoreTagType {

    CoreExternKind kind();

    /**
     * External type matching (<a href="https://webassembly.github.io/spec/core/valid/types.html#match-externtype">spec</a>):
     * a value of this (actual) type may be supplied where {@code expected} is imported.
     */
    default boolean matches(CoreExternType expected) {
        return switch (this) {
            case CoreFuncType f -> f.equals(expected);
            case CoreTagType t -> t.equals(expected);
            case CoreGlobalType g -> g.equals(expected);
            case CoreTableType t -> expected instanceof CoreTableType e
                    && t.element() == e.element() && t.limits().matches(e.limits());
            case CoreMemoryType m -> expected instanceof CoreMemoryType e
                    && m.shared() == e.shared() && m.limits().matches(e.limits());
        };
    }
}
