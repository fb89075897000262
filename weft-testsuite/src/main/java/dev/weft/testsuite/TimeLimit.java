package dev.weft.testsuite;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one command's work with a time limit, so that a validator stuck in a loop becomes one failed
 * command instead of a hung run. The work runs on its own daemon thread; on time-out that thread is
 * interrupted and abandoned (Java cannot stop it), the run goes on.
 */
final class TimeLimit {
    private TimeLimit() {}

    /** How a piece of work ended. */
    sealed interface Ending<T> {
        record Completed<T>(T value) implements Ending<T> {}

        record Threw<T>(Throwable error) implements Ending<T> {}

        record TimedOut<T>(Duration limit) implements Ending<T> {}
    }

    /** Runs {@code work}; a zero or negative {@code limit} means no limit (and runs on this thread). */
    static <T> Ending<T> call(Duration limit, Callable<T> work) {
        if (limit.isZero() || limit.isNegative()) {
            return inline(work);
        }
        CompletableFuture<Ending<T>> ending = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform()
                .daemon()
                .name("weft-conformance-command")
                .start(() -> ending.complete(inline(work)));
        try {
            return ending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return new Ending.TimedOut<>(limit);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return new Ending.Threw<>(e);
        } catch (ExecutionException e) {
            throw new AssertionError("inline() never completes exceptionally", e);
        }
    }

    private static <T> Ending<T> inline(Callable<T> work) {
        try {
            return new Ending.Completed<>(work.call());
        } catch (Throwable e) {
            return new Ending.Threw<>(e);
        }
    }
}
