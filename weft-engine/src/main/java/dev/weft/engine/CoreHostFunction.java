package dev.weft.engine;

/**
 * The Java body of a host function that core code imports. Receives the raw arguments (see the
 * package documentation for the encoding) and returns the raw results: an array of
 * {@link CoreFuncType#resultSlots()} values, or an empty array (or {@code null}) for none.
 *
 * <p>Whatever it throws propagates unchanged through the core frames to the Java caller of the
 * outermost {@link CoreFunction#call}; that is how the component layer raises its own traps.
 */
@FunctionalInterface
public interface CoreHostFunction {
    long[] call(long[] args);
}
