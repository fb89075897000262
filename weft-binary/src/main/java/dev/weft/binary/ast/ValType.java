package dev.weft.binary.ast;

/** {@code valtype ::= i:<typeidx> | pvt:<primvaltype>}. */
public sealed interface ValType permits PrimValType, ValType.Ref {

    /** A reference to a type index (which validation requires to be a {@code defvaltype}). */
    record Ref(int typeIndex) implements ValType {
        @Override
        public String toString() {
            return "(type " + typeIndex + ")";
        }
    }
}
