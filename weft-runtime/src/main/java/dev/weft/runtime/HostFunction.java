package dev.weft.runtime;

import dev.weft.runtime.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * A function the host defines for a component's function import. It receives the call's arguments,
 * already checked against the import's parameter types, and returns the result (empty for a
 * function without one), which the runtime checks against the import's result type. Whatever it
 * throws propagates to the Java caller of the guest function that called the import.
 */
@FunctionalInterface
public interface HostFunction {
    Optional<Value> call(List<Value> args);
}
