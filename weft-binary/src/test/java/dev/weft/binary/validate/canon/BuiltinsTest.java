package dev.weft.binary.validate.canon;

import static dev.weft.binary.validate.canon.Fixtures.F32;
import static dev.weft.binary.validate.canon.Fixtures.I32;
import static dev.weft.binary.validate.canon.Fixtures.I64;
import static dev.weft.binary.validate.canon.Fixtures.OFFSET;
import static dev.weft.binary.validate.canon.Fixtures.assertCore;
import static dev.weft.binary.validate.canon.Fixtures.assertInvalid;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CanonOpt;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.ValType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.StreamType;
import dev.weft.types.Field;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every built-in other than lift/lower: its core signature and its errors. */
class BuiltinsTest {
    private final FakeContext ctx = new FakeContext();
    private final int mem = ctx.addMemory(FakeContext.memory32());
    private final int realloc = ctx.addCoreFunc(List.of(I32, I32, I32, I32), List.of(I32));
    private final ResourceType local = new ResourceType("local");
    private final ResourceType local64 = new ResourceType("local64");
    private final ResourceType imported = new ResourceType("imported");
    private final int localIdx = ctx.addType(local);
    private final int local64Idx = ctx.addType(local64);
    private final int importedIdx = ctx.addType(imported);
    private final int u32Idx = ctx.addType(U32);
    private final int streamU8 = ctx.addType(new StreamType(Optional.of(U8)));
    private final int streamList = ctx.addType(new StreamType(Optional.of(new ListType(U8))));
    private final int streamEmpty = ctx.addType(new StreamType(Optional.empty()));
    private final int futureString = ctx.addType(new FutureType(Optional.of(STRING)));
    private final int futureEmpty = ctx.addType(new FutureType(Optional.empty()));

    {
        ctx.localReps.put(local, I32);
        ctx.localReps.put(local64, I64);
    }

    private static List<CoreValType> l(CoreValType... ts) {
        return List.of(ts);
    }

    @Test
    void resourceBuiltins() {
        assertCore(l(I32), l(I32), new Canon.ResourceNew(OFFSET, localIdx), ctx);
        assertCore(l(I64), l(I32), new Canon.ResourceNew(OFFSET, local64Idx), ctx);
        assertCore(l(I32), l(), new Canon.ResourceDrop(OFFSET, importedIdx, false), ctx);
        assertCore(l(I32), l(), new Canon.ResourceDrop(OFFSET, localIdx, true), ctx);
        assertCore(l(I32), l(I32), new Canon.ResourceRep(OFFSET, localIdx), ctx);
        assertCore(l(I32), l(I64), new Canon.ResourceRep(OFFSET, local64Idx), ctx);
    }

    @Test
    void resourceErrors() {
        assertInvalid("type " + importedIdx + " is not a local resource", new Canon.ResourceNew(OFFSET, importedIdx), ctx);
        assertInvalid("type " + importedIdx + " is not a local resource", new Canon.ResourceRep(OFFSET, importedIdx), ctx);
        assertInvalid("type index " + u32Idx + " is not a resource type", new Canon.ResourceDrop(OFFSET, u32Idx, false), ctx);
        assertInvalid("type index " + u32Idx + " is not a resource type", new Canon.ResourceNew(OFFSET, u32Idx), ctx);
        assertInvalid("unknown type 100: type index out of bounds", new Canon.ResourceDrop(OFFSET, 100, false), ctx);
    }

    @Test
    void destructorSignature() {
        int good = ctx.addCoreFunc(l(I32), l());
        int bad = ctx.addCoreFunc(l(), l());
        CanonValidator.checkDestructor(good, I32, ctx, OFFSET);
        var e = assertThrows(InvalidComponentException.class, () -> CanonValidator.checkDestructor(bad, I32, ctx, OFFSET));
        assertEquals("core function " + bad + " has wrong signature for a destructor", e.reason());
        assertThrows(InvalidComponentException.class, () -> CanonValidator.checkDestructor(good, I64, ctx, OFFSET));
    }

