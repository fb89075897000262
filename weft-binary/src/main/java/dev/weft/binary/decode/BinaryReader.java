package dev.weft.binary.decode;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.errors.MalformedComponentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over a window {@code [position, end)} of the outermost buffer, with the primitives of the
 * binary format: bytes, LEB128 integers ({@code u32}, {@code u64}, {@code s32}, {@code s33},
 * {@code s64}), names and vectors. Every position is absolute in the outermost buffer, so every
 * {@link MalformedComponentException} it throws carries the offset of the offending byte.
 *
 * <p>Error texts follow wasmparser's ({@code unexpected end-of-file}, {@code integer too large},
 * {@code malformed UTF-8 encoding}, {@code invalid leading byte (0xNN) for ...}) because the
 * conformance tests compare against them.
 */
public final class BinaryReader {
    private final byte[] buffer;
    private final int end;
    private int position;

    /** A reader over {@code buffer[start, end)}. */
    public BinaryReader(byte[] buffer, int start, int end) {
        if (start < 0 || end > buffer.length || start > end) {
            throw new IllegalArgumentException("window [" + start + ", " + end + ") outside buffer of " + buffer.length);
        }
        this.buffer = buffer;
        this.position = start;
        this.end = end;
    }

    /** A reader over the bytes of {@code slice} (positions stay absolute in its buffer). */
    public static BinaryReader of(ByteSlice slice) {
        return new BinaryReader(slice.buffer(), slice.offset(), slice.offset() + slice.length());
    }

    public byte[] buffer() {
        return buffer;
    }

    /** The absolute offset of the next byte. */
    public int position() {
        return position;
    }

    /** The absolute offset just past the window. */
    public int end() {
        return end;
    }

    public int remaining() {
        return end - position;
    }

    public boolean eof() {
        return position >= end;
    }

    /** A malformed-binary failure at {@code offset}. */
    public static MalformedComponentException error(long offset, String reason) {
        return new MalformedComponentException(offset, reason);
    }

    /** {@code unexpected end-of-file} at the current position. */
    public MalformedComponentException eofError() {
        return error(position, "unexpected end-of-file");
    }

    /** wasmparser's {@code invalid leading byte (0xNN) for <what>}, at the byte just read. */
    public MalformedComponentException invalidLeadingByte(int b, String what) {
        return invalidLeadingByte(b, what, position - 1);
    }

    public static MalformedComponentException invalidLeadingByte(int b, String what, long offset) {
        return error(offset, "invalid leading byte (0x" + Integer.toHexString(b & 0xff) + ") for " + what);
    }

    // ---- bytes ----

    public int u8() {
        if (position >= end) throw eofError();
        return buffer[position++] & 0xff;
    }

    public int peek() {
        if (position >= end) throw eofError();
        return buffer[position] & 0xff;
    }

    /** Reads a byte that must be 0 or 1 ({@code async?}, {@code cancel?}, {@code sh?}). */
    public boolean bool() {
        int b = u8();
        return switch (b) {
            case 0 -> false;
            case 1 -> true;
            default -> throw error(position - 1, "invalid boolean value");
        };
    }

    /** The next {@code n} bytes as a slice of the outer buffer (not copied). */
    public ByteSlice bytes(long n) {
        if (n < 0 || n > remaining()) throw eofError();
        ByteSlice s = new ByteSlice(buffer, position, (int) n);
        position += (int) n;
        return s;
    }

    public void skip(long n) {
        if (n < 0 || n > remaining()) throw eofError();
        position += (int) n;
    }

    /**
     * Splits off the next {@code n} bytes as a reader of their own and advances past them: the reader of a
     * section's contents. Fails with {@code unexpected end-of-file} if fewer than {@code n} bytes are left.
     */
    public BinaryReader split(long n) {
        if (n < 0 || n > remaining()) throw eofError();
        BinaryReader sub = new BinaryReader(buffer, position, position + (int) n);
        position += (int) n;
        return sub;
    }

    /** Fails unless every byte of the window was consumed (a section or subsection read to its end). */
    public void expectEnd() {
        if (position < end) {
            throw error(position, "section size mismatch: unexpected data at the end of the section");
        }
    }

    // ---- LEB128 ----

