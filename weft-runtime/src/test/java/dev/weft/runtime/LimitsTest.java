package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MemoryLimitException;
import dev.weft.runtime.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Limits}: deadlines stop a spinning guest, memory limits stop a growing one (limits.wat). */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without deadlines, spin() would hang
class LimitsTest {
    private static final Limits DEADLINE = Limits.NONE.withDeadline(Duration.ofMillis(200));

    private static InstancePre pre(Execution execution, HostFunction wait) {
        Engine engine = Engine.builder().execution(execution).build();
        Component component = Component.fromBytes(engine, TestComponents.resource("limits.wasm"));
        return new Linker(engine).func("wait", wait).instantiatePre(component);
    }

    private static InstancePre pre(Execution execution) {
        return pre(execution, args -> Optional.empty());
    }

    private static ComponentFunction func(Instance instance, String name) {
        return instance.func(name).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void deadlineStopsAnInfiniteLoop(Execution execution) {
        InstancePre pre = pre(execution);
        Instance instance = pre.instantiate(DEADLINE);
        long start = System.nanoTime();
        Trap trap = assertThrows(Trap.class, () -> func(instance, "spin").call());
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("wasm trap: deadline exceeded (200 ms)", trap.getMessage());
        assertTrue(elapsedMs >= 190 && elapsedMs < 5_000, elapsedMs + " ms");
        assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt leaked");
        Trap poisoned = assertThrows(Trap.class, () -> func(instance, "add").call(Value.u32(1), Value.u32(2)));
        assertTrue(poisoned.getMessage().contains("cannot enter component instance"), poisoned.getMessage());
        Instance other = pre.instantiate(DEADLINE);
        assertEquals(Optional.of(Value.u32(5)), func(other, "add").call(Value.u32(2), Value.u32(3)));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void engineDeadlineAppliesToEveryInstance(Execution execution) {
        Engine engine = Engine.builder().execution(execution).limits(DEADLINE).build();
        Component component = Component.fromBytes(engine, TestComponents.resource("limits.wasm"));
        Instance instance = new Linker(engine).func("wait", args -> Optional.empty()).instantiate(component);
        Trap trap = assertThrows(Trap.class, () -> func(instance, "spin").call());
        assertEquals("deadline exceeded (200 ms)", trap.reason());
        assertFalse(Thread.interrupted());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void deadlinesExpiringAroundACallsEndLeaveNoInterrupt(Execution execution) {
        InstancePre pre = pre(execution);
        Limits limits = Limits.NONE.withDeadline(Duration.ofNanos(200_000));
        int trapped = 0;
        for (int i = 0; i < 1_000; i++) {
            try {
                Instance instance = pre.instantiate(limits);
                for (int j = 0; j < 10; j++) func(instance, "add").call(Value.u32(i), Value.u32(1));
            } catch (Trap t) {
                assertEquals("deadline exceeded (200000 ns)", t.reason());
                trapped++;
            }
            assertFalse(Thread.currentThread().isInterrupted(), "round " + i + ", " + trapped + " trapped");
        }
    }

    /**
     * Two threads each make 2,500 calls of about 0 to 2 ms under a 1 ms deadline while a third
     * calls without one: each call either returns its result or traps with the deadline, none traps
     * before its deadline, no interrupt outlives a call, and the third thread is never stopped.
     */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void racingDeadlinesOnTwoThreads(Execution execution) throws Exception {
        InstancePre pre = pre(execution);
        long countsPerMs = countsPerMs(pre.instantiate());
        Limits limits = Limits.NONE.withDeadline(Duration.ofMillis(1));
        Callable<int[]> racer = () -> {
            int trapped = 0;
            int returned = 0;
            Instance instance = null;
            for (int i = 0; i < 2_500; i++) {
                long n = ThreadLocalRandom.current().nextLong(0, 2 * countsPerMs);
                long start = System.nanoTime();
                try {
                    if (instance == null) instance = pre.instantiate(limits);
                    assertEquals(Optional.of(Value.u32((int) n)), func(instance, "count").call(Value.u32((int) n)));
                    returned++;
                } catch (Trap t) {
                    long elapsed = System.nanoTime() - start;
                    assertEquals("deadline exceeded (1 ms)", t.reason());
                    assertTrue(elapsed >= 1_000_000, "trapped after " + elapsed + " ns");
                    trapped++;
                    instance = null; // poisoned
                }
                assertFalse(Thread.currentThread().isInterrupted(), "call " + i + ": the deadline's interrupt leaked");
            }
            return new int[] {trapped, returned};
        };
        AtomicBoolean done = new AtomicBoolean();
        Callable<Integer> bystander = () -> {
            ComponentFunction count = func(pre.instantiate(Limits.NONE), "count");
            int calls = 0;
            while (!done.get()) {
                assertEquals(Optional.of(Value.u32(1000)), count.call(Value.u32(1000)));
                assertFalse(Thread.currentThread().isInterrupted());
                calls++;
                Thread.sleep(1);
            }
            return calls;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            Future<Integer> third = pool.submit(bystander);
            List<int[]> results = new ArrayList<>();
            try {
                for (Future<int[]> f : pool.invokeAll(List.of(racer, racer))) results.add(f.get());
            } finally {
                done.set(true);
            }
            assertTrue(third.get() > 0);
            for (int[] r : results) assertTrue(r[0] > 0 && r[1] > 0, "trapped " + r[0] + ", returned " + r[1]);
        }
    }

    /** About how many iterations count() makes in a millisecond, once warm. */
    private static long countsPerMs(Instance instance) {
        ComponentFunction count = func(instance, "count");
        int n = 10_000;
        for (int round = 0; ; round++) {
            long start = System.nanoTime();
            count.call(Value.u32(n));
            long elapsed = System.nanoTime() - start;
            if (elapsed >= 20_000_000 && round >= 5) return Math.max(1, n * 1_000_000L / elapsed);
            if (elapsed < 20_000_000) n = (int) Math.min(Integer.MAX_VALUE / 2, n * 2L);
        }
    }

    /** Every expired deadline stops its guest, on time, on two threads at once. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void everyExpiredDeadlineTraps(Execution execution) throws Exception {
        InstancePre pre = pre(execution);
        Limits limits = Limits.NONE.withDeadline(Duration.ofMillis(2));
        Callable<Long> spinner = () -> {
            long latest = 0;
            for (int i = 0; i < 100; i++) {
                Instance instance;
                try {
                    instance = pre.instantiate(limits); // itself under the deadline
                } catch (Trap t) {
                    assertEquals("deadline exceeded (2 ms)", t.reason());
                    continue;
                }
                long start = System.nanoTime();
                Trap trap = assertThrows(Trap.class, () -> func(instance, "spin").call());
                long elapsed = System.nanoTime() - start;
                assertEquals("deadline exceeded (2 ms)", trap.reason());
                assertTrue(elapsed >= 2_000_000, "early: " + elapsed + " ns");
                assertFalse(Thread.currentThread().isInterrupted());
                latest = Math.max(latest, elapsed - 2_000_000);
            }
            return latest;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<Long> f : pool.invokeAll(List.of(spinner, spinner))) {
                long late = f.get();
                // the design aims at a few ms; a loaded 2-core machine may take longer
                assertTrue(late < 250_000_000, "a deadline was " + late / 1_000_000 + " ms late");
            }
        }
    }

    /** A host function is never interrupted: the deadline traps when it returns. */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void hostFunctionsFinishBeforeTheDeadlineTraps(Execution execution) {
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        Instance instance = pre(execution, args -> {
            try {
                Thread.sleep(300);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return Optional.empty();
        }).instantiate(DEADLINE);
        Trap trap = assertThrows(Trap.class, () -> func(instance, "call-host").call());
        assertEquals("deadline exceeded (200 ms)", trap.reason());
        assertTrue(finished.get());
        assertFalse(interrupted.get());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void memoryGrowStopsAtTheLimit(Execution execution) {
        Instance instance = pre(execution).instantiate(Limits.NONE.withMaxMemoryBytes(1 << 20));
        assertEquals(Optional.of(Value.u32(16)), func(instance, "grow").call());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void memoryStartingBeyondTheLimitFailsInstantiation(Execution execution) {
        Engine engine = Engine.builder().execution(execution).limits(Limits.NONE.withMaxMemoryBytes(1 << 20)).build();
        Component component = Component.fromBytes(engine, TestComponents.resource("big-memory.wasm"));
        Linker linker = new Linker(engine);
        var e = assertThrows(MemoryLimitException.class, () -> linker.instantiate(component));
        assertEquals("memory of 2097152 bytes exceeds the limit of 1048576 bytes", e.getMessage());
        linker.instantiatePre(component).instantiate(Limits.NONE.withMaxMemoryBytes(2 << 20)); // fits
    }
}
