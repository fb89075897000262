package dev.weft.engine;

/** A core global (<a href="https://webassembly.github.io/spec/core/exec/runtime.html#global-instances">spec</a>). */
public non-sealed interface CoreGlobal extends CoreExtern {
    @Override
    CoreGlobalType type();

    /** The raw value (for v128: the low 64 bits). */
    long get();

    /**
     * Sets the raw value.
     *
     * @throws IllegalStateException if the global is immutable
     */
    void set(long value);
}
