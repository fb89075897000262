package dev.weft.runtime.canon;

import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreTrap;
import dev.weft.runtime.Trap;
import java.util.Objects;

/**
 * The core side of a {@code canon lift}, without values: the component instance, the core
 * function, its options and {@link FunctionAbi}, and {@code post-return}. A {@link CanonLift} is
 * built around one and hands it out ({@link Callee#asLifted()}), so that a {@code canon lower} in
 * another instance can call the core function through a {@link FusedAdapter}, copying arguments
 * and results memory to memory.
 */
public final class LiftedTarget {
    final ComponentInstanceState inst;
    final CoreFunction core;
    final FunctionAbi abi;
    final LiftLowerContext cx;
    private final CoreFunction postReturn;

    LiftedTarget(ComponentInstanceState inst, CoreFunction core, FunctionAbi abi, CanonOptions opts) {
        this.inst = Objects.requireNonNull(inst, "inst");
        this.core = Objects.requireNonNull(core, "core");
        this.abi = abi;
        this.cx = new LiftLowerContext(opts, inst);
        this.postReturn = opts.postReturn().orElse(null);
    }

    /** The component instance the function belongs to. */
    public ComponentInstanceState instance() {
        return inst;
    }

    /** The canonical ABI of the lifted function (its type included). */
    public FunctionAbi abi() {
        return abi;
    }

    /** The options of the {@code canon lift}. */
    public CanonOptions options() {
        return cx.opts;
    }

    /** Calls the core function: {@code call_and_trap_on_throw(callee, flat_args)}. */
    long[] callCore(long[] flatArgs) {
        return callAndTrapOnThrow(core, flatArgs);
    }

    /** The lifted core function itself (for generated typed bindings, which lower and lift around it). */
    public CoreFunction core() {
        return core;
    }

    /** Runs the {@code post-return} function, if any, with {@code may_leave} cleared as the spec does. */
    public void postReturn(long[] flatResults) {
        if (postReturn == null) return;
        assert inst.mayLeave();
        inst.setMayLeave(false);
        callAndTrapOnThrow(postReturn, flatResults);
        inst.setMayLeave(true);
    }

    /** {@code call_and_trap_on_throw}: a core trap becomes a component {@link Trap}, same message. */
    static long[] callAndTrapOnThrow(CoreFunction f, long[] args) {
        try {
            return f.call(args);
        } catch (CoreTrap t) {
            throw Trap.fromCore(t);
        }
    }

    @Override
    public String toString() {
        return "lifted core function of " + abi.type().wit();
    }
}
