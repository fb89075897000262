package dev.weft.binary.validate.canon;

import dev.weft.errors.InvalidComponentException;

/** Feature gates, with wasmparser's wording ("`x` requires the component model async feature"). */
final class Require {
    private Require() {}

    static void async(CanonContext ctx, String builtin, int offset) {
        gate(ctx.features().async(), "`" + builtin + "` requires the component model async feature", offset);
    }

    /** 🚝: the {@code async} / {@code cancellable} immediates and synchronous stream/future copies. */
    static void asyncBuiltins(CanonContext ctx, String what, int offset) {
        gate(ctx.features().asyncBuiltins(),
                what + " requires the component model more async builtins feature", offset);
    }

    static void threading(CanonContext ctx, String builtin, int offset) {
        gate(ctx.features().threading(), "`" + builtin + "` requires the component model threading feature", offset);
    }

    static void errorContext(CanonContext ctx, String builtin, int offset) {
        gate(ctx.features().errorContext(),
                "`" + builtin + "` requires the component model error-context feature", offset);
    }

    static void sharedEverythingThreads(CanonContext ctx, String builtin, int offset) {
        gate(ctx.features().sharedEverythingThreads(),
                "`" + builtin + "` requires the shared-everything-threads proposal", offset);
    }

    static void memory64(CanonContext ctx, String message, int offset) {
        gate(ctx.features().memory64(), message, offset);
    }

    static void gate(boolean enabled, String message, int offset) {
        if (!enabled) throw new InvalidComponentException(offset, message);
    }
}
