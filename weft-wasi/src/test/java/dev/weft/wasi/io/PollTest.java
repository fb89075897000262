package dev.weft.wasi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.types.BorrowType;
import dev.weft.wasi.Calls;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code wasi:io/poll}: readiness of many pollables, waiting on the earliest. */
class PollTest {
    private final Calls calls = new Calls();
    private static final Pollable NEVER = Pollable.at(System.nanoTime() + 3_600_000_000_000L);

    private Value handle(Pollable p) {
        return calls.ctx.pollables().own(p);
    }

    private Value poll(Value... handles) {
        BorrowType borrow = calls.ctx.pollables().borrowType();
        List<Value> borrows = java.util.Arrays.stream(handles)
                .map(h -> (Value) Value.borrow(borrow, ((dev.weft.runtime.value.OwnHandle) h).handle())).toList();
        return calls.call("wasi:io/poll", "poll", Value.list(borrow, borrows));
    }

    @Test
    void pollReturnsEveryReadyIndex() {
        Value r = poll(handle(Pollable.alwaysReady()), handle(NEVER), handle(Pollable.alwaysReady()));
        assertEquals(Value.list(dev.weft.types.PrimitiveType.U32, List.of(Value.u32(0), Value.u32(2))), r);
    }

    @Test
    void pollWaitsForTheEarliestDeadline() {
        Pollable soon = Pollable.at(System.nanoTime() + 20_000_000);
        Value r = poll(handle(NEVER), handle(soon), handle(NEVER));
        assertEquals(Value.list(dev.weft.types.PrimitiveType.U32, List.of(Value.u32(1))), r);
        assertTrue(soon.ready(), "poll returned before the deadline passed");
    }

    @Test
    void pollWaitsForAPollableWithoutDeadline() {
        AtomicBoolean flag = new AtomicBoolean();
        Pollable flagged = new Pollable() {
            @Override
            public boolean ready() {
                return flag.get();
            }

            @Override
            public void block() {
                while (!flag.get()) Thread.onSpinWait();
            }
        };
        Thread.ofPlatform().start(() -> {
            sleep(20);
            flag.set(true);
        });
        assertArrayEquals(new int[] {0}, Poll.poll(List.of(flagged, NEVER)));
    }

    @Test
    void anEmptyListTraps() {
        BorrowType borrow = calls.ctx.pollables().borrowType();
        Trap t = assertThrows(Trap.class, () -> calls.call("wasi:io/poll", "poll", Value.list(borrow, List.of())));
        assertTrue(t.getMessage().contains("empty"), t.getMessage());
    }

    @Test
    void blockWaitsUntilReady() {
        Pollable soon = Pollable.at(System.nanoTime() + 10_000_000);
        Value h = handle(soon);
        assertEquals(Value.bool(false), calls.call("wasi:io/poll", "[method]pollable.ready", h));
        calls.call("wasi:io/poll", "[method]pollable.block", h);
        assertEquals(Value.bool(true), calls.call("wasi:io/poll", "[method]pollable.ready", h));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
