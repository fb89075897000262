package dev.weft.runtime;

import dev.weft.engine.CoreDeadline;
import dev.weft.engine.CoreInstanceLimits;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a component instance may use, so that a guest cannot hurt the host or other guests
 * (Wasmtime's {@code StoreLimits} and epoch deadlines). Set a default for every instance with
 * {@link Engine.Builder#limits}, or per instance with {@link InstancePre#instantiate(Limits)}.
 *
 * <ul>
 *   <li>{@code maxMemoryBytes}: the most bytes of each linear memory a core instance of the
 *       component defines (per memory, as Wasmtime's {@code StoreLimitsBuilder::memory_size}).
 *       {@code memory.grow} beyond it returns -1 to the guest; a memory that starts beyond it
 *       fails instantiation with {@link dev.weft.engine.MemoryLimitException}.
 *   <li>{@code deadline}: the time each call from the host into the instance (and instantiation,
 *       start functions included) may take. When it expires the guest is stopped (never before,
 *       and at most about 5 ms after, plus scheduling delay), the call throws
 *       {@link Trap} ({@code deadline exceeded (5 s)}) and the instance is poisoned. Time spent in
 *       host functions counts, but a host function is never interrupted: the trap comes when it
 *       returns ({@link CoreDeadline}). A deadline costs about 10 ns per call: it reads no clock
 *       and schedules nothing, a shared watchdog thread does the timing.
 * </ul>
 *
 * <pre>{@code
 * Limits limits = Limits.NONE.withMaxMemoryBytes(64 << 20).withDeadline(Duration.ofSeconds(5));
 * }</pre>
 */
public record Limits(OptionalLong maxMemoryBytes, Optional<Duration> deadline) {
    /** No limits: the default. */
    public static final Limits NONE = new Limits(OptionalLong.empty(), Optional.empty());

    public Limits {
        Objects.requireNonNull(maxMemoryBytes, "maxMemoryBytes");
        Objects.requireNonNull(deadline, "deadline");
        if (maxMemoryBytes.isPresent() && maxMemoryBytes.getAsLong() < 0) {
            throw new IllegalArgumentException("negative memory limit: " + maxMemoryBytes.getAsLong());
        }
        if (deadline.isPresent() && (deadline.get().isNegative() || deadline.get().isZero())) {
            throw new IllegalArgumentException("a deadline must be positive: " + deadline.get());
        }
    }

    public Limits withMaxMemoryBytes(long bytes) {
        return new Limits(OptionalLong.of(bytes), deadline);
    }

    public Limits withDeadline(Duration deadline) {
        return new Limits(maxMemoryBytes, Optional.of(deadline));
    }

    /** The limits of each core instance. */
    CoreInstanceLimits core() {
        return maxMemoryBytes.isPresent() ? new CoreInstanceLimits(maxMemoryBytes.getAsLong()) : CoreInstanceLimits.NONE;
    }
}
