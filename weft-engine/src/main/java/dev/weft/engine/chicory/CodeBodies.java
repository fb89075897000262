package dev.weft.engine.chicory;

import java.io.ByteArrayOutputStream;
import java.util.BitSet;

/**
 * Rewrites the code section of a core module so that only some function bodies are kept and every
 * other one becomes {@code unreachable}: Chicory then parses the few bodies that compiled code
 * still needs (see {@link CompiledCode}) instead of millions of instructions it would never look at.
 * Should one of the replaced bodies run after all, it traps instead of doing anything else.
 *
 * <p>Only the section framing is read here (section ids and sizes, the body count and the body
 * sizes); the module is expected to have been validated before.
 */
final class CodeBodies {
    private static final int CODE = 10;
    /** A body with no locals: {@code unreachable}, {@code end}. */
    private static final byte[] UNREACHABLE = {0x03, 0x00, 0x00, 0x0b};

    private CodeBodies() {}

    /**
     * {@code wasm[offset..offset+length)} with the bodies not in {@code keep} replaced.
     *
     * @param bodyCount how many bodies the code section must have
     * @throws IllegalArgumentException if the framing does not check out or the count differs
     */
    static byte[] keepOnly(byte[] wasm, int offset, int length, BitSet keep, int bodyCount) {
        int end = offset + length;
        int[] pos = {offset + 8};
        if (length < 8) throw new IllegalArgumentException("not a module");
        while (pos[0] < end) {
            int sectionStart = pos[0];
            int id = wasm[pos[0]++] & 0xff;
            int size = u32(wasm, pos, end);
            int contentStart = pos[0];
            int contentEnd = contentStart + size;
            if (size < 0 || contentEnd > end || contentEnd < contentStart) throw new IllegalArgumentException("section out of bounds");
            if (id != CODE) {
                pos[0] = contentEnd;
                continue;
            }
            int count = u32(wasm, pos, contentEnd);
            if (count != bodyCount) throw new IllegalArgumentException("the module has " + count + " bodies, the entry " + bodyCount);
            ByteArrayOutputStream code = new ByteArrayOutputStream(Math.max(64, size / 8));
            writeU32(code, count);
            for (int i = 0; i < count; i++) {
                int bodyStart = pos[0];
                int bodySize = u32(wasm, pos, contentEnd);
                int bodyEnd = pos[0] + bodySize;
                if (bodySize < 0 || bodyEnd > contentEnd || bodyEnd < pos[0]) throw new IllegalArgumentException("body out of bounds");
                if (keep.get(i)) {
                    code.write(wasm, bodyStart, bodyEnd - bodyStart);
                } else {
                    code.write(UNREACHABLE, 0, UNREACHABLE.length);
                }
                pos[0] = bodyEnd;
            }
            if (pos[0] != contentEnd) throw new IllegalArgumentException("code section size mismatch");
            ByteArrayOutputStream out = new ByteArrayOutputStream(length - size + code.size() + 5);
            out.write(wasm, offset, sectionStart - offset);
            out.write(CODE);
            writeU32(out, code.size());
            out.writeBytes(code.toByteArray());
            out.write(wasm, contentEnd, end - contentEnd);
            return out.toByteArray();
        }
        if (bodyCount != 0) throw new IllegalArgumentException("no code section");
        byte[] copy = new byte[length];
        System.arraycopy(wasm, offset, copy, 0, length);
        return copy;
    }

    /** Reads a u32 LEB128 at {@code pos[0]} (advanced past it); also for {@link ImportNames}. */
    static int u32(byte[] b, int[] pos, int end) {
        long result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos[0] >= end) throw new IllegalArgumentException("unexpected end");
            int x = b[pos[0]++] & 0xff;
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                if (result > Integer.MAX_VALUE) throw new IllegalArgumentException("u32 too large");
                return (int) result;
            }
        }
        throw new IllegalArgumentException("u32 too long");
    }

    /** Writes {@code value} as a u32 LEB128. */
    static void writeU32(ByteArrayOutputStream out, int value) {
        int v = value;
        do {
            int x = v & 0x7f;
            v >>>= 7;
            out.write(v != 0 ? x | 0x80 : x);
        } while (v != 0);
    }
}
