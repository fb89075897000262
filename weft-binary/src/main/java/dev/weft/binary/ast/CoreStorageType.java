package dev.weft.binary.ast;

/** {@code storagetype ::= valtype | packedtype} (fields of GC structs and arrays). */
public sealed interface CoreStorageType permits CoreValType, CoreStorageType.Packed {
    enum Packed implements CoreStorageType {
        I8, I16
    }
}
