package dev.weft.binary.ast;

import java.util.Arrays;

/**
 * A window onto the bytes of the binary being decoded; {@code offset} is the absolute offset in
 * that buffer (and so in the outermost file). Never copied unless {@link #toByteArray()} is asked.
 */
public record ByteSlice(byte[] buffer, int offset, int length) {
    public ByteSlice {
        assert offset >= 0 && length >= 0 && offset + length <= buffer.length;
    }

    public static ByteSlice of(byte[] bytes) {
        return new ByteSlice(bytes, 0, bytes.length);
    }

    public byte get(int i) {
        return buffer[offset + i];
    }

    public byte[] toByteArray() {
        return Arrays.copyOfRange(buffer, offset, offset + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteSlice s && Arrays.equals(buffer, offset, offset + length, s.buffer, s.offset, s.offset + s.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) h = 31 * h + buffer[i];
        return h;
    }

    @Override
    public String toString() {
        return "ByteSlice[offset=" + offset + ", length=" + length + "]";
    }
}