    @Test
    void contextGetAndSet() {
        assertCore(l(), l(I32), new Canon.ContextGet(OFFSET, I32, 0), ctx);
        assertCore(l(I32), l(), new Canon.ContextSet(OFFSET, I32, 1), ctx);
        assertCore(l(), l(I64), new Canon.ContextGet(OFFSET, I64, 0), ctx);
        assertInvalid("`context.get` only supports `i32` or `i64`", new Canon.ContextGet(OFFSET, F32, 0), ctx);
        assertInvalid("`context.set` immediate must be zero or one: 2", new Canon.ContextSet(OFFSET, I32, 2), ctx);
        ctx.contextType = Optional.of(I32);
        assertInvalid("`context.get` type must match previous context type", new Canon.ContextGet(OFFSET, I64, 0), ctx);
        ctx.features = new CanonFeatures(true, false, false, false, false, false, false);
        assertInvalid("`context.get` immediate must be zero: 1", new Canon.ContextGet(OFFSET, I32, 1), ctx);
        assertInvalid("64-bit `context.set` requires the component model 64-bit feature",
                new Canon.ContextSet(OFFSET, I64, 0), ctx);
    }

    @Test
    void taskAndWaitableBuiltins() {
        assertCore(l(), l(), new Canon.BackpressureInc(OFFSET), ctx);
        assertCore(l(), l(), new Canon.BackpressureDec(OFFSET), ctx);
        assertCore(l(), l(), new Canon.TaskCancel(OFFSET), ctx);
        assertCore(l(I32), l(I32), new Canon.SubtaskCancel(OFFSET, true), ctx);
        assertCore(l(I32), l(), new Canon.SubtaskDrop(OFFSET), ctx);
        assertCore(l(), l(I32), new Canon.WaitableSetNew(OFFSET), ctx);
        assertCore(l(I32, I32), l(I32), new Canon.WaitableSetWait(OFFSET, false, mem), ctx);
        assertCore(l(I32, I32), l(I32), new Canon.WaitableSetPoll(OFFSET, true, mem), ctx);
        assertCore(l(I32), l(), new Canon.WaitableSetDrop(OFFSET), ctx);
        assertCore(l(I32, I32), l(), new Canon.WaitableJoin(OFFSET), ctx);
        int m64 = ctx.addMemory(FakeContext.memory64());
        assertCore(l(I32, I64), l(I32), new Canon.WaitableSetWait(OFFSET, false, m64), ctx);
        assertInvalid("unknown memory 9: memory index out of bounds", new Canon.WaitableSetPoll(OFFSET, false, 9), ctx);
    }

    @Test
    void taskReturn() {
        assertCore(l(I32), l(), new Canon.TaskReturn(OFFSET, Optional.of(PrimValType.U32), List.of()), ctx);
        assertCore(l(), l(), new Canon.TaskReturn(OFFSET, Optional.empty(), List.of()), ctx);
        assertInvalid("canonical option `memory` is required",
                new Canon.TaskReturn(OFFSET, Optional.of(PrimValType.STRING), List.of()), ctx);
        assertCore(l(I32, I32), l(),
                new Canon.TaskReturn(OFFSET, Optional.of(PrimValType.STRING), List.of(new CanonOpt.Memory(mem))), ctx);
        int big = ctx.addType(new RecordType(IntStream.range(0, 17).mapToObj(i -> new Field("f" + i, U32)).toList()));
        assertInvalid("canonical option `memory` is required",
                new Canon.TaskReturn(OFFSET, Optional.of(new ValType.Ref(big)), List.of()), ctx);
        assertCore(l(I32), l(),
                new Canon.TaskReturn(OFFSET, Optional.of(new ValType.Ref(big)), List.of(new CanonOpt.Memory(mem))), ctx);
        assertInvalid("cannot specify `realloc` option on `task.return`", new Canon.TaskReturn(OFFSET, Optional.empty(),
                List.of(new CanonOpt.Memory(mem), new CanonOpt.Realloc(realloc))), ctx);
        assertInvalid("cannot specify `async` option on `task.return`",
                new Canon.TaskReturn(OFFSET, Optional.empty(), List.of(new CanonOpt.Async())), ctx);
        assertInvalid("cannot specify `post-return` option on `task.return`",
                new Canon.TaskReturn(OFFSET, Optional.empty(), List.of(new CanonOpt.PostReturn(realloc))), ctx);
    }

