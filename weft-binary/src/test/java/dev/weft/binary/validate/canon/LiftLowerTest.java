package dev.weft.binary.validate.canon;

import static dev.weft.binary.validate.canon.Fixtures.F32;
import static dev.weft.binary.validate.canon.Fixtures.I32;
import static dev.weft.binary.validate.canon.Fixtures.I64;
import static dev.weft.binary.validate.canon.Fixtures.OFFSET;
import static dev.weft.binary.validate.canon.Fixtures.assertCore;
import static dev.weft.binary.validate.canon.Fixtures.assertInvalid;
import static dev.weft.binary.validate.canon.Fixtures.ft;
import static dev.weft.types.PrimitiveType.S8;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U64;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CanonOpt;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@code canon lift}, {@code canon lower} and the {@code canonopt} rules (cases of validation/abi.wast). */
class LiftLowerTest {
    private final FakeContext ctx = new FakeContext();
    private final int mem = ctx.addMemory(FakeContext.memory32());
    private final int realloc = ctx.addCoreFunc(List.of(I32, I32, I32, I32), List.of(I32));
    private static final TupleType EIGHT_U64 = new TupleType(Collections.nCopies(8, U64));

    private Canon.Lower lower(FuncType ft, CanonOpt... opts) {
        return new Canon.Lower(OFFSET, ctx.addFunc(ft), List.of(opts));
    }

    private Canon.Lift lift(FuncType ft, List<CoreValType> params, List<CoreValType> results, CanonOpt... opts) {
        return new Canon.Lift(OFFSET, ctx.addCoreFunc(params, results), List.of(opts), ctx.addType(ft));
    }

    private CanonOpt memory() {
        return new CanonOpt.Memory(mem);
    }

    private CanonOpt realloc() {
        return new CanonOpt.Realloc(realloc);
    }

    @Test
    void lowerSpillingResultNeedsMemory() {
        assertInvalid("canonical option `memory` is required", lower(ft(false, List.of(), EIGHT_U64)), ctx);
        assertCore(List.of(I32), List.of(), lower(ft(false, List.of(), EIGHT_U64), memory()), ctx);
        assertCore(List.of(I32), List.of(), lower(ft(false, List.of(), EIGHT_U64), memory(), realloc()), ctx);
    }

    @Test
    void reallocWithoutMemory() {
        assertInvalid("canonical option `realloc` requires `memory` to also be specified",
                lower(ft(false, List.of(), EIGHT_U64), realloc()), ctx);
    }

    @Test
    void memoryIndexOutOfBounds() {
        assertInvalid("unknown memory 7: memory index out of bounds",
                lower(ft(false, List.of(), null), new CanonOpt.Memory(7)), ctx);
    }

    @Test
    void memoryIsRequiredForListsAndSpilledResults() {
        assertInvalid("canonical option `memory` is required",
                lift(ft(false, List.of(new ListType(U8)), null), List.of(I32, I32), List.of()), ctx);
        assertInvalid("canonical option `memory` is required",
                lift(ft(false, List.of(), new TupleType(List.of(S8, U8))), List.of(), List.of(I32)), ctx);
        assertInvalid("canonical option `memory` is required", lower(ft(false, List.of(new ListType(U8)), null)), ctx);
    }

    @Test
    void reallocIsRequiredForLiftedListsSpilledParamsAndLoweredStrings() {
        assertInvalid("canonical option `realloc` is required",
                lift(ft(false, List.of(new ListType(U8)), null), List.of(I32, I32), List.of(), memory()), ctx);
        assertInvalid("canonical option `realloc` is required",
                lift(ft(false, Collections.nCopies(20, U32), null), List.of(I32), List.of(), memory()), ctx);
        assertInvalid("canonical option `realloc` is required", lower(ft(false, List.of(), STRING), memory()), ctx);
    }

    @Test
    void stringEncodingsConflict() {
        FuncType f = ft(false, List.of(), null);
        assertInvalid("canonical encoding option `utf8` conflicts with option `utf16`",
                lower(f, CanonOpt.StringEncoding.UTF8, CanonOpt.StringEncoding.UTF16), ctx);
        assertInvalid("canonical encoding option `utf8` conflicts with option `latin1-utf16`",
                lower(f, CanonOpt.StringEncoding.UTF8, CanonOpt.StringEncoding.LATIN1_UTF16), ctx);
        assertInvalid("canonical encoding option `utf16` conflicts with option `latin1-utf16`",
                lower(f, CanonOpt.StringEncoding.UTF16, CanonOpt.StringEncoding.LATIN1_UTF16), ctx);
        assertCore(List.of(I32, I32), List.of(),
                lower(ft(false, List.of(STRING), null), CanonOpt.StringEncoding.LATIN1_UTF16, memory(), realloc()), ctx);
    }

