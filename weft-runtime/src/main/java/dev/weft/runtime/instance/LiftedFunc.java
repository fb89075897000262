package dev.weft.runtime.instance;

import dev.weft.engine.CoreFunction;
import dev.weft.runtime.canon.CanonLift;
import dev.weft.runtime.canon.CanonOptions;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.canon.LiftedTarget;
import dev.weft.runtime.value.Value;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.Optional;

/**
 * {@code canon lift}: a core function of a component instance called with component values through
 * the canonical ABI ({@link CanonLift}). The instantiation binds the instance's core function and
 * options; the {@link CanonLift} (the function type's layouts) is made on the first call, so that an
 * instance pays nothing for the functions it never calls. Making it has no effect besides, and
 * cannot fail: the plan rejected what {@link CanonLift#of} rejects ({@code async}).
 */
public final class LiftedFunc implements Func {
    private final ComponentInstanceState inst;
    private final CoreFunction core;
    private final FuncType type;
    private final CanonOptions options;
    private CanonLift lift;

    LiftedFunc(ComponentInstanceState inst, CoreFunction core, FuncType type, CanonOptions options) {
        this.inst = inst;
        this.core = core;
        this.type = type;
        this.options = options;
    }

    /** The lifted function, made on first use. */
    public CanonLift lift() {
        CanonLift l = lift;
        return l != null ? l : bind();
    }

    private CanonLift bind() {
        CanonLift l = CanonLift.of(inst, core, type, options);
        lift = l;
        return l;
    }

    @Override
    public FuncType type() {
        return type;
    }

    @Override
    public Optional<Value> call(List<Value> args) {
        CanonLift l = lift;
        return (l != null ? l : bind()).callWithCheckedArguments(null, args);
    }

    /** A call from another component instance: reentrance is judged from {@code caller}. */
    @Override
    public Optional<Value> call(ComponentInstanceState caller, List<Value> args) {
        CanonLift l = lift;
        return (l != null ? l : bind()).callWithCheckedArguments(caller, args);
    }

    /** The lifted target, so that a lower of this function into another guest fuses the copy (no Values). */
    @Override
    public Optional<LiftedTarget> asLifted() {
        return lift().asLifted();
    }

    @Override
    public String toString() {
        return "lifted " + type.wit();
    }
}
