package dev.weft.binary.decode;

/**
 * Skips a constant expression ({@code expr} of globals and table initializers): the instructions
 * allowed there (numeric constants, {@code ref.null}, {@code ref.func}, {@code global.get}, the
 * extended-const arithmetic, {@code v128.const} and the GC allocations) up to the final {@code end}.
 * Their values do not matter to the component layer, only where the expression ends.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions">constant expressions</a>
 */
final class ConstExpr {
    private ConstExpr() {}

    static void skip(BinaryReader r) {
        while (true) {
            int at = r.position();
            int op = r.u8();
            switch (op) {
                case 0x0b -> { // end
                    return;
                }
                case 0x41 -> r.s32();                       // i32.const
                case 0x42 -> r.s64();                       // i64.const
                case 0x43 -> r.skip(4);                     // f32.const
                case 0x44 -> r.skip(8);                     // f64.const
                case 0x23, 0xd2 -> r.u32();                 // global.get, ref.func
                case 0xd0 -> CoreTypeReader.heapType(r);    // ref.null
                case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e -> { } // i32/i64 add, sub, mul (extended-const)
                case 0xfb -> gc(r, at);
                case 0xfd -> simd(r, at);
                default -> throw unsupported(at, Integer.toHexString(op));
            }
        }
    }

    /** The 0xfb-prefixed GC instructions allowed in constant expressions. */
    private static void gc(BinaryReader r, int at) {
        int sub = r.u32();
        switch (sub) {
            case 0x00, 0x01, 0x06, 0x07 -> r.u32();  // struct.new(_default), array.new(_default) $t
            case 0x08 -> {                             // array.new_fixed $t n
                r.u32();
                r.u32();
            }
            case 0x1a, 0x1b, 0x1c -> { }               // any.convert_extern, extern.convert_any, ref.i31
            default -> throw unsupported(at, "fb " + Integer.toHexString(sub));
        }
    }

    /** {@code v128.const} (0xfd 12) and its 16 bytes. */
    private static void simd(BinaryReader r, int at) {
        int sub = r.u32();
        if (sub != 12) throw unsupported(at, "fd " + Integer.toHexString(sub));
        r.skip(16);
    }

    private static RuntimeException unsupported(int at, String opcode) {
        return BinaryReader.error(at, "constant expression required: opcode 0x" + opcode
                + " is not allowed in a constant expression");
    }
}
