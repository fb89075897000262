package dev.weft.runtime.instance;

import dev.weft.runtime.canon.CanonLift;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.value.Value;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.Optional;

/**
 * {@code canon lift}: a core function of a component instance called with component values through
 * the canonical ABI ({@link CanonLift}, prepared once per instantiation).
 */
public record LiftedFunc(CanonLift lift) implements Func {
    @Override
    public FuncType type() {
        return lift.type();
    }

    @Override
    public Optional<Value> call(List<Value> args) {
        return lift.call(args);
    }

    /** A call from another component instance: reentrance is judged from {@code caller}. */
    @Override
    public Optional<Value> call(ComponentInstanceState caller, List<Value> args) {
        return lift.call(caller, args);
    }
}
