package dev.weft.engine;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A core linear memory (<a href="https://webassembly.github.io/spec/core/exec/runtime.html#memory-instances">spec</a>).
 * Addresses are unsigned byte offsets ({@code Integer.toUnsignedLong} of an i32 pointer). Every
 * access is bounds-checked; one that does not fit in {@link #size()} throws {@link CoreTrap}
 * ({@code out of bounds memory access}), as the same access from core code would. Multi-byte
 * values are little-endian.
 */
public non-sealed interface CoreMemory extends CoreExtern {
    @Override
    CoreMemoryType type();

    /** The current size in bytes (pages * 64 KiB). */
    long size();

    /** The current size in 64 KiB pages. */
    int pages();

    /**
     * Grows by {@code deltaPages} pages (<a href="https://webassembly.github.io/spec/core/exec/instructions.html#exec-memory-grow">spec</a>).
     * Returns the previous size in pages, or -1 (and changes nothing) if the maximum would be exceeded.
     */
    int grow(int deltaPages);

    /** Copies {@code length} bytes at {@code address} into a new array. */
    byte[] read(long address, int length);

    /** Copies {@code length} bytes at {@code address} into {@code dst[offset..]}. */
    void read(long address, byte[] dst, int offset, int length);

    /** Fills {@code dst} from {@code address} with {@code dst.remaining()} bytes, advancing its position. */
    void read(long address, ByteBuffer dst);

    /** Copies {@code src[offset..offset+length)} to {@code address}. */
    void write(long address, byte[] src, int offset, int length);

    default void write(long address, byte[] src) {
        write(address, src, 0, src.length);
    }

    /** Writes the remaining bytes of {@code src} at {@code address}, advancing its position. */
    void write(long address, ByteBuffer src);

    /**
     * The string {@code new String(read(address, length), charset)} is, decoded where the bytes lie
     * when the memory can (without copying them out first). As the JDK's decoders do, each
     * ill-formed sequence becomes U+FFFD: a caller that must reject ill-formed input looks for it.
     */
    default String readString(long address, int length, Charset charset) {
        return new String(read(address, length), charset);
    }

    /** The largest {@code bound} of {@link #writeCharsBelow}: Latin-1. */
    int LATIN1_BOUND = 0x100;
    /** The {@code bound} of {@link #writeCharsBelow} for ASCII. */
    int ASCII_BOUND = 0x80;

    /**
     * Writes the chars {@code s[from..to)} at {@code address}, one byte each (the char's value),
     * up to the first char that is not below {@code bound} ({@link #ASCII_BOUND} or
     * {@link #LATIN1_BOUND}); returns how many it wrote. The whole range of {@code to - from} bytes
     * must be in bounds, else it throws {@link CoreTrap} without writing any.
     */
    default int writeCharsBelow(long address, String s, int from, int to, int bound) {
        checkCharsBelow(s, from, to, bound);
        if (address < 0 || address > size() - (to - from)) {
            throw new CoreTrap("out of bounds memory access: " + (to - from) + " bytes at address " + address
                    + ", memory size " + size());
        }
        int end = from;
        while (end < to && s.charAt(end) < bound) end++;
        byte[] bytes = new byte[end - from];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) s.charAt(from + i);
        write(address, bytes);
        return end - from;
    }

    /** The argument checks of {@link #writeCharsBelow}. */
    private static void checkCharsBelow(String s, int from, int to, int bound) {
        Objects.checkFromToIndex(from, to, s.length());
        if (bound != ASCII_BOUND && bound != LATIN1_BOUND) {
            throw new IllegalArgumentException("the bound of single-byte chars is 0x80 or 0x100, not 0x"
                    + Integer.toHexString(bound));
        }
    }

    byte readI8(long address);

    short readI16(long address);

    int readI32(long address);

    long readI64(long address);

    float readF32(long address);

    double readF64(long address);

    void writeI8(long address, byte value);

    void writeI16(long address, short value);

    void writeI32(long address, int value);

    void writeI64(long address, long value);

    void writeF32(long address, float value);

    void writeF64(long address, double value);
}
