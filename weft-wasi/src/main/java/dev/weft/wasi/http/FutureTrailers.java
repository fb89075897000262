package dev.weft.wasi.http;

import java.util.Optional;

/**
 * The host side of a {@code future-trailers}: ready at once (see {@link IncomingBody#finish});
 * {@code get} yields the outcome once, then an error.
 */
final class FutureTrailers {
    /** What {@code get} answers: not ready, the outcome, or taken already. */
    sealed interface Poll {
        record Outcome(Optional<Fields> trailers, Optional<ErrorCode> error) implements Poll {}

        enum Taken implements Poll { INSTANCE }
    }

    private final Optional<ErrorCode> failure;
    private boolean taken;

    FutureTrailers(Optional<ErrorCode> failure) {
        this.failure = failure;
    }

    synchronized Poll get() {
        if (taken) return Poll.Taken.INSTANCE;
        taken = true;
        return new Poll.Outcome(Optional.empty(), failure);
    }
}
