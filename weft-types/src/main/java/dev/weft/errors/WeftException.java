package dev.weft.errors;

/** Base of every exception a user or a guest can cause. Broken internal invariants are assertions instead. */
public abstract class WeftException extends RuntimeException {
    protected WeftException(String message) {
        super(message);
    }

    protected WeftException(String message, Throwable cause) {
        super(message, cause);
    }
}
