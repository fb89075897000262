package dev.weft.engine;

/**
 * A core function: exported by an instance, or a host function made with {@link #host}.
 * Arguments and results are raw (see the package documentation); v128 takes two slots.
 */
public non-sealed interface CoreFunction extends CoreExtern {
    long[] NO_VALUES = new long[0];

    @Override
    CoreFuncType type();

    /**
     * Calls the function. Returns its results ({@link #NO_VALUES} when it has none).
     *
     * @throws CoreTrap if core code traps
     * @throws IllegalArgumentException if {@code args.length} is not {@link CoreFuncType#paramSlots()}
     */
    long[] call(long... args);

    /** Calls a function without parameters. */
    default long[] call() {
        return call(NO_VALUES);
    }

    /** Calls a function with exactly one result slot and returns it. */
    default long callForLong(long... args) {
        long[] results = call(args);
        assert results.length == 1 : "callForLong on " + type();
        return results[0];
    }

    /** A host function of the given type, engine-neutral: any engine can import it. */
    static CoreFunction host(CoreFuncType type, CoreHostFunction body) {
        return new HostFunction(type, body);
    }
}