    @Test
    void optionsAtMostOnce() {
        FuncType f = ft(false, List.of(new ListType(U8)), null);
        assertInvalid("canonical option `memory` is specified more than once",
                lower(ft(false, List.of(), null), memory(), memory()), ctx);
        assertInvalid("canonical option `realloc` is specified more than once",
                lift(f, List.of(I32, I32), List.of(), memory(), realloc(), realloc()), ctx);
        int post = ctx.addCoreFunc(List.of(I32), List.of());
        assertInvalid("canonical option `post-return` is specified more than once",
                lift(ft(false, List.of(), STRING), List.of(), List.of(I32), memory(), realloc(),
                        new CanonOpt.PostReturn(post), new CanonOpt.PostReturn(post)), ctx);
        assertInvalid("canonical option `async` is specified more than once",
                lower(ft(true, List.of(), null), new CanonOpt.Async(), new CanonOpt.Async()), ctx);
    }

    @Test
    void reallocAndPostReturnSignatures() {
        int noArgs = ctx.addCoreFunc(List.of(), List.of());
        assertInvalid("canonical option `realloc` uses a core function with an incorrect signature",
                lift(ft(false, List.of(new ListType(U8)), null), List.of(I32, I32), List.of(), memory(),
                        new CanonOpt.Realloc(noArgs)), ctx);
        assertInvalid("canonical option `post-return` uses a core function with an incorrect signature",
                lift(ft(false, List.of(), STRING), List.of(), List.of(I32), memory(), realloc(),
                        new CanonOpt.PostReturn(noArgs)), ctx);
        int post = ctx.addCoreFunc(List.of(I32), List.of());
        Canon.Lift ok = lift(ft(false, List.of(), STRING), List.of(), List.of(I32), memory(), realloc(),
                new CanonOpt.PostReturn(post));
        assertEquals(CanonResult.LiftedFunc.class, CanonValidator.validate(ok, ctx).getClass());
    }

    @Test
    void postReturnOnlyOnLifts() {
        int post = ctx.addCoreFunc(List.of(I32), List.of());
        assertInvalid("canonical option `post-return` cannot be specified for lowerings",
                lower(ft(false, List.of(STRING), null), memory(), realloc(), new CanonOpt.PostReturn(post)), ctx);
    }

    @Test
    void liftedCoreFunctionMustMatchTheFlattening() {
        assertInvalid("lowered parameter types `[]` do not match parameter types `[I32]` of core function 1",
                lift(ft(false, List.of(), null), List.of(I32), List.of()), ctx);
        assertInvalid("lowered result types `[]` do not match result types `[I32]` of core function 2",
                lift(ft(false, List.of(), null), List.of(), List.of(I32)), ctx);
        assertInvalid("lowered parameter types `[I32, I64]` do not match parameter types `[I32, F32]` of core function 3",
                lift(ft(false, List.of(U8, U64), null), List.of(I32, F32), List.of()), ctx);
    }

    @Test
    void liftReturnsTheComponentFunctionType() {
        FuncType f = ft(false, List.of(STRING, U32), U64);
        Canon.Lift c = lift(f, List.of(I32, I32, I32), List.of(I64), memory(), realloc());
        assertEquals(new CanonResult.LiftedFunc(f), CanonValidator.validate(c, ctx));
    }

    @Test
    void liftTypeMustBeAFunctionType() {
        int t = ctx.addType(U32);
        int f = ctx.addCoreFunc(List.of(), List.of());
        assertInvalid("type index " + t + " is not a function type", new Canon.Lift(OFFSET, f, List.of(), t), ctx);
        assertInvalid("unknown core function 99: function index out of bounds",
                new Canon.Lift(OFFSET, 99, List.of(), ctx.addType(ft(false, List.of(), null))), ctx);
    }

    @Test
    void asyncNeedsAnAsyncFunctionType() {
        String message = "the `async` canonical option requires an async function type";
        assertInvalid(message, lift(ft(false, List.of(), null), List.of(), List.of(), new CanonOpt.Async()), ctx);
        int cb = ctx.addCoreFunc(List.of(I32, I32, I32), List.of(I32));
        assertInvalid(message, lift(ft(false, List.of(), U32), List.of(I32), List.of(I32), new CanonOpt.Async(),
                new CanonOpt.Callback(cb)), ctx);
        assertInvalid(message, lower(ft(false, List.of(), null), new CanonOpt.Async()), ctx);
    }

