package dev.weft.wasi.clocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Calls;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code wasi:clocks/monotonic-clock} and {@code wall-clock}. */
class ClocksTest {
    private static final String MONOTONIC = "wasi:clocks/monotonic-clock";
    private static final String POLL = "wasi:io/poll";
    private final Calls calls = new Calls();

    private long now() {
        return ((U64) calls.call(MONOTONIC, "now")).bits();
    }

    @Test
    void monotonicNowNeverGoesBack() {
        long a = now();
        long b = now();
        assertTrue(a >= 0 && b >= a, a + " then " + b);
        assertEquals(Value.u64(1), calls.call(MONOTONIC, "resolution"));
    }

    @Test
    void subscribeDurationIsReadyAfterIt() {
        assertEquals(Value.bool(true), calls.call(POLL, "[method]pollable.ready",
                calls.call(MONOTONIC, "subscribe-duration", Value.u64(0))));
        Value later = calls.call(MONOTONIC, "subscribe-duration", Value.u64(15_000_000));
        long start = now();
        calls.call(POLL, "[method]pollable.block", later);
        assertTrue(now() - start >= 15_000_000, "block returned early");
        assertEquals(Value.bool(false), calls.call(POLL, "[method]pollable.ready",
                calls.call(MONOTONIC, "subscribe-duration", Value.u64(-1))), "u64 max: not in our lifetime");
    }

    @Test
    void subscribeInstantIsReadyAtIt() {
        assertEquals(Value.bool(true), calls.call(POLL, "[method]pollable.ready",
                calls.call(MONOTONIC, "subscribe-instant", Value.u64(0))), "an instant in the past");
        long when = now() + 10_000_000;
        Value p = calls.call(MONOTONIC, "subscribe-instant", Value.u64(when));
        calls.call(POLL, "[method]pollable.block", p);
        assertTrue(now() >= when);
        assertEquals(Value.bool(false), calls.call(POLL, "[method]pollable.ready",
                calls.call(MONOTONIC, "subscribe-instant", Value.u64(-1))));
    }

    @Test
    void wallClockIsUnixTime() {
        RecordValue dt = (RecordValue) calls.call("wasi:clocks/wall-clock", "now");
        long seconds = ((U64) dt.values().get(0)).bits();
        long nanos = ((U32) dt.values().get(1)).value();
        assertTrue(Math.abs(seconds - Instant.now().getEpochSecond()) <= 5, "seconds " + seconds);
        assertTrue(nanos >= 0 && nanos < 1_000_000_000, "nanoseconds " + nanos);
        RecordValue resolution = (RecordValue) calls.call("wasi:clocks/wall-clock", "resolution");
        assertEquals(Value.record(ClocksModule.DATETIME, Value.u64(0), Value.u32(1000)), resolution);
    }
}
