package dev.weft.binary.ast;

/** {@code core:valtype}: a number/vector type or a reference type. */
public sealed interface CoreValType extends CoreStorageType permits CoreValType.Num, CoreValType.Ref {

    /** Number and vector types with their opcodes. */
    enum Num implements CoreValType {
        I32(0x7f, "i32"), I64(0x7e, "i64"), F32(0x7d, "f32"), F64(0x7c, "f64"), V128(0x7b, "v128");

        private final int opcode;
        private final String text;

        Num(int opcode, String text) {
            this.opcode = opcode;
            this.text = text;
        }

        public int opcode() {
            return opcode;
        }

        public static Num ofOpcode(int b) {
            for (Num n : values()) if (n.opcode == b) return n;
            return null;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code (ref null? ht)}; {@code funcref} is {@code (ref null func)}. */
    record Ref(boolean nullable, HeapType heap) implements CoreValType {
        public static final Ref FUNCREF = new Ref(true, HeapType.Abstract.FUNC);
        public static final Ref EXTERNREF = new Ref(true, HeapType.Abstract.EXTERN);

        @Override
        public String toString() {
            return "(ref " + (nullable ? "null " : "") + heap + ")";
        }
    }

    /** {@code heaptype}: an abstract heap type or a type index. */
    sealed interface HeapType permits HeapType.Abstract, HeapType.Concrete {
        enum Abstract implements HeapType {
            FUNC(0x70, "func"), EXTERN(0x6f, "extern"), ANY(0x6e, "any"), EQ(0x6d, "eq"), I31(0x6c, "i31"),
            STRUCT(0x6b, "struct"), ARRAY(0x6a, "array"), EXN(0x69, "exn"), NOEXN(0x74, "noexn"),
            NOFUNC(0x73, "nofunc"), NOEXTERN(0x72, "noextern"), NONE(0x71, "none");

            private final int opcode;
            private final String text;

            Abstract(int opcode, String text) {
                this.opcode = opcode;
                this.text = text;
            }

            public int opcode() {
                return opcode;
            }

            public static Abstract ofOpcode(int b) {
                for (Abstract a : values()) if (a.opcode == b) return a;
                return null;
            }

            @Override
            public String toString() {
                return text;
            }
        }

        record Concrete(int typeIndex) implements HeapType {
            @Override
            public String toString() {
                return Integer.toString(typeIndex);
            }
        }
    }
}
