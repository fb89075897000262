package dev.weft.testsuite;

import dev.weft.binary.ComponentBinary;
import dev.weft.errors.ComponentFormatException;

/**
 * Decodes and validates a component binary: returns normally when it is valid, throws a
 * {@link ComponentFormatException} when it is not. Anything else it throws is a bug (a crash).
 * Tests pass fakes; {@link #weft()} is the real one.
 */
@FunctionalInterface
public interface ComponentValidator {
    void validate(byte[] bytes);

    /** Weft's decoder and validator, {@link ComponentBinary#validate(byte[])}. */
    static ComponentValidator weft() {
        return ComponentBinary::validate;
    }
}
