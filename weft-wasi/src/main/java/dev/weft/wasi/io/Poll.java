package dev.weft.wasi.io;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code wasi:io/poll.poll}: waits until at least one of several pollables is ready and says which.
 * One pollable is waited on with {@link Pollable#block()}; several by parking in growing steps
 * (50 µs up to 5 ms) that never overshoot the earliest {@link Pollable#deadline()}, since
 * Java offers no select over arbitrary sources.
 */
public final class Poll {
    private static final long FIRST_STEP = 50_000;
    private static final long LONGEST_STEP = 5_000_000;

    private Poll() {}

    /**
     * The indices of the ready pollables, at least one, in ascending order.
     *
     * @throws IllegalArgumentException if {@code in} is empty
     * @throws CancellationException if the thread is interrupted while waiting
     */
    public static int[] poll(List<Pollable> in) {
        if (in.isEmpty()) throw new IllegalArgumentException("poll needs at least one pollable");
        long step = FIRST_STEP;
        while (true) {
            int[] ready = readyIndices(in);
            if (ready.length > 0) return ready;
            if (Thread.interrupted()) throw new CancellationException("poll interrupted");
            if (in.size() == 1 || allSame(in)) {
                in.get(0).block();
                continue;
            }
            long wait = step;
            for (Pollable p : in) {
                if (p.deadline().isPresent()) wait = Math.min(wait, Math.max(0, p.deadline().getAsLong() - System.nanoTime()));
            }
            if (wait > 0) LockSupport.parkNanos(wait);
            step = Math.min(step * 2, LONGEST_STEP);
        }
    }

    private static int[] readyIndices(List<Pollable> in) {
        int[] ready = new int[in.size()];
        int n = 0;
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).ready()) ready[n++] = i;
        }
        return java.util.Arrays.copyOf(ready, n);
    }

    private static boolean allSame(List<Pollable> in) {
        for (Pollable p : in) {
            if (p != in.get(0)) return false;
        }
        return true;
    }
}
