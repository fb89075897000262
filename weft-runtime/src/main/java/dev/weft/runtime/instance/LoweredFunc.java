package dev.weft.runtime.instance;

import dev.weft.engine.CoreHostFunction;
import dev.weft.runtime.canon.Callee;
import dev.weft.runtime.canon.CanonLower;
import dev.weft.runtime.canon.CanonOptions;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.types.FuncType;

/**
 * The body of the core function a {@code canon lower} defines. Its core type comes from the plan
 * ({@link dev.weft.runtime.plan.Step.Lower#coreType()}); the body proper,
 * {@link CanonLower#lower}, is made on the first call, so that an instance pays nothing for the
 * imports its core code never calls. Making it has no effect besides, and cannot fail: the plan
 * rejected what {@link CanonLower#lower} rejects ({@code async}).
 */
final class LoweredFunc implements CoreHostFunction {
    private final ComponentInstanceState inst;
    private final FuncType type;
    private final CanonOptions options;
    private final Callee callee;
    private CoreHostFunction body;

    LoweredFunc(ComponentInstanceState inst, FuncType type, CanonOptions options, Callee callee) {
        this.inst = inst;
        this.type = type;
        this.options = options;
        this.callee = callee;
    }

    @Override
    public long[] call(long[] args) {
        CoreHostFunction b = body;
        return (b != null ? b : bind()).call(args);
    }

    private CoreHostFunction bind() {
        CoreHostFunction b = CanonLower.lower(inst, type, options, callee);
        body = b;
        return b;
    }

    @Override
    public String toString() {
        return "lowered " + type.wit();
    }
}
