package dev.weft.types;

/** A core Wasm value type: a number or vector type, or a reference type. */
public sealed interface CoreValueType permits CoreValueType.Num, CoreValueType.Ref {

    enum Num implements CoreValueType {
        I32, I64, F32, F64, V128;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    /** {@code (ref null? heap)}; {@code heap} is an abstract heap type ("func", "extern", ...) or a type index. */
    record Ref(boolean nullable, String heap) implements CoreValueType {
        @Override
        public String toString() {
            return "(ref " + (nullable ? "null " : "") + heap + ")";
        }
    }
}
