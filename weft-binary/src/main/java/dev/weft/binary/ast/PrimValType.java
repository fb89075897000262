package dev.weft.binary.ast;

/** {@code primvaltype}: the primitive value types and their opcodes. */
public enum PrimValType implements ValType, DefValType {
    BOOL(0x7f, "bool"),
    S8(0x7e, "s8"),
    U8(0x7d, "u8"),
    S16(0x7c, "s16"),
    U16(0x7b, "u16"),
    S32(0x7a, "s32"),
    U32(0x79, "u32"),
    S64(0x78, "s64"),
    U64(0x77, "u64"),
    F32(0x76, "f32"),
    F64(0x75, "f64"),
    CHAR(0x74, "char"),
    STRING(0x73, "string"),
    ERROR_CONTEXT(0x64, "error-context");

    private final int opcode;
    private final String wit;

    PrimValType(int opcode, String wit) {
        this.opcode = opcode;
        this.wit = wit;
    }

    public int opcode() {
        return opcode;
    }

    /** The WIT spelling. */
    public String wit() {
        return wit;
    }

    /** The primitive type with this opcode, or null. */
    public static PrimValType ofOpcode(int b) {
        for (PrimValType p : values()) if (p.opcode == b) return p;
        return null;
    }

    @Override
    public String toString() {
        return wit;
    }
}
