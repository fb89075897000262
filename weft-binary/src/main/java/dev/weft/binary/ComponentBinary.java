package dev.weft.binary;

import dev.weft.binary.ast.Component;
import dev.weft.binary.decode.ComponentDecoder;
import dev.weft.binary.validate.ComponentValidator;
import dev.weft.binary.validate.ValidatedComponent;
import dev.weft.errors.ComponentFormatException;

/** Entry point of the decode and validate phases: bytes in, an immutable validated component out. */
public final class ComponentBinary {
    private ComponentBinary() {}

    /**
     * Decodes a component binary into its syntax tree, without validating it.
     *
     * @throws dev.weft.errors.MalformedComponentException with a byte offset
     */
    public static Component decode(byte[] bytes) {
        return ComponentDecoder.decode(bytes);
    }

    /**
     * Decodes and validates a component binary.
     *
     * @throws ComponentFormatException (MalformedComponentException or InvalidComponentException) with a byte offset
     */
    public static ValidatedComponent validate(byte[] bytes) {
        return ComponentValidator.validate(decode(bytes));
    }
}
