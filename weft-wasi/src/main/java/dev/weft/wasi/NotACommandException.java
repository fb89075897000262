package dev.weft.wasi;

import dev.weft.errors.WeftException;

/** The component exports no {@code wasi:cli/run@0.2.x} {@code run} function, so it cannot run as a command. */
public final class NotACommandException extends WeftException {
    public NotACommandException(String message) {
        super(message);
    }
}
