package dev.weft.runtime;

import dev.weft.runtime.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * A function the host defines for a component's function import. It receives the call's arguments,
 * already checked against the import's parameter types, and returns the result (empty for a
 * function without one), which the runtime checks against the import's result type. Whatever it
 * throws propagates to the Java caller of the guest function that called the import.
 *
 * <p>A host function that needs per-instance state is a {@link WithCaller}: it also receives the
 * {@link Caller}, whose {@link Caller#data(Class) data} is what the calling instance was
 * instantiated with. Both shapes are defined the same way ({@link LinkerInstance#func}); a plain
 * {@code HostFunction} costs nothing extra.
 */
@FunctionalInterface
public interface HostFunction {
    Optional<Value> call(List<Value> args);

    /**
     * A host function that receives the calling instance ({@link Caller}) besides the arguments:
     * {@code (caller, args) -> Optional.of(Value.u32(caller.data(Session.class).nextId()))}.
     */
    @FunctionalInterface
    interface WithCaller {
        Optional<Value> call(Caller caller, List<Value> args);
    }
}
