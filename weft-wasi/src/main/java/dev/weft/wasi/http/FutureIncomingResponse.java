package dev.weft.wasi.http;

import dev.weft.wasi.io.Pollable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The host side of a {@code future-incoming-response}: the response the HTTP client is waiting for.
 * {@code subscribe} is ready once it arrived or failed; {@code get} hands the outcome out once.
 */
final class FutureIncomingResponse implements AutoCloseable {
    /** What {@code get} answers. */
    sealed interface Poll {
        enum Pending implements Poll { INSTANCE }

        enum Taken implements Poll { INSTANCE }

        record Response(IncomingResponse response) implements Poll {}

        record Failed(ErrorCode code) implements Poll {}
    }

    private final CompletableFuture<IncomingResponse> future;
    private boolean taken;

    /** A future completing with the response, or exceptionally with what {@link Failures#code} maps. */
    FutureIncomingResponse(CompletableFuture<IncomingResponse> future) {
        this.future = future;
    }

    Pollable subscribe() {
        return new Pollable() {
            @Override
            public boolean ready() {
                return future.isDone();
            }

            @Override
            public void block() {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | RuntimeException e) {
                    // done, failed: get reports it
                }
            }
        };
    }

    synchronized Poll get() {
        if (!future.isDone()) return Poll.Pending.INSTANCE;
        if (taken) return Poll.Taken.INSTANCE;
        taken = true;
        try {
            return new Poll.Response(future.join());
        } catch (RuntimeException e) {
            return new Poll.Failed(Failures.code(e));
        }
    }

    /** Dropped: a response not taken is discarded, a request still running cancelled. */
    @Override
    public synchronized void close() {
        if (taken) return;
        taken = true;
        if (!future.cancel(true) && !future.isCompletedExceptionally()) future.join().close();
    }
}
