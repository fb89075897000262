package dev.weft.binary;

import dev.weft.errors.ComponentFormatException;

/**
 * Entry point of the decode and validate phases: bytes in, an immutable validated component out.
 * (Being written: the decoder and validator land in dev.weft.binary.decode / .validate.)
 */
public final class ComponentBinary {
    private ComponentBinary() {}

    /**
     * Decodes and validates a component binary.
     *
     * @throws ComponentFormatException (MalformedComponentException or InvalidComponentException) with a byte offset
     */
    public static Object validate(byte[] bytes) {
        throw new UnsupportedOperationException("decoder not yet wired");
    }
}