    @Test
    void streamBuiltins() {
        List<CanonOpt> async = List.of(new CanonOpt.Async());
        assertCore(l(), l(I64), new Canon.StreamNew(OFFSET, streamU8), ctx);
        assertCore(l(I32, I32, I32), l(I32), new Canon.StreamRead(OFFSET, streamEmpty, async), ctx);
        assertCore(l(I32, I32, I32), l(I32), new Canon.StreamRead(OFFSET, streamU8, List.of(new CanonOpt.Memory(mem))), ctx);
        assertCore(l(I32, I32, I32), l(I32), new Canon.StreamWrite(OFFSET, streamList, List.of(new CanonOpt.Memory(mem))), ctx);
        assertCore(l(I32), l(I32), new Canon.StreamCancelRead(OFFSET, streamU8, true), ctx);
        assertCore(l(I32), l(I32), new Canon.StreamCancelWrite(OFFSET, streamU8, false), ctx);
        assertCore(l(I32), l(), new Canon.StreamDropReadable(OFFSET, streamU8), ctx);
        assertCore(l(I32), l(), new Canon.StreamDropWritable(OFFSET, streamEmpty), ctx);
        int m64 = ctx.addMemory(FakeContext.memory64());
        assertCore(l(I32, I64, I64), l(I64), new Canon.StreamWrite(OFFSET, streamU8, List.of(new CanonOpt.Memory(m64))), ctx);
    }

    @Test
    void streamErrors() {
        assertInvalid("`stream.new` requires a stream type", new Canon.StreamNew(OFFSET, futureEmpty), ctx);
        assertInvalid("`stream.drop-readable` requires a stream type", new Canon.StreamDropReadable(OFFSET, u32Idx), ctx);
        assertInvalid("type index " + localIdx + " is not a defined type", new Canon.StreamNew(OFFSET, localIdx), ctx);
        assertInvalid("canonical option `memory` is required", new Canon.StreamRead(OFFSET, streamU8, List.of()), ctx);
        assertInvalid("canonical option `realloc` is required",
                new Canon.StreamRead(OFFSET, streamList, List.of(new CanonOpt.Memory(mem))), ctx);
        assertInvalid("canonical option `post-return` cannot be specified for lowerings",
                new Canon.StreamWrite(OFFSET, streamEmpty, List.of(new CanonOpt.PostReturn(realloc))), ctx);
    }

    @Test
    void futureBuiltins() {
        assertCore(l(), l(I64), new Canon.FutureNew(OFFSET, futureString), ctx);
        List<CanonOpt> memRealloc = List.of(new CanonOpt.Memory(mem), new CanonOpt.Realloc(realloc));
        assertCore(l(I32, I32), l(I32), new Canon.FutureRead(OFFSET, futureString, memRealloc), ctx);
        assertCore(l(I32, I32), l(I32), new Canon.FutureWrite(OFFSET, futureString, List.of(new CanonOpt.Memory(mem))), ctx);
        assertCore(l(I32), l(I32), new Canon.FutureCancelRead(OFFSET, futureEmpty, false), ctx);
        assertCore(l(I32), l(I32), new Canon.FutureCancelWrite(OFFSET, futureEmpty, true), ctx);
        assertCore(l(I32), l(), new Canon.FutureDropReadable(OFFSET, futureEmpty), ctx);
        assertCore(l(I32), l(), new Canon.FutureDropWritable(OFFSET, futureString), ctx);
        assertInvalid("`future.cancel-read` requires a future type", new Canon.FutureCancelRead(OFFSET, streamU8, false), ctx);
        assertInvalid("canonical option `realloc` is required",
                new Canon.FutureRead(OFFSET, futureString, List.of(new CanonOpt.Memory(mem))), ctx);
        assertInvalid("canonical option `memory` is required", new Canon.FutureWrite(OFFSET, futureString, List.of()), ctx);
    }

    @Test
    void errorContextBuiltins() {
        assertCore(l(I32, I32), l(I32), new Canon.ErrorContextNew(OFFSET, List.of(new CanonOpt.Memory(mem))), ctx);
        assertCore(l(I32, I32), l(), new Canon.ErrorContextDebugMessage(OFFSET,
                List.of(new CanonOpt.Memory(mem), new CanonOpt.Realloc(realloc))), ctx);
        assertCore(l(I32), l(), new Canon.ErrorContextDrop(OFFSET), ctx);
        assertInvalid("canonical option `memory` is required", new Canon.ErrorContextNew(OFFSET, List.of()), ctx);
        assertInvalid("canonical option `realloc` is required",
                new Canon.ErrorContextDebugMessage(OFFSET, List.of(new CanonOpt.Memory(mem))), ctx);
        assertInvalid("cannot specify `async` option on `error-context.new`",
                new Canon.ErrorContextNew(OFFSET, List.of(new CanonOpt.Memory(mem), new CanonOpt.Async())), ctx);
    }

