package dev.weft.wasi.clocks;

import dev.weft.runtime.Linker;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import dev.weft.types.Field;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiModule;
import dev.weft.wasi.WasiValues;
import dev.weft.wasi.io.Pollable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code wasi:clocks/monotonic-clock} (from {@link System#nanoTime()}, counted from when this class
 * loaded, so instants are never negative) and {@code wasi:clocks/wall-clock} (from
 * {@link Instant#now()}). Always granted.
 */
public final class ClocksModule implements WasiModule {
    /** {@code record datetime { seconds: u64, nanoseconds: u32 }}. */
    public static final RecordType DATETIME = new RecordType(List.of(
            new Field("seconds", PrimitiveType.U64), new Field("nanoseconds", PrimitiveType.U32)));

    /** The {@link System#nanoTime()} of monotonic instant 0. */
    private static final long ORIGIN = System.nanoTime();

    /** Deadlines are cut to ~100 years from now, so that nanoTime arithmetic cannot overflow. */
    private static final long LONGEST_WAIT = 100L * 365 * 24 * 3600 * 1_000_000_000L;

    /** The monotonic clock's resolution: {@link System#nanoTime()} counts nanoseconds. */
    private static final long MONOTONIC_RESOLUTION = 1;

    /** The wall clock's resolution as reported: {@link Instant#now()} is at least microsecond-precise. */
    private static final int WALL_RESOLUTION_NANOS = 1_000;

    static final String MONOTONIC = "wasi:clocks/monotonic-clock";
    static final String WALL = "wasi:clocks/wall-clock";

    @Override
    public void addToLinker(Linker linker, WasiContext ctx) {
        define(Definitions.into(linker), ctx);
    }

    /** Defines both clocks in {@code defs}. */
    public void define(Definitions defs, WasiContext ctx) {
        defineMonotonic(defs, ctx);
        defineWall(defs);
    }

    /** Monotonic {@code now}: nanoseconds since {@link #ORIGIN}. */
    public static long monotonicNow() {
        return System.nanoTime() - ORIGIN;
    }

    /** A pollable ready at monotonic instant {@code when} (unsigned). */
    public static Pollable at(long when) {
        long now = monotonicNow();
        long wait = when < 0 ? LONGEST_WAIT : Math.min(Math.max(0, when - now), LONGEST_WAIT);
        return Pollable.at(System.nanoTime() + wait);
    }

    /** A pollable ready {@code duration} nanoseconds (unsigned) from now. */
    public static Pollable after(long duration) {
        long wait = duration < 0 ? LONGEST_WAIT : Math.min(duration, LONGEST_WAIT);
        return Pollable.at(System.nanoTime() + wait);
    }

    private static void defineMonotonic(Definitions defs, WasiContext ctx) {
        defs.func(MONOTONIC, "now", args -> WasiValues.u64Result(monotonicNow()));
        defs.func(MONOTONIC, "resolution", args -> WasiValues.u64Result(MONOTONIC_RESOLUTION));
        defs.func(MONOTONIC, "subscribe-instant", args -> Optional.of(ctx.pollables().own(at(rawU64(args.get(0))))));
        defs.func(MONOTONIC, "subscribe-duration", args -> Optional.of(ctx.pollables().own(after(rawU64(args.get(0))))));
    }

    private static void defineWall(Definitions defs) {
        defs.func(WALL, "now", args -> {
            Instant now = Instant.now();
            return Optional.of(datetime(now.getEpochSecond(), now.getNano()));
        });
        defs.func(WALL, "resolution", args -> Optional.of(datetime(0, WALL_RESOLUTION_NANOS)));
    }

    private static long rawU64(Value v) {
        return ((U64) v).bits();
    }

    private static Value datetime(long seconds, int nanos) {
        return Value.record(DATETIME, Value.u64(Math.max(0, seconds)), Value.u32(nanos));
    }
}
