package dev.weft.wasi.io;

import java.util.OptionalLong;

/**
 * The host side of a {@code wasi:io/poll} {@code pollable}: something that becomes ready (data to
 * read, room to write, a deadline passed). {@code wasi:io/poll.poll} over several pollables checks
 * {@link #ready()} and, while none is, waits: on the one pollable with {@link #block()}, on several
 * by short sleeps bounded by the earliest {@link #deadline()}.
 */
public interface Pollable {
    /** Whether the event happened; never blocks. */
    boolean ready();

    /** Waits until {@link #ready()}; may be interrupted ({@link Thread#interrupt()}). */
    void block();

    /**
     * The {@link System#nanoTime()} at which this pollable becomes ready by itself (a clock
     * subscription), if it is time-based; lets {@code poll} sleep exactly that long.
     */
    default OptionalLong deadline() {
        return OptionalLong.empty();
    }

    /** A pollable that is always ready. */
    static Pollable alwaysReady() {
        return AlwaysReady.INSTANCE;
    }

    /** A pollable ready once {@link System#nanoTime()} reaches {@code nanoTime}. */
    static Pollable at(long nanoTime) {
        return new Deadline(nanoTime);
    }

    /** The always-ready pollable. */
    enum AlwaysReady implements Pollable {
        INSTANCE;

        @Override
        public boolean ready() {
            return true;
        }

        @Override
        public void block() {}
    }

    /** Ready once {@link System#nanoTime()} reaches {@code nanoTime}. */
    record Deadline(long nanoTime) implements Pollable {
        @Override
        public boolean ready() {
            return System.nanoTime() - nanoTime >= 0;
        }

        @Override
        public void block() {
            long left;
            while ((left = nanoTime - System.nanoTime()) > 0) {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        @Override
        public OptionalLong deadline() {
            return OptionalLong.of(nanoTime);
        }
    }
}
