package dev.weft.abi;

/** The four core value types that component values flatten to ({@code 'i32'} ... in the spec). */
public enum FlatType {
    I32("i32"), I64("i64"), F32("f32"), F64("f64");

    private final String text;

    FlatType(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