    @Test
    void asyncLiftWithCallbackReturnsAnI32() {
        int cb = ctx.addCoreFunc(List.of(I32, I32, I32), List.of(I32));
        FuncType f = ft(true, List.of(U32), STRING);
        Canon.Lift c = lift(f, List.of(I32), List.of(I32), new CanonOpt.Async(), new CanonOpt.Callback(cb), memory());
        assertEquals(new CanonResult.LiftedFunc(f), CanonValidator.validate(c, ctx));
        assertInvalid("canonical option `memory` is required",
                lift(f, List.of(I32), List.of(I32), new CanonOpt.Async(), new CanonOpt.Callback(cb)), ctx);
        Canon.Lift stackful = lift(ft(true, List.of(U32), U32), List.of(I32), List.of(), new CanonOpt.Async());
        assertEquals(CanonResult.LiftedFunc.class, CanonValidator.validate(stackful, ctx).getClass());
    }

    @Test
    void callbackRules() {
        int bad = ctx.addCoreFunc(List.of(I32), List.of());
        int cb = ctx.addCoreFunc(List.of(I32, I32, I32), List.of(I32));
        assertInvalid("canonical option `callback` uses a core function with an incorrect signature",
                lift(ft(true, List.of(), null), List.of(), List.of(I32), new CanonOpt.Async(), new CanonOpt.Callback(bad)), ctx);
        assertInvalid("cannot specify callback without async",
                lift(ft(true, List.of(), null), List.of(), List.of(I32), new CanonOpt.Callback(cb)), ctx);
        assertInvalid("canonical option `callback` cannot be specified for lowerings",
                lower(ft(true, List.of(), null), new CanonOpt.Async(), new CanonOpt.Callback(cb)), ctx);
        int post = ctx.addCoreFunc(List.of(), List.of());
        assertInvalid("cannot specify post-return function in async",
                lift(ft(true, List.of(), null), List.of(), List.of(), new CanonOpt.Async(), new CanonOpt.PostReturn(post)), ctx);
    }

    @Test
    void asyncLowerSignatures() {
        assertCore(List.of(I32, I32, I32), List.of(I32),
                lower(ft(true, List.of(U8, U8, U32), null), new CanonOpt.Async()), ctx);
        assertInvalid("canonical option `memory` is required",
                lower(ft(true, Collections.nCopies(5, U32), null), new CanonOpt.Async()), ctx);
        assertCore(List.of(I32), List.of(I32),
                lower(ft(true, Collections.nCopies(5, U32), null), new CanonOpt.Async(), memory()), ctx);
        assertInvalid("canonical option `memory` is required",
                lower(ft(true, List.of(U32), U32), new CanonOpt.Async()), ctx);
        assertCore(List.of(I32, I32), List.of(I32), lower(ft(true, List.of(U32), U32), new CanonOpt.Async(), memory()), ctx);
        assertInvalid("canonical option `realloc` is required",
                lower(ft(true, List.of(), STRING), new CanonOpt.Async(), memory()), ctx);
    }

    @Test
    void memoryMustBeAPlainMemory() {
        var shared = new CoreExternType.Memory(new CoreExternType.Limits(1, OptionalLong.of(2), false), true, false, 16);
        var tiny = new CoreExternType.Memory(new CoreExternType.Limits(0, OptionalLong.empty(), false), false, false, 0);
        FuncType f = ft(false, List.of(), null);
        assertInvalid("mismatch in the shared flag for memories", lower(f, new CanonOpt.Memory(ctx.addMemory(shared))), ctx);
        assertInvalid("mismatch in page size for memories", lower(f, new CanonOpt.Memory(ctx.addMemory(tiny))), ctx);
        int m64 = ctx.addMemory(FakeContext.memory64());
        ctx.features = new CanonFeatures(true, true, true, true, true, false, true);
        assertInvalid("64-bit memories require the `cm64` feature to be enabled", lower(f, new CanonOpt.Memory(m64)), ctx);
    }

    @Test
    void memory64PointersAreI64() {
        int m64 = ctx.addMemory(FakeContext.memory64());
        int realloc64 = ctx.addCoreFunc(List.of(I64, I64, I64, I64), List.of(I64));
        FuncType f = ft(false, List.of(STRING), STRING);
        assertCore(List.of(I64, I64, I64), List.of(),
                lower(f, new CanonOpt.Memory(m64), new CanonOpt.Realloc(realloc64)), ctx);
        assertInvalid("canonical option `realloc` uses a core function with an incorrect signature",
                lower(f, new CanonOpt.Memory(m64), realloc()), ctx);
    }

    @Test
    void lowerOfAnUnknownFunction() {
        assertInvalid("unknown function 5: function index out of bounds", new Canon.Lower(OFFSET, 5, List.of()), ctx);
    }

    @Test
    void manyParamsSpillToOnePointer() {
        List<ValueType> params = Collections.nCopies(17, U32);
        assertCore(List.of(I32), List.of(), lower(ft(false, params, null), memory()), ctx);
        Canon.Lift c = lift(ft(false, params, null), List.of(I32), List.of(), memory(), realloc());
        assertEquals(CanonResult.LiftedFunc.class, CanonValidator.validate(c, ctx).getClass());
    }
}
