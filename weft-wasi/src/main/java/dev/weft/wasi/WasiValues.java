package dev.weft.wasi;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.U8;
import dev.weft.runtime.value.Value;
import java.util.Optional;

/** Reading WIT arguments in host functions: the small conversions every WASI module needs. */
public final class WasiValues {
    /** The most bytes one read or random call hands out; a larger {@code len} is cut to it. */
    public static final int MAX_CHUNK = 64 << 20;

    private WasiValues() {}

    /** A {@code u64} argument, as an unsigned count clamped to {@link Long#MAX_VALUE}. */
    public static long u64(Value v) {
        long bits = ((U64) v).bits();
        return bits < 0 ? Long.MAX_VALUE : bits;
    }

    /** A {@code u64} length, cut to {@link #MAX_CHUNK} (reads may return less than asked). */
    public static int chunk(Value v) {
        return (int) Math.min(u64(v), MAX_CHUNK);
    }

    /** A {@code u32} argument. */
    public static long u32(Value v) {
        return ((U32) v).value();
    }

    /** A {@code u8} argument. */
    public static int u8(Value v) {
        return ((U8) v).value();
    }

    /** A {@code u64} result. */
    public static Optional<Value> u64Result(long unsigned) {
        return Optional.of(Value.u64(unsigned));
    }

    /** The result of a function without one. */
    public static Optional<Value> none() {
        return Optional.empty();
    }

    /** A trap for a guest breaking a rule of a WASI interface ({@code write} beyond {@code check-write}, ...). */
    public static Trap trap(String reason) {
        return new Trap(reason);
    }
}