    @Test
    void threadBuiltins() {
        assertCore(l(), l(I32), new Canon.ThreadIndex(OFFSET), ctx);
        assertCore(l(I32), l(), new Canon.ThreadResumeLater(OFFSET), ctx);
        assertCore(l(), l(I32), new Canon.ThreadSuspend(OFFSET, true), ctx);
        assertCore(l(), l(I32), new Canon.ThreadYield(OFFSET, false), ctx);
        assertCore(l(I32), l(I32), new Canon.ThreadSuspendThenResume(OFFSET, false), ctx);
        assertCore(l(I32), l(I32), new Canon.ThreadYieldThenResume(OFFSET, true), ctx);
        assertCore(l(I32), l(I32), new Canon.ThreadSuspendThenPromote(OFFSET, false), ctx);
        assertCore(l(I32), l(I32), new Canon.ThreadYieldThenPromote(OFFSET, false), ctx);
        assertCore(l(), l(I32), new Canon.ThreadAvailableParallelism(OFFSET, false), ctx);
    }

    @Test
    void threadCreation() {
        ctx.coreTypes.add(new CoreDefType.FuncType(l(I32), l()));
        ctx.coreTypes.add(new CoreDefType.FuncType(l(F32), l()));
        ctx.coreTypes.add(new CoreDefType.FuncType(l(I32), l(I32)));
        ctx.tables.add(FakeContext.table(CoreValType.Ref.FUNCREF, false));
        ctx.tables.add(FakeContext.table(CoreValType.Ref.EXTERNREF, false));
        ctx.tables.add(FakeContext.table(CoreValType.Ref.FUNCREF, true));
        assertCore(l(I32, I32), l(I32), new Canon.ThreadNewIndirect(OFFSET, 0, 0), ctx);
        assertCore(l(I64, I32), l(I32), new Canon.ThreadNewIndirect(OFFSET, 0, 2), ctx);
        assertInvalid("start function must take a single `i32` argument (currently)",
                new Canon.ThreadNewIndirect(OFFSET, 1, 0), ctx);
        assertInvalid("start function must not return any values", new Canon.ThreadNewIndirect(OFFSET, 2, 0), ctx);
        assertInvalid("table is not a 32-bit table of (ref null (func))\nexpected table element type funcref, found externref",
                new Canon.ThreadNewIndirect(OFFSET, 0, 1), ctx);
        assertInvalid("unknown table 7: table index out of bounds", new Canon.ThreadNewIndirect(OFFSET, 0, 7), ctx);
        CoreValType ref0 = new CoreValType.Ref(true, new CoreValType.HeapType.Concrete(0));
        assertCore(l(ref0, I32), l(I32), new Canon.ThreadSpawnRef(OFFSET, false, 0), ctx);
        assertCore(l(I32, I32), l(I32), new Canon.ThreadSpawnIndirect(OFFSET, true, 0, 0), ctx);
        assertInvalid("spawn function must take a single `i32` argument (currently)",
                new Canon.ThreadSpawnRef(OFFSET, false, 1), ctx);
    }

    @Test
    void featureGates() {
        ctx.features = CanonFeatures.MVP;
        assertInvalid("`waitable-set.new` requires the component model async feature", new Canon.WaitableSetNew(OFFSET), ctx);
        assertInvalid("`stream.new` requires the component model async feature", new Canon.StreamNew(OFFSET, streamU8), ctx);
        assertInvalid("`thread.index` requires the component model threading feature", new Canon.ThreadIndex(OFFSET), ctx);
        assertInvalid("`error-context.drop` requires the component model error-context feature",
                new Canon.ErrorContextDrop(OFFSET), ctx);
        assertInvalid("`thread.spawn-ref` requires the shared-everything-threads proposal",
                new Canon.ThreadSpawnRef(OFFSET, false, 0), ctx);
        assertInvalid("canonical option `async` requires the component model async feature",
                new Canon.Lower(OFFSET, ctx.addFunc(Fixtures.ft(true, List.of(), null)), List.of(new CanonOpt.Async())), ctx);
        ctx.features = new CanonFeatures(true, false, false, false, false, false, false);
        assertInvalid("async `subtask.cancel` requires the component model more async builtins feature",
                new Canon.SubtaskCancel(OFFSET, true), ctx);
        assertInvalid("synchronous `stream.read` requires the component model more async builtins feature",
                new Canon.StreamRead(OFFSET, streamEmpty, List.of()), ctx);
        assertInvalid("cancellable `waitable-set.wait` requires the component model more async builtins feature",
                new Canon.WaitableSetWait(OFFSET, true, mem), ctx);
    }
}
