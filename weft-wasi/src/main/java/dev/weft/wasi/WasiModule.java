package dev.weft.wasi;

import dev.weft.runtime.Linker;

/**
 * One WASI package's bindings: defines its interfaces in a {@link Linker}, granting what the
 * context's {@link WasiConfig} allows. {@link Wasi#addToLinker} calls every module, with one
 * {@link WasiContext} shared by all, so their streams, pollables and errors are the same resource
 * types. Implementations have a public no-argument constructor.
 *
 * <p>A module defines everything through {@link Definitions} ({@link #define}), as closures over
 * {@code ctx}; its resource types are constants, the same for every context, so that
 * {@link Wasi#addToLinker(Linker)} can link the functions once and give each instance its own context.
 */
public interface WasiModule {
    /** Defines this package's interfaces ({@code @0.2.12}, serving any {@code 0.2.x} import) in {@code defs}, for {@code ctx}. */
    void define(Definitions defs, WasiContext ctx);

    /** Defines this package's interfaces ({@code @0.2.12}, serving any {@code 0.2.x} import) in {@code linker}. */
    default void addToLinker(Linker linker, WasiContext ctx) {
        define(Definitions.into(linker), ctx);
    }
}
