package dev.weft.binary.validate;

import dev.weft.errors.InvalidComponentException;
import java.util.function.Supplier;

/** Building and decorating validation errors (wasmparser's {@code bail!} and {@code with_context}). */
final class Errors {
    private Errors() {}

    static InvalidComponentException invalid(long offset, String reason) {
        return new InvalidComponentException(offset, reason);
    }

    /** Runs {@code check}; if it fails, prefixes its reason with {@code context} on a line of its own. */
    static void withContext(Runnable check, Supplier<String> context) {
        try {
            check.run();
        } catch (InvalidComponentException e) {
            throw new InvalidComponentException(e.offset(), context.get() + "\n" + e.reason(), e);
        }
    }
}
