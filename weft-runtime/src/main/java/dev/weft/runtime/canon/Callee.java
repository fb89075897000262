package dev.weft.runtime.canon;

import dev.weft.runtime.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code canon lower}ed function calls: a host function, or another instance's lifted
 * function ({@link CanonLift} is one). Arguments and result are {@link Value}s of the function type.
 */
@FunctionalInterface
public interface Callee {
    /** Calls the function; the result is empty exactly when the function type has none. */
    Optional<Value> call(List<Value> args);

    /**
     * Calls the function on behalf of the component instance {@code caller} (the spec's
     * {@code FuncInst} {@code caller} argument). A lifted function uses it to tell reentrance from
     * calls between a parent and its children ({@code may_enter_from}); others ignore it.
     */
    default Optional<Value> call(ComponentInstanceState caller, List<Value> args) {
        return call(args);
    }

    /**
     * The core function behind this function if it is lifted from a component instance (a
     * {@link CanonLift}, or something that delegates to one): then a {@code canon lower} of it
     * copies arguments and results straight between the two instances' memories
     * ({@link FusedAdapter}) instead of calling {@link #call} with values. Empty for host functions.
     */
    default Optional<LiftedTarget> asLifted() {
        return Optional.empty();
    }
}
