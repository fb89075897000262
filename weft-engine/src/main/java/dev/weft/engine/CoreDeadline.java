package dev.weft.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A time limit on core code running on the current thread (Wasmtime's epoch deadline, by thread
 * interruption): when it expires, a shared daemon timer interrupts the thread, and the engine,
 * which checks the interrupt flag at every call and backward branch, stops the guest with a
 * {@link CoreTrap} whose reason is {@link #reason()} ({@code deadline exceeded (5 s)}).
 *
 * <pre>{@code
 * try (CoreDeadline d = CoreDeadline.start(Duration.ofSeconds(5))) {
 *     f.call(args);
 * }
 * }</pre>
 *
 * <p>Host functions ({@link CoreFunction#host}) never see the interrupt: while one runs, an expiry
 * is held back, and the host function's return then traps instead. {@link #close()} cancels the
 * timer and, if it fired, clears the interrupt it delivered (waiting for the timer to finish
 * delivering it), so that no interrupt of a deadline outlives it. Deadlines nest (a host function
 * may call into another guest with its own); the outer one waits while the inner runs.
 */
public final class CoreDeadline implements AutoCloseable {
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    private static final ThreadLocal<CoreDeadline> CURRENT = new ThreadLocal<>();

    private static final int GUEST = 0;
    private static final int HOST = 1;
    /** The timer is interrupting the thread. */
    private static final int FIRING = 2;
    /** The thread was interrupted. */
    private static final int FIRED = 3;
    /** It expired while a host function ran: the host function's return traps. */
    private static final int EXPIRED_IN_HOST = 4;
    /** It expired and the interrupt was taken back: the guest is trapping. */
    private static final int TRAPPED = 5;
    private static final int CLOSED = 6;

    private final Thread thread = Thread.currentThread();
    private final Duration limit;
    private final CoreDeadline outer;
    private final AtomicInteger state = new AtomicInteger(GUEST);
    private final ScheduledFuture<?> timer;

    private CoreDeadline(Duration limit) {
        this.limit = limit;
        this.outer = CURRENT.get();
        CURRENT.set(this);
        this.timer = TIMER.schedule(this::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Starts a deadline of {@code limit} for the current thread; close it on the same thread.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public static CoreDeadline start(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a deadline must be positive: " + limit);
        }
        return new CoreDeadline(limit);
    }

    /** The trap reason of an expired deadline: {@code deadline exceeded (200 ms)}. */
    public String reason() {
        return "deadline exceeded (" + format(limit) + ")";
    }

    /** {@code 200 ms}, {@code 5 s}, {@code 1500 ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms >= 1000 && ms % 1000 == 0 && d.toNanos() % 1_000_000 == 0) return ms / 1000 + " s";
        if (ms > 0 && d.toNanos() % 1_000_000 == 0) return ms + " ms";
        return d.toNanos() + " ns";
    }

    /** The reason of the current thread's innermost deadline if it expired, else null (for engines mapping an interrupt). */
    public static String expiredReason() {
        CoreDeadline d = CURRENT.get();
        if (d == null) return null;
        int s = d.state.get();
        return s == FIRING || s == FIRED || s == EXPIRED_IN_HOST || s == TRAPPED ? d.reason() : null;
    }

    /** The timer's task. */
    private void expire() {
        if (state.compareAndSet(GUEST, FIRING)) {
            thread.interrupt();
            state.set(FIRED);
        } else {
            state.compareAndSet(HOST, EXPIRED_IN_HOST);
        }
    }

    /**
     * A host function is about to run: holds an expiry back. Returns the deadline to pass to
     * {@link #leaveHost}, null without one.
     *
     * @throws CoreTrap if the deadline already expired
     */
    static CoreDeadline enterHost() {
        CoreDeadline d = CURRENT.get();
        if (d == null || d.state.compareAndSet(GUEST, HOST)) {
            return d;
        }
        int s = d.state.get();
        if (s == HOST || s == EXPIRED_IN_HOST) {
            return null; // a host function calling another directly: the outer one leaves
        }
        d.clearInterrupt();
        d.state.set(TRAPPED);
        throw new CoreTrap(d.reason());
    }

    /**
     * The host function returned (or threw).
     *
     * @throws CoreTrap if the deadline expired meanwhile
     */
    static void leaveHost(CoreDeadline d) {
        if (d != null && !d.state.compareAndSet(HOST, GUEST)) {
            d.state.set(TRAPPED);
            throw new CoreTrap(d.reason());
        }
    }

    /** Waits for the timer to finish interrupting, if it started, and clears the flag. */
    private void clearInterrupt() {
        int s;
        while ((s = state.get()) == FIRING) {
            Thread.onSpinWait();
        }
        if (s == FIRED) {
            Thread.interrupted();
        }
    }

    /** Cancels the timer and clears an interrupt it delivered; restores the enclosing deadline. */
    @Override
    public void close() {
        if (state.compareAndSet(GUEST, CLOSED) || state.compareAndSet(HOST, CLOSED)) {
            timer.cancel(false);
        } else {
            clearInterrupt();
            state.set(CLOSED);
        }
        if (outer == null) CURRENT.remove();
        else CURRENT.set(outer);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "weft-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
