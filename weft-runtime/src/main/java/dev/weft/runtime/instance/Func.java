package dev.weft.runtime.instance;

import dev.weft.runtime.canon.Callee;
import dev.weft.runtime.value.Value;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.Optional;

/**
 * A component function at run time, what a function slot holds: lifted from core code of a
 * component instance, defined by the host, or a placeholder that traps. It is also what a
 * {@code canon lower} calls (a {@link Callee}). Arguments reaching {@link #call} have been checked against
 * {@link #type()} (by {@link dev.weft.runtime.ComponentFunction} for the host, by lifting for a guest).
 */
public sealed interface Func extends Callee permits LiftedFunc, HostFunc, TrapFunc {
    FuncType type();

    @Override
    Optional<Value> call(List<Value> args);
}
