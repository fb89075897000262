package dev.weft.runtime.canon;

import dev.weft.abi.Flattening;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreHostFunction;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.Values;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-lower">{@code canon lower}</a>,
 * synchronous: the core function through which a component instance calls a {@link Callee}. Each
 * call checks {@code may_leave}, lifts the arguments out of the caller's core values and memory
 * (lending borrowed handles), calls, checks the result against the function type, lowers it (into
 * the caller's out-parameter buffer if it spills) and returns the lent handles.
 *
 * <p>When the callee is lifted from another component instance ({@link Callee#asLifted()}), the
 * lowered function is a {@link FusedAdapter} instead, which copies arguments and results between
 * the two instances without values.
 */
public final class CanonLower {
    private CanonLower() {}

    /**
     * {@code Store.lower(callee, ft, opts, inst)}: the body of the core function; its core type is
     * {@link #coreFuncType}.
     *
     * @throws UnsupportedFeatureException for the {@code async} option, which Weft does not run yet
     */
    public static CoreHostFunction lower(ComponentInstanceState inst, FuncType type, CanonOptions opts, Callee callee) {
        if (opts.async()) {
            throw new UnsupportedFeatureException("async", "the async ABI (canon lower ... async) is not supported yet: " + type);
        }
        Objects.requireNonNull(inst, "inst");
        Objects.requireNonNull(callee, "callee");
        FunctionAbi abi = FunctionAbi.of(type, opts);
        LiftLowerContext cx = new LiftLowerContext(opts, inst);
        Optional<FusedAdapter> fused = callee.asLifted().flatMap(target -> FusedAdapter.of(abi, cx, target));
        if (fused.isPresent()) return fused.get();
        return args -> canonLower(abi, cx, callee, args);
    }

    /** {@link #lower} as a core function of its type, ready to be imported by core modules. */
    public static CoreFunction lowerFunction(ComponentInstanceState inst, FuncType type, CanonOptions opts,
                                             Callee callee) {
        return CoreFunction.host(coreFuncType(type, opts), lower(inst, type, opts, callee));
    }

    /** {@code flatten_functype(opts, ft, 'lower')} as a core function type. */
    public static CoreFuncType coreFuncType(FuncType type, CanonOptions opts) {
        return FunctionAbi.of(type, opts).coreFuncType(Flattening.Direction.LOWER);
    }

    /** {@code canon_lower(callee, ft, opts, flat_args)}, synchronous. */
    private static long[] canonLower(FunctionAbi abi, LiftLowerContext base, Callee callee, long[] args) {
        ComponentInstanceState inst = base.inst;
        inst.checkMayLeave();
        Subtask subtask = abi.paramsContainBorrow ? new Subtask() : null;
        LiftLowerContext cx = subtask == null ? base : base.withSubtask(subtask);
        CoreValueIter flatArgs = new CoreValueIter(args);
        Value[] params = LiftingAndLowering.liftFlatValues(cx, Flattening.MAX_FLAT_PARAMS, flatArgs, abi.params);
        Optional<Value> result = callee.call(inst, List.of(params));
        if (result == null) {
            throw new ValueTypeException("the function called for " + abi.type().wit()
                    + " returned null; it must return Optional.empty() when there is no result");
        }
        Values.checkResult(abi.type(), result);
        List<Value> results = result.isPresent() ? List.of(result.get()) : List.of();
        long[] flatResults = LiftingAndLowering.lowerFlatValues(cx, Flattening.MAX_FLAT_RESULTS, results, abi.results,
                flatArgs);
        if (subtask != null) subtask.deliverResolve();
        return flatResults;
    }
}
