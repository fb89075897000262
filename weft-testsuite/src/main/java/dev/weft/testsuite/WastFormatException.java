package dev.weft.testsuite;

import dev.weft.errors.WeftException;

/** A conformance JSON file cannot be read or does not have the expected shape; says which file and where. */
public final class WastFormatException extends WeftException {
    public WastFormatException(String message) {
        super(message);
    }

    public WastFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
