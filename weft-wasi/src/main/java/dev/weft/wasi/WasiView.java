package dev.weft.wasi;

/**
 * Instance data that holds a {@link WasiContext} among other state, as Wasmtime's {@code WasiView}:
 * an instance of a component linked with {@link Wasi#addToLinker(dev.weft.runtime.Linker)} may be
 * given either a {@code WasiContext} or a {@code WasiView} as its data.
 */
@FunctionalInterface
public interface WasiView {
    /** The context of the instance this is the data of. */
    WasiContext wasi();
}
