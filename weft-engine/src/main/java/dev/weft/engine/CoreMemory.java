package dev.weft.engine;

import java.nio.ByteBuffer;

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
