package dev.weft.binary.validate.canon;

/**
 * The Component Model proposals that gate {@code canon} definitions, named after wasmparser's
 * {@code WasmFeatures} flags: 🔀 {@code async} (cm_async), 🚟 stackful async (cm_async_stackful),
 * 🚝 more async built-ins (cm_more_async_builtins), 🧵 threading (cm_threading), 📝 error context
 * (cm_error_context), 🐘 64-bit memories and representations (cm64) and 🧵② shared-everything
 * threads ({@code thread.spawn-*}, {@code thread.available-parallelism}).
 */
public record CanonFeatures(
        boolean async,
        boolean asyncStackful,
        boolean asyncBuiltins,
        boolean threading,
        boolean errorContext,
        boolean memory64,
        boolean sharedEverythingThreads) {

    /** Every proposal enabled: what the conformance tests expect. */
    public static final CanonFeatures ALL = new CanonFeatures(true, true, true, true, true, true, true);

    /** Only the MVP: every 🔀 🚟 🚝 🧵 📝 🐘 🧵② definition is rejected. */
    public static final CanonFeatures MVP = new CanonFeatures(false, false, false, false, false, false, false);
}
