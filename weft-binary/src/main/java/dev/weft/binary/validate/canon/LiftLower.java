package dev.weft.binary.validate.canon;

import dev.weft.abi.Flattening;
import dev.weft.abi.Flattening.Concurrency;
import dev.weft.abi.Flattening.Direction;
import dev.weft.abi.TypePredicates;
import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * {@code canon lift} and {@code canon lower}: the options each direction requires and the core
 * signature {@code flatten_functype} gives them. {@code task.return} reuses {@link #signature}.
 */
final class LiftLower {
    private LiftLower() {}

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-lift">canon lift</a>. */
    static CanonResult.LiftedFunc lift(Canon.Lift c, CanonContext ctx) {
        int offset = c.offset();
        FuncType ft = ctx.funcTypeAt(c.typeIndex(), offset);
        CoreDefType.FuncType callee = ctx.coreFunc(c.coreFuncIndex(), offset);
        CanonOptions opts = CanonOptions.check(c.opts(), ctx, offset);
        checkLiftOptions(opts, callee, ctx);
        opts.checkAsyncness(ft);
        CoreDefType.FuncType expected = signature(ft, opts, Direction.LIFT);
        if (!expected.params().equals(callee.params())) {
            throw new InvalidComponentException(offset, "lowered parameter types `" + CoreSigs.debug(expected.params())
                    + "` do not match parameter types `" + CoreSigs.debug(callee.params()) + "` of core function "
                    + c.coreFuncIndex());
        }
        if (!expected.results().equals(callee.results())) {
            throw new InvalidComponentException(offset, "lowered result types `" + CoreSigs.debug(expected.results())
                    + "` do not match result types `" + CoreSigs.debug(callee.results()) + "` of core function "
                    + c.coreFuncIndex());
        }
        return new CanonResult.LiftedFunc(ft);
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-lower">canon lower</a>. */
    static CanonResult.CoreFunc lower(Canon.Lower c, CanonContext ctx) {
        FuncType ft = ctx.func(c.funcIndex(), c.offset());
        CanonOptions opts = CanonOptions.check(c.opts(), ctx, c.offset()).checkLower().checkAsyncness(ft);
        return new CanonResult.CoreFunc(signature(ft, opts, Direction.LOWER));
    }

    /**
     * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-taskreturn">canon task.return</a>:
     * the core function lowers {@code (func (param "v" t)?)}; only {@code memory} and
     * {@code string-encoding} are allowed.
     */
    static CanonResult.CoreFunc taskReturn(Canon.TaskReturn c, CanonContext ctx) {
        int offset = c.offset();
        Require.async(ctx, "task.return", offset);
        Optional<ValueType> result = c.result().map(t -> ctx.resolve(t, offset));
        CanonOptions opts = CanonOptions.check(c.opts(), ctx, offset);
        if (opts.realloc().isPresent()) {
            throw new InvalidComponentException(offset, "cannot specify `realloc` option on `task.return`");
        }
        if (opts.postReturn().isPresent()) {
            throw new InvalidComponentException(offset, "cannot specify `post-return` option on `task.return`");
        }
        opts.checkLower().requireSync("task.return");
        FuncType ft = new FuncType(false, result.map(t -> List.of(new Field("v", t))).orElse(List.of()), Optional.empty());
        return new CanonResult.CoreFunc(signature(ft, opts, Direction.LOWER));
    }

    /**
     * The lift-only options: {@code post-return} takes the callee's results and returns nothing; a
     * {@code callback} is {@code (func (param i32 i32 i32) (result i32))}; {@code async} without a
     * callback is the 🚟 stackful ABI.
     */
    private static void checkLiftOptions(CanonOptions opts, CoreDefType.FuncType callee, CanonContext ctx) {
        int offset = opts.offset();
        if (opts.postReturn().isPresent()) {
            CoreDefType.FuncType post = ctx.coreFunc(opts.postReturn().getAsInt(), offset);
            if (!post.params().equals(callee.results()) || !post.results().isEmpty()) {
                throw new InvalidComponentException(offset,
                        "canonical option `post-return` uses a core function with an incorrect signature");
            }
        }
        switch (opts.concurrency()) {
            case SYNC -> {}
            case ASYNC -> Require.gate(ctx.features().asyncStackful(),
                    "requires the component model async stackful feature", offset);
            case ASYNC_CALLBACK -> {
                CoreDefType.FuncType cb = ctx.coreFunc(opts.callback().getAsInt(), offset);
                if (!cb.params().equals(List.of(CoreSigs.I32, CoreSigs.I32, CoreSigs.I32))
                        || !cb.results().equals(List.of(CoreSigs.I32))) {
                    throw new InvalidComponentException(offset,
                            "canonical option `callback` uses a core function with an incorrect signature");
                }
            }
        }
    }

    /**
     * {@code flatten_functype(opts, ft, direction)} after checking the options it needs:
     * {@code lower(T)} needs {@code memory} and {@code lift(T)} needs {@code realloc} when {@code T}
     * contains a list or string; spilled parameters need {@code memory} (and {@code realloc} when
     * lifting); spilled results, and an {@code async}-lowered result, need {@code memory}.
     */
    static CoreDefType.FuncType signature(FuncType ft, CanonOptions opts, Direction direction) {
        List<ValueType> params = ft.params().stream().map(Field::type).toList();
        for (ValueType p : params) {
            boolean pointers = TypePredicates.containsListOrString(p);
            switch (direction) {
                case LOWER -> opts.requireMemoryIf(pointers);
                case LIFT -> opts.requireReallocIf(pointers);
            }
        }
        int maxParams = direction == Direction.LOWER && opts.isAsync()
                ? Flattening.MAX_FLAT_ASYNC_PARAMS : Flattening.MAX_FLAT_PARAMS;
        if (Flattening.flattenTypes(params, opts.addressType(), maxParams).isEmpty()) {
            opts.requireMemory().requireReallocIf(direction == Direction.LIFT);
        }
        ft.result().ifPresent(r -> checkResult(r, opts, direction));
        Concurrency concurrency = direction == Direction.LOWER && opts.isAsync() ? Concurrency.ASYNC : opts.concurrency();
        Flattening.Context cx = new Flattening.Context(direction, concurrency, opts.addressType());
        return CoreSigs.of(Flattening.flattenFuncType(ft, cx));
    }

    /** The options a result needs: see {@link #signature}. */
    private static void checkResult(ValueType result, CanonOptions opts, Direction direction) {
        boolean pointers = TypePredicates.containsListOrString(result);
        switch (direction) {
            case LOWER -> opts.requireReallocIf(pointers);
            case LIFT -> opts.requireMemoryIf(pointers);
        }
        if (direction == Direction.LOWER && opts.isAsync()) {
            opts.requireMemory(); // the caller passes a pointer to the result's space
            return;
        }
        int maxResults = direction == Direction.LIFT && opts.isAsync()
                ? Flattening.MAX_FLAT_PARAMS : Flattening.MAX_FLAT_RESULTS;
        if (Flattening.flattenTypes(List.of(result), opts.addressType(), maxResults).isEmpty()) {
            opts.requireMemory();
        }
    }
}
