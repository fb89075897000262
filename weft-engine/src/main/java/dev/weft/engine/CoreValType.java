package dev.weft.engine;

/**
 * A core value type (<a href="https://webassembly.github.io/spec/core/syntax/types.html#value-types">
 * spec</a>). {@link #FUNCREF} and {@link #EXTERNREF} are the nullable abstract references.
 */
public enum CoreValType {
    I32("i32"),
    I64("i64"),
    F32("f32"),
    F64("f64"),
    V128("v128"),
    FUNCREF("funcref"),
    EXTERNREF("externref");

    private final String text;

    CoreValType(String text) {
        this.text = text;
    }

    /** How many raw {@code long} slots a value of this type takes at the seam: 2 for v128, else 1. */
    public int slots() {
        return this == V128 ? 2 : 1;
    }

    public boolean isReference() {
        return this == FUNCREF || this == EXTERNREF;
    }

    /** The text-format name, e.g. {@code i32}. */
    @Override
    public String toString() {
        return text;
    }
}
