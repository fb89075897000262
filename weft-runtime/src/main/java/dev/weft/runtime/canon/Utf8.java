package dev.weft.runtime.canon;

import dev.weft.engine.CoreMemory;
import dev.weft.runtime.Trap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for {@code load_string_from_range} ({@code bytes.decode('utf-8')} traps on
 * anything that is not UTF-8). The JDK decodes the bytes where they lie in memory (all-ASCII bytes,
 * found by a vectorized scan, become a plain Latin-1 copy), as strictly as Unicode (no overlongs,
 * surrogates or code points past U+10FFFF) but replacing each ill-formed sequence with U+FFFD
 * instead of failing: so a result without U+FFFD (one vectorized {@code indexOf}, none at all for
 * a Latin-1 result) came from well-formed bytes, and only one with it is validated here, byte by
 * byte. Errors use Rust's (and so Wasmtime's) words: {@code invalid utf-8 sequence of 1 bytes from
 * index 0}, {@code incomplete utf-8 byte sequence from index 3}.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final char REPLACEMENT = '\uFFFD';
    /** The bytes {@link #asciiPrefix} checks at once. */
    private static final int BLOCK = 256;

    private Utf8() {}

    /**
     * The string the {@code length} bytes at {@code ptr} encode, decoded where they lie
     * ({@link CoreMemory#readString}); only a result with U+FFFD is validated, from a copy of the bytes.
     * @throws Trap if they are not UTF-8
     */
    static String decode(CoreMemory memory, long ptr, int length) {
        String s = memory.readString(ptr, length, StandardCharsets.UTF_8);
        if (s.indexOf(REPLACEMENT) >= 0) validate(memory.read(ptr, length)); // replaced, or a real U+FFFD
        return s;
    }

    /** The check of {@link #decode} alone. @throws Trap if {@code bytes} are not UTF-8 */
    static void validate(byte[] bytes) {
        int ascii = asciiPrefix(bytes);
        if (ascii < bytes.length) validate(bytes, ascii);
    }

    /** How many leading bytes are ASCII: a block of {@value #BLOCK} at a time, then eight, then one. */
    static int asciiPrefix(byte[] b) {
        int i = 0;
        while (i + BLOCK <= b.length && isAsciiBlock(b, i)) i += BLOCK;
        while (i + 8 <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) i += 8;
        while (i < b.length && b[i] >= 0) i++;
        return i;
    }

    /**
     * Whether the {@value #BLOCK} bytes from {@code from} are ASCII: their high bits OR-ed together
     * without stopping early, a loop the JIT unrolls and vectorizes (twice as fast as eight bytes
     * at a time with a test each).
     */
    private static boolean isAsciiBlock(byte[] b, int from) {
        long bits = 0;
        for (int i = from; i < from + BLOCK; i += 8) bits |= (long) LONGS.get(b, i);
        return (bits & HIGH_BITS) == 0;
    }

    /**
     * Rust's {@code run_utf8_validation} from index {@code i} on (the bytes before it are ASCII):
     * well-formed sequences only (no overlongs, surrogates, > U+10FFFF).
     */
    private static void validate(byte[] b, int i) {
        while (i < b.length) {
            int first = b[i] & 0xFF;
            if (first < 0x80) {
                i++;
                continue;
            }
            int width = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3
                    : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
            if (width == 0) throw invalid(1, i);
            for (int k = 1; k < width; k++) {
                if (i + k >= b.length) throw incomplete(i);
                int c = b[i + k] & 0xFF;
                boolean ok = k == 1 ? secondByteOk(first, c) : (c & 0xC0) == 0x80;
                if (!ok) throw invalid(k, i);
            }
            i += width;
        }
    }

    /** The range of the second byte, which rules out overlong forms, surrogates and code points past U+10FFFF. */
    private static boolean secondByteOk(int first, int c) {
        return switch (first) {
            case 0xE0 -> c >= 0xA0 && c <= 0xBF;
            case 0xED -> c >= 0x80 && c <= 0x9F;
            case 0xF0 -> c >= 0x90 && c <= 0xBF;
            case 0xF4 -> c >= 0x80 && c <= 0x8F;
            default -> (c & 0xC0) == 0x80;
        };
    }

    private static Trap invalid(int length, int index) {
        return new Trap("invalid utf-8 sequence of " + length + " bytes from index " + index);
    }

    private static Trap incomplete(int index) {
        return new Trap("incomplete utf-8 byte sequence from index " + index);
    }
}