    /** {@code u32}: at most 5 bytes, no bits set past the 32nd. */
    public int u32() {
        int b = u8();
        if ((b & 0x80) == 0) return b;
        int result = b & 0x7f;
        int shift = 7;
        while (true) {
            b = u8();
            result |= (b & 0x7f) << shift;
            if (shift >= 25 && (b >>> (32 - shift)) != 0) {
                throw error(position - 1, (b & 0x80) != 0
                        ? "invalid var_u32: integer representation too long"
                        : "invalid var_u32: integer too large");
            }
            shift += 7;
            if ((b & 0x80) == 0) return result;
        }
    }

    /** {@code u32} as a non-negative long (for sizes and counts compared against limits). */
    public long u32AsLong() {
        return Integer.toUnsignedLong(u32());
    }

    /** {@code u64}: at most 10 bytes. */
    public long u64() {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = u8();
            result |= (long) (b & 0x7f) << shift;
            if (shift >= 63 && (b >>> 1) != 0) {
                throw error(position - 1, (b & 0x80) != 0
                        ? "invalid var_u64: integer representation too long"
                        : "invalid var_u64: integer too large");
            }
            shift += 7;
            if ((b & 0x80) == 0) return result;
        }
    }

    /** {@code s32}: at most 5 bytes. */
    public int s32() {
        return (int) signed(32, "var_i32");
    }

    /** {@code s33}: at most 5 bytes (type indices and negative type opcodes). */
    public long s33() {
        return signed(33, "var_s33");
    }

    /** {@code s64}: at most 10 bytes. */
    public long s64() {
        return signed(64, "var_i64");
    }

    private long signed(int bits, String what) {
        int lastIndex = (bits + 6) / 7 - 1;
        long result = 0;
        for (int i = 0; ; i++) {
            int b = u8();
            result |= (long) (b & 0x7f) << (7 * i);
            if (i == lastIndex) {
                if ((b & 0x80) != 0) throw error(position - 1, "invalid " + what + ": integer representation too long");
                // the unused bits of the last byte must all repeat the sign bit
                int used = bits - 7 * lastIndex;
                int high = (b & 0x7f) >> (used - 1);
                if (high != 0 && high != (1 << (8 - used)) - 1) {
                    throw error(position - 1, "invalid " + what + ": integer too large");
                }
                return (result << (64 - bits)) >> (64 - bits);
            }
            if ((b & 0x80) == 0) {
                int width = 7 * (i + 1);
                return (result << (64 - width)) >> (64 - width);
            }
        }
    }

    // ---- names and vectors ----

    /** {@code name ::= len:u32 b*:byte*}, valid UTF-8, at most {@link DecodeLimits#MAX_STRING_SIZE} bytes. */
    public String name() {
        int start = position;
        long len = u32AsLong();
        if (len > DecodeLimits.MAX_STRING_SIZE) throw error(start, "string size out of bounds");
        if (len > remaining()) throw eofError();
        int from = position;
        position += (int) len;
        return utf8(buffer, from, (int) len);
    }

    static String utf8(byte[] buf, int from, int len) {
        boolean ascii = true;
        for (int i = from; i < from + len; i++) {
            if (buf[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) return new String(buf, from, len, StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, from, len))
                    .toString();
        } catch (CharacterCodingException e) {
            throw error(from, "malformed UTF-8 encoding");
        }
    }

    /**
     * Reads a vector count and checks it against wasmparser's limit for {@code what}
     * ({@code <what> size is out of bounds}). The count is not trusted for allocation: see {@link #list}.
     */
    public int size(int limit, String what) {
        int start = position;
        long n = u32AsLong();
        if (n > limit) throw error(start, what + " size is out of bounds");
        return (int) n;
    }

    /** One item of a vector. */
    @FunctionalInterface
    public interface Item<T> {
        T read(BinaryReader r);
    }

    /** {@code vec(T)} with a count limit; never allocates by the (untrusted) count. */
    public <T> List<T> vec(int limit, String what, Item<T> item) {
        return list(size(limit, what), item);
    }

    /** A list capacity for {@code count} items of at least a byte each, never more than the bytes left allow. */
    static int initialCapacity(long count, int remaining) {
        return (int) Math.min(Math.min(count, remaining), 1024);
    }

    /** {@code n} items; the list grows as items are read, so a huge count fails at end-of-file, not in allocation. */
    public <T> List<T> list(int n, Item<T> item) {
        List<T> out = new ArrayList<>(initialCapacity(n, remaining()));
        for (int i = 0; i < n; i++) out.add(item.read(this));
        return out;
    }
}
