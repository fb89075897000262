package dev.weft.testsuite;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.CoreModuleValidator;
import dev.weft.binary.ast.ByteSlice;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreEngine.Options;
import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import dev.weft.errors.ComponentFormatException;

/**
 * Decodes and validates a component binary: returns normally when it is valid, throws a
 * {@link ComponentFormatException} when it is not. Anything else it throws is a bug (a crash).
 * Tests pass fakes; {@link #weft()} is the real one.
 */
@FunctionalInterface
public interface ComponentValidator {
    void validate(byte[] bytes);

    /**
     * Weft's decoder and validator, {@link ComponentBinary#validate(byte[], CoreModuleValidator)},
     * with the code of core modules validated by Chicory (interpreter mode: parse and validate only).
     */
    static ComponentValidator weft() {
        CoreEngine engine = CoreEngine.chicory(Options.interpreter());
        return bytes -> ComponentBinary.validate(bytes, module -> validateCore(engine, module));
    }

    private static void validateCore(CoreEngine engine, ByteSlice module) {
        try {
            engine.validate(module.buffer(), module.offset(), module.length());
        } catch (MalformedComponentException e) {
            throw new MalformedComponentException(module.offset() + e.offset(), "malformed core module: " + e.reason(), e);
        } catch (InvalidComponentException e) {
            throw new InvalidComponentException(module.offset() + e.offset(), "invalid core module: " + e.reason(), e);
        }
    }
}
