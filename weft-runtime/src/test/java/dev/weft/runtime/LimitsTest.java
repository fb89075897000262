package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MemoryLimitException;
import dev.weft.runtime.value.Value;
import java.time.Duration;
import java.util.Optional;
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
