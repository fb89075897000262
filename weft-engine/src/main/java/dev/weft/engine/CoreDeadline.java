package dev.weft.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * A time limit on core code running on the current thread (Wasmtime's epoch deadline, by thread
 * interruption): when it expires, a shared daemon watchdog ({@code weft-deadlines}) interrupts the
 * thread, and the engine, which checks the interrupt flag at every call and backward branch, stops
 * the guest with a {@link CoreTrap} whose reason is {@link #reason()} ({@code deadline exceeded (5 s)}).
 *
 * <pre>{@code
 * try (CoreDeadline d = CoreDeadline.start(Duration.ofSeconds(5))) {
 *     f.call(args);
 * }
 * }</pre>
 *
 * <p>Host functions ({@link CoreFunction#host}) never see the interrupt: while one runs, an expiry
 * is held back, and the host function's return then traps instead. {@link #close()} clears the
 * interrupt of an expiry, if one was delivered, so that no interrupt of a deadline outlives it.
 * Deadlines nest (a host function may call into another guest with its own); the outer one is
 * held back while the inner runs, as for any host function. Start and close a deadline on the same
 * thread, in LIFO order.
 *
 * <h2>Cost</h2>
 *
 * Starting and closing a deadline allocates nothing and reads no clock: each thread has a stack of
 * reusable frames (this class; {@link #start} returns the thread's next free one, so do not keep
 * it after {@link #close()}), entering is one volatile write of the frame's state word plus one
 * volatile read of the watchdog's mode, and leaving is one compare-and-set of the state word. The
 * watchdog does the timing: it stamps a call with its own clock the first time it sees it.
 *
 * <h2>The protocol</h2>
 *
 * A frame's state word is {@code generation << 3 | state}; the owner thread bumps the generation
 * (a plain field only it writes) at each {@link #start}, so a word names one call. States:
 *
 * <ul>
 *   <li>{@code IDLE}: no call. Only the owner leaves it.
 *   <li>{@code GUEST}: a call is running outside host functions: interruptible.
 *   <li>{@code HOST}: a host function is running: an expiry is held back.
 *   <li>{@code FIRING}: the watchdog claimed the expiry and is interrupting the thread.
 *   <li>{@code FIRED}: the interrupt was delivered (the flag may still be set).
 *   <li>{@code EXPIRED_IN_HOST}: it expired in a host function, whose return traps.
 *   <li>{@code TRAPPED}: the owner turned the expiry into a trap (and cleared any interrupt).
 * </ul>
 *
 * Transitions, each a single atomic step on the word (CAS unless noted):
 *
 * <pre>
 * owner    start                IDLE|g-1 -> GUEST|g          (volatile write; then reads the watchdog's mode)
 * owner    enterHost            GUEST|g  -> HOST|g           (failing on FIRING/FIRED: clear, -> TRAPPED, trap)
 * owner    leaveHost            HOST|g   -> GUEST|g          (failing on EXPIRED_IN_HOST: -> TRAPPED, trap)
 * owner    close                GUEST|g or HOST|g -> IDLE|g  (failing: wait while FIRING, Thread.interrupted() if FIRED, -> IDLE|g)
 * watchdog expire (in GUEST)    GUEST|g  -> FIRING|g, thread.interrupt(), -> FIRED|g (volatile write)
 * watchdog expire (in HOST)     HOST|g   -> EXPIRED_IN_HOST|g
 * </pre>
 *
 * Why it holds:
 *
 * <ul>
 *   <li><b>No stale interrupt.</b> The watchdog interrupts only after winning the CAS from
 *       {@code GUEST|g}, and the owner cannot leave call {@code g} without its own CAS from
 *       {@code GUEST|g} or {@code HOST|g}: exactly one of the two wins. If the owner wins (the call
 *       ended first, even by a nanosecond) there is no interrupt. If the watchdog wins, the owner's
 *       CAS fails, it waits while {@code FIRING} (the interrupt happens between the two writes, so
 *       once it reads {@code FIRED} the interrupt is done) and clears the flag with
 *       {@link Thread#interrupted()}. The generation in the word makes a CAS with a stale word fail
 *       once the frame is reused by a later call (no ABA), so an expiry of call {@code g} can never
 *       interrupt call {@code g+1}.
 *   <li><b>Host functions run uninterrupted.</b> {@code enterHost} moves {@code GUEST} to
 *       {@code HOST} by CAS; in {@code HOST} the watchdog only records the expiry. If the watchdog
 *       won first, the host function does not run at all: the call traps.
 *   <li><b>The watchdog does not oversleep.</b> It runs (ticks) while any frame is active and
 *       parks indefinitely only when none is: it writes its mode {@code SLEEPING} (volatile), then
 *       rescans every frame, and parks only if the rescan found none active. {@code start} writes
 *       the frame's word (volatile), then reads the mode, and if it is {@code SLEEPING} CASes it to
 *       {@code RUNNING} and unparks the watchdog. Volatile accesses are sequentially consistent,
 *       so either the rescan sees the new call or the starting thread sees {@code SLEEPING} and
 *       wakes the watchdog (a Dekker handshake; {@code unpark} before {@code park} is not lost).
 *       New frames join the registry before their first word write, so the same argument covers
 *       them.
 *   <li><b>Timing.</b> The watchdog stamps a call ({@code seenAt}, its own fields) when it first
 *       sees its generation active, which is no earlier than the call's start: a deadline never
 *       fires early. While calls are active or keep starting it ticks every 1 to 5 ms (a sixteenth
 *       of the smallest active limit, within those bounds) and also wakes when a stamped call is
 *       due; so a call is stamped at most one tick after it starts (at once if the watchdog was
 *       parked: the start wakes it) and stopped at most that late after its deadline, plus
 *       scheduling delay. After 20 ticks without any call it parks until the next one.
 * </ul>
 *
 * <p>A thread interrupted by someone else while a deadline is expiring may lose that interrupt
 * (the owner cannot tell the two apart); an interrupt from elsewhere that stops a guest traps with
 * the reason {@code interrupted}.
 */
public final class CoreDeadline implements AutoCloseable {
    static final int IDLE = 0;
    static final int GUEST = 1;
    static final int HOST = 2;
    static final int FIRING = 3;
    static final int FIRED = 4;
    static final int EXPIRED_IN_HOST = 5;
    static final int TRAPPED = 6;
    private static final int STATE_BITS = 3;
    private static final long STATE_MASK = (1 << STATE_BITS) - 1;

    private static final VarHandle WORD;
    private static final ThreadLocal<Frames> FRAMES = new ThreadLocal<>();

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(CoreDeadline.class, "word", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The owner thread. */
    final Thread thread;
    private final Frames frames;
    private final int depth;
    /** {@code generation << 3 | state}. */
    private volatile long word;
    /** The generation of the current or last call (owner only). */
    private long generation;
    /** The limit of the current or last call (owner only). */
    private Duration limit;
    /** {@code limit} in nanoseconds, saturated: written by the owner before the word, read by the watchdog after it. */
    long limitNanos;

    /** The watchdog's own: the generation it last saw active, and when (its clock). */
    long seenGeneration = -1;
    long seenAt;

    private CoreDeadline(Frames frames, int depth) {
        this.thread = Thread.currentThread();
        this.frames = frames;
        this.depth = depth;
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
        Frames fs = FRAMES.get();
        if (fs == null) {
            fs = new Frames();
            FRAMES.set(fs);
        }
        CoreDeadline d = fs.push();
        d.begin(limit);
        return d;
    }

    private void begin(Duration limit) {
        if (limit != this.limit) {
            this.limit = limit;
            this.limitNanos = nanos(limit);
        }
        word = ++generation << STATE_BITS | GUEST; // volatile: then the mode is read (the Dekker handshake)
        DeadlineWatchdog.awaken();
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
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

    /**
     * The reason of the current thread's deadline that interrupted it (the innermost first), or of
     * its innermost deadline if that expired while a host function ran; null if none expired (for
     * engines mapping an interrupt).
     */
    public static String expiredReason() {
        Frames fs = FRAMES.get();
        if (fs == null) return null;
        for (int i = fs.depth - 1; i >= 0; i--) {
            CoreDeadline d = fs.stack[i];
            int s = state(d.word);
            if (s == FIRING || s == FIRED || (i == fs.depth - 1 && (s == EXPIRED_IN_HOST || s == TRAPPED))) {
                return d.reason();
            }
        }
        return null;
    }

    private static int state(long word) {
        return (int) (word & STATE_MASK);
    }

    private long word(int state) {
        return generation << STATE_BITS | state;
    }

    /**
     * A host function is about to run: holds an expiry back. Returns the deadline to pass to
     * {@link #leaveHost}, null without one.
     *
     * @throws CoreTrap if the deadline already expired
     */
    static CoreDeadline enterHost() {
        Frames fs = FRAMES.get();
        if (fs == null || fs.depth == 0) return null;
        CoreDeadline d = fs.stack[fs.depth - 1];
        if (WORD.compareAndSet(d, d.word(GUEST), d.word(HOST))) {
            return d;
        }
        int s = state(d.word);
        if (s == HOST || s == EXPIRED_IN_HOST) {
            return null; // a host function calling another directly: the outer one leaves
        }
        d.clearInterrupt();
        d.word = d.word(TRAPPED);
        throw new CoreTrap(d.reason());
    }

    /**
     * The host function returned (or threw).
     *
     * @throws CoreTrap if the deadline expired meanwhile
     */
    static void leaveHost(CoreDeadline d) {
        if (d != null && !WORD.compareAndSet(d, d.word(HOST), d.word(GUEST))) {
            d.word = d.word(TRAPPED); // EXPIRED_IN_HOST: no interrupt was delivered
            throw new CoreTrap(d.reason());
        }
    }

    /** Waits for the watchdog to finish interrupting, if it started, and clears the flag. */
    private void clearInterrupt() {
        long w;
        int spins = 0;
        while (state(w = word) == FIRING) {
            if (++spins < 1_000) Thread.onSpinWait();
            else Thread.yield(); // the watchdog was descheduled between its two writes
        }
        if (state(w) == FIRED) {
            Thread.interrupted();
        }
    }

    /**
     * Ends the deadline: clears an interrupt it delivered and makes the enclosing deadline (if any)
     * the current one. Does nothing if already closed.
     *
     * @throws IllegalStateException on another thread, or while a deadline started after this one is open
     */
    @Override
    public void close() {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("a deadline must be closed on the thread that started it");
        }
        int s = state(word);
        if (s == IDLE) return;
        if (frames.depth != depth + 1) {
            throw new IllegalStateException("a deadline closed before the deadline started after it");
        }
        if (!WORD.compareAndSet(this, word(GUEST), word(IDLE)) && !WORD.compareAndSet(this, word(HOST), word(IDLE))) {
            clearInterrupt();
            word = word(IDLE);
        }
        frames.depth = depth;
    }

    /**
     * The watchdog: {@code word} was seen with a generation that has now lasted its limit. Claims the
     * expiry unless the call ended (or the frame moved on to another call) meanwhile.
     */
    void expire(long w) {
        long generation = w >>> STATE_BITS;
        while (w >>> STATE_BITS == generation) {
            int s = state(w);
            if (s == GUEST) {
                if (WORD.compareAndSet(this, w, generation << STATE_BITS | FIRING)) {
                    try {
                        thread.interrupt();
                    } finally {
                        word = generation << STATE_BITS | FIRED;
                    }
                    return;
                }
            } else if (s == HOST) {
                if (WORD.compareAndSet(this, w, generation << STATE_BITS | EXPIRED_IN_HOST)) return;
            } else {
                return;
            }
            w = word; // the owner entered or left a host function: try again
        }
    }

    /** The watchdog: the state word (volatile). */
    long word() {
        return word;
    }

    static boolean active(long word) {
        int s = state(word);
        return s == GUEST || s == HOST;
    }

    static long generation(long word) {
        return word >>> STATE_BITS;
    }

    /** A thread's frames (owner only). */
    private static final class Frames {
        CoreDeadline[] stack = new CoreDeadline[2];
        int depth;

        CoreDeadline push() {
            int d = depth;
            if (d == stack.length) stack = Arrays.copyOf(stack, d * 2);
            CoreDeadline f = stack[d];
            if (f == null) {
                f = stack[d] = new CoreDeadline(this, d);
                DeadlineWatchdog.register(f); // before its first word write
            }
            depth = d + 1;
            return f;
        }
    }
}
