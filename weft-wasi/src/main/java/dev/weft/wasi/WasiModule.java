package dev.weft.wasi;

import dev.weft.runtime.Linker;

/**
 * One WASI package's bindings: defines its interfaces in a {@link Linker}, granting what the
 * context's {@link WasiConfig} allows. {@link Wasi#addToLinker} calls every module, with one
 * {@link WasiContext} shared by all, so their streams, pollables and errors are the same resource
 * types. Implementations have a public no-argument constructor.
 */
public interface WasiModule {
    /** Defines this package's interfaces ({@code @0.2.12}, serving any {@code 0.2.x} import) in {@code linker}. */
    void addToLinker(Linker linker, WasiContext ctx);
}
