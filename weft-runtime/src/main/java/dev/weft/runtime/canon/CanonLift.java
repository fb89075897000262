package dev.weft.runtime.canon;

import dev.weft.abi.Flattening;
import dev.weft.engine.CoreDeadline;
import dev.weft.engine.CoreFunction;
import dev.weft.runtime.Trap;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.runtime.resource.BorrowScope;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.Values;
import dev.weft.types.FuncType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-lift">{@code canon lift}</a>,
 * synchronous, with {@code Store.lift}'s reentrance guard: a core function of a component instance
 * called with component-level values. Each call checks the arguments against the function type,
 * enters the instance ({@code cannot enter component instance} if it is already inside a call, or
 * was poisoned), lowers the arguments into the instance's memory, calls the core function, lifts
 * the result, checks that every lent borrow was dropped, and runs {@code post-return}.
 *
 * <p>Make one with {@link #of} when the instance is built and call it for every call: the function
 * type's {@link FunctionAbi} is computed once. A trap or any other exception that unwinds out of
 * the call poisons the instance. A core trap becomes a {@link Trap} with the same message;
 * exceptions of host functions pass unchanged.
 */
public final class CanonLift implements Callee {
    private final ComponentInstanceState inst;
    private final FuncType type;
    private final FunctionAbi abi;
    private final LiftLowerContext cx;
    private final LiftedTarget target;

    private CanonLift(ComponentInstanceState inst, CoreFunction callee, FuncType type, CanonOptions opts) {
        Objects.requireNonNull(inst, "inst");
        Objects.requireNonNull(callee, "callee");
        this.type = Objects.requireNonNull(type, "type");
        this.abi = FunctionAbi.of(type, opts);
        this.target = new LiftedTarget(inst, callee, abi, opts);
        this.inst = target.inst;
        this.cx = target.cx;
    }

    /**
     * {@code Store.lift(callee, ft, opts, inst)}: the lifted function, ready to be called.
     *
     * @throws UnsupportedFeatureException for the {@code async} option, which Weft does not run yet
     */
    public static CanonLift of(ComponentInstanceState inst, CoreFunction callee, FuncType type, CanonOptions opts) {
        if (opts.async()) {
            throw new UnsupportedFeatureException("async", "the async ABI (canon lift ... async) is not supported yet: " + type);
        }
        return new CanonLift(inst, callee, type, opts);
    }

    /** One call without keeping the prepared function: {@code of(...).call(args)}. */
    public static Optional<Value> call(ComponentInstanceState inst, CoreFunction callee, FuncType type,
                                      CanonOptions opts, List<Value> args) {
        return of(inst, callee, type, opts).call(args);
    }

    public FuncType type() {
        return type;
    }

    public FunctionAbi abi() {
        return abi;
    }

    /** The core function behind this lifted function, for {@code canon lower}s that fuse with it. */
    @Override
    public Optional<LiftedTarget> asLifted() {
        return Optional.of(target);
    }

    /** A call from the host. */
    @Override
    public Optional<Value> call(List<Value> args) {
        return call(null, args);
    }

    /**
     * A call from {@code caller} (null: the host).
     *
     * @throws dev.weft.runtime.value.ValueTypeException if {@code args} do not match the parameters
     *         (nothing has run then, and the instance is not poisoned)
     * @throws Trap if the instance cannot be entered, or the call breaks a rule of the canonical ABI,
     *         or core code traps
     */
    @Override
    public Optional<Value> call(ComponentInstanceState caller, List<Value> args) {
        Values.checkArguments(type, args);
        return callWithCheckedArguments(caller, args);
    }

    /**
     * {@link #call(ComponentInstanceState, List)} for arguments already checked against the
     * function type (as a {@code Func}'s are: by {@code ComponentFunction} for the host, by lifting
     * for a guest), so the check is not made twice per call.
     */
    public Optional<Value> callWithCheckedArguments(ComponentInstanceState caller, List<Value> args) {
        Duration deadline = inst.deadline();
        if (caller != null || deadline == null) return enterAndCall(caller, args);
        try (CoreDeadline d = CoreDeadline.start(deadline)) {
            return enterAndCall(null, args);
        }
    }

    private Optional<Value> enterAndCall(ComponentInstanceState caller, List<Value> args) {
        inst.enterFrom(caller);
        boolean returned = false;
        try {
            Optional<Value> result = canonLift(args);
            returned = true;
            return result;
        } finally {
            if (returned) inst.leaveTo(caller);
            else inst.poisonFrom(caller);
        }
    }

    /** {@code canon_lift}'s synchronous {@code thread_func}, with {@code task.return_} inlined. */
    private Optional<Value> canonLift(List<Value> args) {
        BorrowScope task = abi.paramsContainBorrow ? new BorrowScope() : null;
        LiftLowerContext cx = task == null ? this.cx : this.cx.withTask(task);
        long[] flatArgs = LiftingAndLowering.lowerFlatValues(cx, Flattening.MAX_FLAT_PARAMS, args, abi.params, null);
        long[] flatResults = target.callCore(flatArgs);
        Value[] result = LiftingAndLowering.liftFlatValues(cx, Flattening.MAX_FLAT_RESULTS,
                new CoreValueIter(flatResults), abi.results);
        if (task != null && task.numBorrows() > 0) {
            throw new Trap("borrow handles still remain at the end of the call");
        }
        target.postReturn(flatResults);
        return result.length == 0 ? Optional.empty() : Optional.of(result[0]);
    }

    @Override
    public String toString() {
        return "lifted " + type.wit();
    }
}
