package dev.weft.runtime.canon;

import dev.weft.engine.CoreMemory;
import dev.weft.runtime.canon.CopyOp.Bulk;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The memory-to-memory copy of a list whose elements need no element-wise work
 * ({@link CopyOp.Bulk}): chunks of at most {@value #CHUNK} bytes read from one memory into a
 * buffer and written to the other (the engine seam has no copy between memories), each chunk fixed
 * up where lifting and lowering would change the bytes: {@code bool}s become 0 or 1, NaNs become
 * the canonical NaN (Weft's deterministic profile).
 */
final class BulkCopy {
    /** The most bytes moved at once. A multiple of every element size, so no element straddles two chunks. */
    static final int CHUNK = 64 * 1024;

    /** The spec's {@code CANONICAL_FLOAT32_NAN} and {@code CANONICAL_FLOAT64_NAN} (as in {@link Loading}). */
    static final int CANONICAL_FLOAT32_NAN = 0x7fc00000;
    static final long CANONICAL_FLOAT64_NAN = 0x7ff8000000000000L;

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private BulkCopy() {}

    /** Copies {@code byteLength} bytes at {@code src} in {@code from} to {@code dst} in {@code to}, fixed up per {@code kind}. */
    static void copy(CoreMemory from, long src, CoreMemory to, long dst, long byteLength, Bulk kind) {
        if (byteLength == 0) return;
        byte[] buffer = new byte[(int) Math.min(byteLength, CHUNK)];
        for (long done = 0; done < byteLength; ) {
            int n = (int) Math.min(buffer.length, byteLength - done);
            from.read(src + done, buffer, 0, n);
            fixUp(buffer, n, kind);
            to.write(dst + done, buffer, 0, n);
            done += n;
        }
    }

    private static void fixUp(byte[] b, int n, Bulk kind) {
        switch (kind) {
            case BYTES, CHARS -> { }
            case BOOLS -> {
                for (int i = 0; i < n; i++) b[i] = (byte) (b[i] != 0 ? 1 : 0);
            }
            case F32S -> {
                for (int i = 0; i < n; i += 4) INTS.set(b, i, canonicalF32((int) INTS.get(b, i)));
            }
            case F64S -> {
                for (int i = 0; i < n; i += 8) LONGS.set(b, i, canonicalF64((long) LONGS.get(b, i)));
            }
            case NONE -> throw new AssertionError("not a bulk copy");
        }
    }

    /** {@code decode_i32_as_float} then {@code encode_float_as_i32}: the bits, or the canonical NaN's. */
    static int canonicalF32(int bits) {
        return (bits & 0x7FFFFFFF) > 0x7F800000 ? CANONICAL_FLOAT32_NAN : bits;
    }

    /** {@code decode_i64_as_float} then {@code encode_float_as_i64}. */
    static long canonicalF64(long bits) {
        return (bits & 0x7FFFFFFFFFFFFFFFL) > 0x7FF0000000000000L ? CANONICAL_FLOAT64_NAN : bits;
    }

    /** The little-endian {@code i32} at {@code bytes[at..]}. */
    static int getI32(byte[] bytes, int at) {
        return (int) INTS.get(bytes, at);
    }
}
