package dev.weft.binary;

import dev.weft.binary.ast.ByteSlice;

/**
 * Validates the code of one core module (function bodies, constant expressions, everything the
 * component validator does not read). The component layer never parses core code itself: a core
 * engine does, behind this interface, so weft-binary needs no engine.
 */
@FunctionalInterface
public interface CoreModuleValidator {
    /**
     * @param module the module's bytes inside the outer component's buffer
     * @throws dev.weft.errors.ComponentFormatException with an offset in the outer buffer
     */
    void validate(ByteSlice module);

    /** Checks nothing: the component layer's own validation only (core module headers are still read). */
    CoreModuleValidator NONE = module -> { };
}
