package dev.weft.engine;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The one daemon thread ({@code weft-deadlines}) that times every {@link CoreDeadline}: a registry
 * of every thread's frames, scanned each tick while any is active; see {@link CoreDeadline} for the
 * protocol. Idle, it parks until a deadline starts.
 */
final class DeadlineWatchdog {
    static final long MIN_TICK = TimeUnit.MILLISECONDS.toNanos(1);
    static final long MAX_TICK = TimeUnit.MILLISECONDS.toNanos(5);
    /** Ticks in a row without any call before parking for good (20 to 100 ms). */
    private static final int IDLE_TICKS = 20;

    private static final int RUNNING = 0;
    private static final int SLEEPING = 1;

    private static final ConcurrentLinkedQueue<CoreDeadline> FRAMES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger MODE = new AtomicInteger(SLEEPING);
    private static final Thread THREAD = start();
    /** The tick of the last pass that saw active frames, kept while calls come and go (the watchdog's own). */
    private static long tick = MAX_TICK;

    private DeadlineWatchdog() {}

    private static Thread start() {
        Thread t = new Thread(DeadlineWatchdog::run, "weft-deadlines");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A new frame; its owner writes its word only after this. */
    static void register(CoreDeadline frame) {
        FRAMES.add(frame);
    }

    /** A frame's word was just written active (volatile): wakes the watchdog if it sleeps. */
    static void awaken() {
        if (MODE.get() == SLEEPING && MODE.compareAndSet(SLEEPING, RUNNING)) {
            LockSupport.unpark(THREAD);
        }
    }

    private static void run() {
        int idle = 0;
        for (;;) {
            try {
                if (MODE.get() == SLEEPING) {
                    LockSupport.park(DeadlineWatchdog.class);
                    continue;
                }
                long next = scan(System.nanoTime());
                if (next != 0) {
                    idle = 0;
                    LockSupport.parkNanos(DeadlineWatchdog.class, next > 0 ? next : tick);
                } else if (++idle < IDLE_TICKS) {
                    LockSupport.parkNanos(DeadlineWatchdog.class, tick);
                } else {
                    idle = 0;
                    MODE.set(SLEEPING);
                    if (scan(System.nanoTime()) != 0) { // a call started meanwhile (the Dekker handshake)
                        MODE.set(RUNNING);
                    }
                }
            } catch (Throwable t) {
                // keep timing the others (an OutOfMemoryError, say); a deadline is never dropped
                // silently: the next scan sees it again
                LockSupport.parkNanos(DeadlineWatchdog.class, MIN_TICK);
            }
        }
    }

    /**
     * One pass over the frames at {@code now}: stamps newly seen calls, expires those due, drops
     * frames of threads that ended. Returns how long to park before the next pass; if no frame is
     * active, -1 if a call started since the last pass, else 0.
     */
    static long scan(long now) {
        long next = Long.MAX_VALUE;
        long smallestLimit = Long.MAX_VALUE;
        boolean busy = false;
        for (Iterator<CoreDeadline> it = FRAMES.iterator(); it.hasNext(); ) {
            CoreDeadline f = it.next();
            long w = f.word();
            long generation = CoreDeadline.generation(w);
            if (!CoreDeadline.active(w)) {
                if (f.seenGeneration != generation) { // a call came and went since the last pass
                    f.seenGeneration = generation;
                    busy = true;
                } else if (!f.thread.isAlive()) {
                    it.remove();
                }
                continue;
            }
            long limit = f.limitNanos;
            long remaining;
            if (f.seenGeneration != generation) {
                f.seenGeneration = generation;
                f.seenAt = now;
                remaining = limit;
            } else {
                remaining = limit - (now - f.seenAt);
                if (remaining <= 0) {
                    f.expire(w);
                    continue;
                }
            }
            next = Math.min(next, remaining);
            smallestLimit = Math.min(smallestLimit, limit);
        }
        if (next == Long.MAX_VALUE) return busy ? -1 : 0;
        tick = Math.clamp(smallestLimit / 16, MIN_TICK, MAX_TICK);
        return Math.max(1_000, Math.min(tick, next));
    }
}
