package dev.weft.runtime.canon;

import dev.weft.engine.CoreHostFunction;
import dev.weft.engine.CoreMemory;
import dev.weft.runtime.Trap;
import dev.weft.runtime.resource.BorrowScope;
import java.util.Optional;

/**
 * A {@code canon lower} of a function that another component instance lifted, fused with the
 * {@code canon lift} into one adapter: each call copies every argument once, from the caller's
 * core values and memory into the callee's, and the result back, following an {@link AdapterPlan}
 * made when the lowered function was. No value is built (this class and those it uses do not
 * reference {@code dev.weft.runtime.value}).
 *
 * <p>A call makes the steps of lifting into values and lowering them ({@link CanonLower} calling a
 * {@link CanonLift}), in the same order: {@code trap_if(not may_leave)} in the caller; every
 * argument lifted out of the caller ({@link FusedLifting}: its checks and handle moves); the
 * callee's reentrance check and {@code enter_from}; the arguments lowered into the callee
 * ({@link FusedLowering}: its {@code realloc} calls); the core call; the result lifted out of the
 * callee; {@code trap_if(num_borrows > 0)}; then, as the spec's {@code task.return_} does, the
 * result lowered into the caller (its {@code realloc}, or the buffer its out-parameter points to)
 * before {@code post-return} runs in the callee (post-return may free what the result points to);
 * {@code leave_to}; the caller's lent handles returned. A trap or exception after the callee was
 * entered poisons it, as {@link CanonLift} does: so a trap while lowering the result into the
 * caller poisons the callee too (with values, the callee had returned by then).
 */
public final class FusedAdapter implements CoreHostFunction {
    private final FunctionAbi abi;
    private final LiftLowerContext caller;
    private final LiftedTarget callee;
    private final Copier params;
    private final Copier results;
    /** Where the caller passes the pointer to its result buffer, when the results spill. */
    private final int outParamIndex;

    private FusedAdapter(FunctionAbi abi, LiftLowerContext caller, LiftedTarget callee, AdapterPlan plan) {
        this.abi = abi;
        this.caller = caller;
        this.callee = callee;
        this.params = Copier.interpreting(plan.params);
        this.results = Copier.interpreting(plan.results);
        this.outParamIndex = plan.params.spills() ? 1 : plan.params.flatCount();
    }

    /**
     * The adapter for a {@code canon lower} in {@code caller}'s instance of {@code callee}, or empty
     * when the two cannot be fused and the call must go through values: the function types differ
     * (the value path checks them), a type has values Weft cannot pass yet, or both sides use the
     * same memory.
     */
    static Optional<FusedAdapter> of(FunctionAbi abi, LiftLowerContext caller, LiftedTarget callee) {
        if (!abi.type().equals(callee.abi.type())) return Optional.empty();
        Optional<CoreMemory> memory = caller.opts.memory();
        if (memory.isPresent() && memory.equals(callee.cx.opts.memory())) return Optional.empty();
        return AdapterPlan.of(abi, caller.opts, callee.cx.opts).map(p -> new FusedAdapter(abi, caller, callee, p));
    }

    @Override
    public long[] call(long[] args) {
        ComponentInstanceState from = caller.inst;
        ComponentInstanceState to = callee.inst;
        from.checkMayLeave();
        Subtask subtask = abi.paramsContainBorrow ? new Subtask() : null;
        BorrowScope task = abi.paramsContainBorrow ? new BorrowScope() : null;
        Transfer in = new Transfer(subtask == null ? caller : caller.withSubtask(subtask),
                task == null ? callee.cx : callee.cx.withTask(task));
        params.lift(in, args);
        to.enterFrom(from);
        boolean returned = false;
        long[] flatResults;
        try {
            flatResults = callEntered(in, task, args);
            returned = true;
        } finally {
            if (returned) to.leaveTo(from);
            else to.poisonFrom(from);
        }
        if (subtask != null) subtask.deliverResolve();
        return flatResults;
    }

    /** The call once the arguments are lifted and the callee is entered, up to and including {@code post-return}. */
    private long[] callEntered(Transfer in, BorrowScope task, long[] args) {
        long[] flatArgs = params.lower(in, args, null, 0);
        assert in.consumed();
        long[] flatResults = callee.callCore(flatArgs);
        Transfer out = new Transfer(callee.cx, caller);
        results.lift(out, flatResults);
        if (task != null && task.numBorrows() > 0) {
            throw new Trap("borrow handles still remain at the end of the call");
        }
        long[] returned = results.lower(out, flatResults, args, outParamIndex);
        assert out.consumed();
        callee.postReturn(flatResults);
        return returned;
    }

    @Override
    public String toString() {
        return "fused adapter for " + abi.type().wit();
    }
}
