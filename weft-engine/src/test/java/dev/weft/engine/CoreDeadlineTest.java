package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link CoreDeadline}'s protocol without any guest: the deadline's "guest" is a Java loop that
 * polls the interrupt flag, as the engine does at calls and backward branches.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CoreDeadlineTest {
    /** How late an expiry may be on a busy 2-core machine before a test fails (the design aims at a few ms). */
    private static final long LATE_NANOS = Duration.ofMillis(250).toNanos();

    /** Polls the flag until it is set or {@code nanos} pass; returns whether it was set. */
    private static boolean runUntilInterrupted(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() - end < 0) {
            if (Thread.currentThread().isInterrupted()) return true;
            Thread.onSpinWait();
        }
        return Thread.currentThread().isInterrupted();
    }

    @Test
    void interruptsTheThreadOnceTheLimitPassed() {
        long start = System.nanoTime();
        try (CoreDeadline d = CoreDeadline.start(Duration.ofMillis(20))) {
            assertTrue(runUntilInterrupted(Duration.ofSeconds(10).toNanos()));
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed >= Duration.ofMillis(20).toNanos(), "early: " + elapsed + " ns");
            assertTrue(elapsed < Duration.ofMillis(20).toNanos() + LATE_NANOS, "late: " + elapsed + " ns");
            assertEquals("deadline exceeded (20 ms)", CoreDeadline.expiredReason());
            assertEquals("deadline exceeded (20 ms)", d.reason());
        }
        assertFalse(Thread.interrupted(), "the deadline's interrupt leaked");
        assertNull(CoreDeadline.expiredReason());
    }

    /** After a long idle spell the watchdog parks for good; a new deadline wakes it. */
    @Test
    void theWatchdogWakesForADeadlineAfterIdling() throws InterruptedException {
        Thread.sleep(400);
        long start = System.nanoTime();
        try (CoreDeadline d = CoreDeadline.start(Duration.ofMillis(3))) {
            assertTrue(runUntilInterrupted(Duration.ofSeconds(10).toNanos()));
            assertTrue(System.nanoTime() - start < Duration.ofMillis(3).toNanos() + LATE_NANOS);
        }
        assertFalse(Thread.interrupted());
    }

    @Test
    void aDeadlineClosedInTimeNeverInterrupts() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            try (CoreDeadline d = CoreDeadline.start(Duration.ofMillis(50))) {
                assertFalse(runUntilInterrupted(Duration.ofMillis(10).toNanos()));
            }
        }
        Thread.sleep(150); // past the limits
        assertFalse(Thread.interrupted());
    }

    @Test
    void rejectsLimitsThatAreNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> CoreDeadline.start(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> CoreDeadline.start(Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> CoreDeadline.start(null));
        try (CoreDeadline d = CoreDeadline.start(Duration.ofSeconds(Long.MAX_VALUE))) { // saturates
            assertFalse(runUntilInterrupted(Duration.ofMillis(5).toNanos()));
        }
    }

    @Test
    void closingOutOfOrderOrOnAnotherThreadFails() throws Exception {
        try (CoreDeadline outer = CoreDeadline.start(Duration.ofSeconds(10))) {
            try (CoreDeadline inner = CoreDeadline.start(Duration.ofSeconds(10))) {
                assertThrows(IllegalStateException.class, outer::close);
                try (ExecutorService other = Executors.newSingleThreadExecutor()) {
                    Future<?> f = other.submit(inner::close);
                    var e = assertThrows(java.util.concurrent.ExecutionException.class, f::get);
                    assertTrue(e.getCause() instanceof IllegalStateException);
                }
            }
            outer.close();
            outer.close(); // closing twice does nothing
        }
    }

    /** A host function runs to its end: the expiry is held back, and its return traps. */
    @Test
    void anExpiryInAHostFunctionTrapsWhenItReturns() throws InterruptedException {
        try (CoreDeadline d = CoreDeadline.start(Duration.ofMillis(5))) {
            CoreDeadline host = CoreDeadline.enterHost();
            Thread.sleep(60); // would throw if interrupted
            CoreTrap trap = assertThrows(CoreTrap.class, () -> CoreDeadline.leaveHost(host));
            assertEquals("deadline exceeded (5 ms)", trap.reason());
            assertEquals("deadline exceeded (5 ms)", CoreDeadline.expiredReason());
        }
        assertFalse(Thread.interrupted());
    }

    /** An expiry before a host function is entered: the host function does not run, the call traps. */
    @Test
    void anExpiryBeforeAHostFunctionTrapsAtItsEntry() {
        try (CoreDeadline d = CoreDeadline.start(Duration.ofMillis(2))) {
            assertTrue(runUntilInterrupted(Duration.ofSeconds(10).toNanos()));
            CoreTrap trap = assertThrows(CoreTrap.class, CoreDeadline::enterHost);
            assertEquals("deadline exceeded (2 ms)", trap.reason());
            assertFalse(Thread.currentThread().isInterrupted(), "the trap clears the interrupt");
        }
        assertFalse(Thread.interrupted());
    }

    @Test
    void hostFunctionsOutsideDeadlinesAreNotHeldBack() {
        assertNull(CoreDeadline.enterHost());
        CoreDeadline.leaveHost(null);
    }

    /** A host function calls into another guest with a shorter deadline: the inner one stops it. */
    @Test
    void anInnerDeadlineStopsTheInnerCall() {
        try (CoreDeadline outer = CoreDeadline.start(Duration.ofSeconds(10))) {
            CoreDeadline host = CoreDeadline.enterHost();
            try (CoreDeadline inner = CoreDeadline.start(Duration.ofMillis(3))) {
                assertTrue(runUntilInterrupted(Duration.ofSeconds(10).toNanos()));
                assertEquals("deadline exceeded (3 ms)", CoreDeadline.expiredReason());
            }
            assertFalse(Thread.currentThread().isInterrupted());
            assertNull(CoreDeadline.expiredReason());
            CoreDeadline.leaveHost(host); // the outer one did not expire
        }
        assertFalse(Thread.interrupted());
    }

    /** The outer deadline expires while the inner call runs: it waits for the host function's return. */
    @Test
    void anOuterDeadlineWaitsForTheHostFunction() {
        try (CoreDeadline outer = CoreDeadline.start(Duration.ofMillis(3))) {
            CoreDeadline host = CoreDeadline.enterHost();
            try (CoreDeadline inner = CoreDeadline.start(Duration.ofSeconds(10))) {
                assertFalse(runUntilInterrupted(Duration.ofMillis(60).toNanos()));
            }
            CoreTrap trap = assertThrows(CoreTrap.class, () -> CoreDeadline.leaveHost(host));
            assertEquals("deadline exceeded (3 ms)", trap.reason());
        }
        assertFalse(Thread.interrupted());
    }

    /**
     * Deadlines expiring around the end of the call, on two threads at once, with a third thread
     * without any: no interrupt outlives its deadline, none reaches another thread, none comes
     * early, and each of them that does fire lands while its deadline is open.
     */
    @Test
    void racingDeadlinesLeaveNoInterruptBehind() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean bystanderInterrupted = new AtomicBoolean();
        Thread bystander = Thread.ofPlatform().daemon().start(() -> {
            while (!done.get()) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    bystanderInterrupted.set(true);
                }
            }
        });
        Callable<int[]> racer = () -> {
            int fired = 0;
            int closedInTime = 0;
            for (int i = 0; i < 3_000; i++) {
                long limit = ThreadLocalRandom.current().nextLong(1, 1_500_000); // up to 1.5 ms
                long run = ThreadLocalRandom.current().nextLong(0, 2_500_000);
                long start = System.nanoTime();
                try (CoreDeadline d = CoreDeadline.start(Duration.ofNanos(limit))) {
                    if (runUntilInterrupted(run)) {
                        long elapsed = System.nanoTime() - start;
                        if (elapsed < limit) throw new AssertionError("fired after " + elapsed + " ns of " + limit);
                        fired++;
                    } else {
                        closedInTime++;
                    }
                }
                if (Thread.currentThread().isInterrupted()) throw new AssertionError("round " + i + ": the interrupt leaked");
            }
            return new int[] {fired, closedInTime};
        };
        List<int[]> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<int[]>> futures = pool.invokeAll(List.of(racer, racer));
            for (Future<int[]> f : futures) results.add(f.get());
        } finally {
            done.set(true);
            bystander.join();
        }
        assertFalse(bystanderInterrupted.get(), "a thread without a deadline was interrupted");
        for (int[] r : results) {
            assertTrue(r[0] > 0 && r[1] > 0, "fired " + r[0] + ", closed in time " + r[1]);
        }
    }
}
