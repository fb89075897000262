package dev.weft.binary.validate.canon;

import static dev.weft.binary.validate.canon.CoreSigs.I32;
import static dev.weft.binary.validate.canon.CoreSigs.I64;
import static dev.weft.binary.validate.canon.CoreSigs.func;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CanonOpt;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.validate.canon.AsyncBuiltins.Copy;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * Validation of canonical definitions, one method per built-in of
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canonical-definitions">CanonicalABI.md, Canonical Definitions</a>,
 * with wasmparser's checks and messages. Every method returns the function the definition adds;
 * none records anything.
 */
public final class CanonValidator {
    private CanonValidator() {}

    /**
     * Validates one {@code canon} definition against the index spaces seen through {@code ctx} and
     * returns what it defines: {@link CanonResult.LiftedFunc} for {@code lift} (append to the
     * component func index space), else {@link CanonResult.CoreFunc} with the built-in's exact core
     * signature (append to the core func index space). After a successful {@code context.get/set}
     * the caller records its type for {@link CanonContext#contextType()}.
     *
     * @throws InvalidComponentException at {@code canon.offset()} with wasmparser's message, or
     *     whatever a {@link CanonContext} look-up throws
     */
    public static CanonResult validate(Canon canon, CanonContext ctx) {
        return switch (canon) {
            case Canon.Lift c -> lift(c, ctx);
            case Canon.Lower c -> lower(c, ctx);
            case Canon.ResourceNew c -> resourceNew(c, ctx);
            case Canon.ResourceDrop c -> resourceDrop(c, ctx);
            case Canon.ResourceRep c -> resourceRep(c, ctx);
            case Canon.BackpressureInc c -> backpressureInc(c, ctx);
            case Canon.BackpressureDec c -> backpressureDec(c, ctx);
            case Canon.TaskReturn c -> taskReturn(c, ctx);
            case Canon.TaskCancel c -> taskCancel(c, ctx);
            case Canon.ContextGet c -> contextGet(c, ctx);
            case Canon.ContextSet c -> contextSet(c, ctx);
            case Canon.SubtaskCancel c -> subtaskCancel(c, ctx);
            case Canon.SubtaskDrop c -> subtaskDrop(c, ctx);
            case Canon.StreamNew c -> streamNew(c, ctx);
            case Canon.StreamRead c -> streamRead(c, ctx);
            case Canon.StreamWrite c -> streamWrite(c, ctx);
            case Canon.StreamCancelRead c -> streamCancelRead(c, ctx);
            case Canon.StreamCancelWrite c -> streamCancelWrite(c, ctx);
            case Canon.StreamDropReadable c -> streamDropReadable(c, ctx);
            case Canon.StreamDropWritable c -> streamDropWritable(c, ctx);
            case Canon.FutureNew c -> futureNew(c, ctx);
            case Canon.FutureRead c -> futureRead(c, ctx);
            case Canon.FutureWrite c -> futureWrite(c, ctx);
            case Canon.FutureCancelRead c -> futureCancelRead(c, ctx);
            case Canon.FutureCancelWrite c -> futureCancelWrite(c, ctx);
            case Canon.FutureDropReadable c -> futureDropReadable(c, ctx);
            case Canon.FutureDropWritable c -> futureDropWritable(c, ctx);
            case Canon.ErrorContextNew c -> errorContextNew(c, ctx);
            case Canon.ErrorContextDebugMessage c -> errorContextDebugMessage(c, ctx);
            case Canon.ErrorContextDrop c -> errorContextDrop(c, ctx);
            case Canon.WaitableSetNew c -> waitableSetNew(c, ctx);
            case Canon.WaitableSetWait c -> waitableSetWait(c, ctx);
            case Canon.WaitableSetPoll c -> waitableSetPoll(c, ctx);
            case Canon.WaitableSetDrop c -> waitableSetDrop(c, ctx);
            case Canon.WaitableJoin c -> waitableJoin(c, ctx);
            case Canon.ThreadIndex c -> threadIndex(c, ctx);
            case Canon.ThreadNewIndirect c -> threadNewIndirect(c, ctx);
            case Canon.ThreadResumeLater c -> threadResumeLater(c, ctx);
            case Canon.ThreadSuspend c -> threadSuspend(c, ctx);
            case Canon.ThreadYield c -> threadYield(c, ctx);
            case Canon.ThreadSuspendThenResume c -> threadSuspendThenResume(c, ctx);
            case Canon.ThreadYieldThenResume c -> threadYieldThenResume(c, ctx);
            case Canon.ThreadSuspendThenPromote c -> threadSuspendThenPromote(c, ctx);
            case Canon.ThreadYieldThenPromote c -> threadYieldThenPromote(c, ctx);
            case Canon.ThreadSpawnRef c -> threadSpawnRef(c, ctx);
            case Canon.ThreadSpawnIndirect c -> threadSpawnIndirect(c, ctx);
            case Canon.ThreadAvailableParallelism c -> threadAvailableParallelism(c, ctx);
        };
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-lift">canon lift</a>: the callee must have type {@code flatten_functype(opts, ft, 'lift')}. */
    public static CanonResult.LiftedFunc lift(Canon.Lift c, CanonContext ctx) {
        return LiftLower.lift(c, ctx);
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-lower">canon lower</a>: {@code flatten_functype(opts, ft, 'lower')}. */
    public static CanonResult.CoreFunc lower(Canon.Lower c, CanonContext ctx) {
        return LiftLower.lower(c, ctx);
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-resourcenew">canon resource.new</a>: {@code [rep] -> [i32]}, local resources only. */
    public static CanonResult.CoreFunc resourceNew(Canon.ResourceNew c, CanonContext ctx) {
        return func(List.of(localRep(c.typeIndex(), ctx, c.offset())), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-resourcedrop">canon resource.drop</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc resourceDrop(Canon.ResourceDrop c, CanonContext ctx) {
        ctx.resourceTypeAt(c.typeIndex(), c.offset());
        if (c.async()) {
            Require.gate(ctx.features().async(),
                    "`resource.drop` as `async` requires the component model async feature", c.offset());
        }
        return func(List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-resourcerep">canon resource.rep</a>: {@code [i32] -> [rep]}, local resources only. */
    public static CanonResult.CoreFunc resourceRep(Canon.ResourceRep c, CanonContext ctx) {
        return func(List.of(I32), List.of(localRep(c.typeIndex(), ctx, c.offset())));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-contextget">canon context.get</a>: {@code [] -> [t]}. */
    public static CanonResult.CoreFunc contextGet(Canon.ContextGet c, CanonContext ctx) {
        AsyncBuiltins.contextImmediates(c.type(), c.index(), "context.get", ctx, c.offset());
        return func(List.of(), List.of(c.type()));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-contextset">canon context.set</a>: {@code [t] -> []}. */
    public static CanonResult.CoreFunc contextSet(Canon.ContextSet c, CanonContext ctx) {
        AsyncBuiltins.contextImmediates(c.type(), c.index(), "context.set", ctx, c.offset());
        return func(List.of(c.type()), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-backpressureincdec">canon backpressure.inc</a>: {@code [] -> []}. */
    public static CanonResult.CoreFunc backpressureInc(Canon.BackpressureInc c, CanonContext ctx) {
        return asyncBuiltin("backpressure.inc", ctx, c.offset(), List.of(), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-backpressureincdec">canon backpressure.dec</a>: {@code [] -> []}. */
    public static CanonResult.CoreFunc backpressureDec(Canon.BackpressureDec c, CanonContext ctx) {
        return asyncBuiltin("backpressure.dec", ctx, c.offset(), List.of(), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-taskreturn">canon task.return</a>: {@code flatten_functype(opts, (func (param t)?), 'lower')}. */
    public static CanonResult.CoreFunc taskReturn(Canon.TaskReturn c, CanonContext ctx) {
        return LiftLower.taskReturn(c, ctx);
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-taskcancel">canon task.cancel</a>: {@code [] -> []}. */
    public static CanonResult.CoreFunc taskCancel(Canon.TaskCancel c, CanonContext ctx) {
        return asyncBuiltin("task.cancel", ctx, c.offset(), List.of(), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-waitable-setnew">canon waitable-set.new</a>: {@code [] -> [i32]}. */
    public static CanonResult.CoreFunc waitableSetNew(Canon.WaitableSetNew c, CanonContext ctx) {
        return asyncBuiltin("waitable-set.new", ctx, c.offset(), List.of(), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-waitable-setwait">canon waitable-set.wait</a>: {@code [i32 ptr] -> [i32]}. */
    public static CanonResult.CoreFunc waitableSetWait(Canon.WaitableSetWait c, CanonContext ctx) {
        return waitOrPoll("waitable-set.wait", c.cancellable(), c.memoryIndex(), ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-waitable-setpoll">canon waitable-set.poll</a>: {@code [i32 ptr] -> [i32]}. */
    public static CanonResult.CoreFunc waitableSetPoll(Canon.WaitableSetPoll c, CanonContext ctx) {
        return waitOrPoll("waitable-set.poll", c.cancellable(), c.memoryIndex(), ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-waitable-setdrop">canon waitable-set.drop</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc waitableSetDrop(Canon.WaitableSetDrop c, CanonContext ctx) {
        return asyncBuiltin("waitable-set.drop", ctx, c.offset(), List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-waitablejoin">canon waitable.join</a>: {@code [i32 i32] -> []}. */
    public static CanonResult.CoreFunc waitableJoin(Canon.WaitableJoin c, CanonContext ctx) {
        return asyncBuiltin("waitable.join", ctx, c.offset(), List.of(I32, I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-subtaskcancel">canon subtask.cancel</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc subtaskCancel(Canon.SubtaskCancel c, CanonContext ctx) {
        Require.async(ctx, "subtask.cancel", c.offset());
        AsyncBuiltins.asyncImmediate(c.async(), "subtask.cancel", ctx, c.offset());
        return func(List.of(I32), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-subtaskdrop">canon subtask.drop</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc subtaskDrop(Canon.SubtaskDrop c, CanonContext ctx) {
        return asyncBuiltin("subtask.drop", ctx, c.offset(), List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturenew">canon stream.new</a>: {@code [] -> [i64]}. */
    public static CanonResult.CoreFunc streamNew(Canon.StreamNew c, CanonContext ctx) {
        AsyncBuiltins.streamElement(c.typeIndex(), "stream.new", ctx, c.offset());
        return func(List.of(), List.of(I64));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamreadwrite">canon stream.read</a>: {@code [i32 ptr ptr] -> [ptr]}. */
    public static CanonResult.CoreFunc streamRead(Canon.StreamRead c, CanonContext ctx) {
        return streamCopy(c.typeIndex(), c.opts(), Copy.READ, "stream.read", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamreadwrite">canon stream.write</a>: {@code [i32 ptr ptr] -> [ptr]}. */
    public static CanonResult.CoreFunc streamWrite(Canon.StreamWrite c, CanonContext ctx) {
        return streamCopy(c.typeIndex(), c.opts(), Copy.WRITE, "stream.write", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturecancel-readwrite">canon stream.cancel-read</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc streamCancelRead(Canon.StreamCancelRead c, CanonContext ctx) {
        return cancelCopy(c.typeIndex(), c.async(), true, "stream.cancel-read", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturecancel-readwrite">canon stream.cancel-write</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc streamCancelWrite(Canon.StreamCancelWrite c, CanonContext ctx) {
        return cancelCopy(c.typeIndex(), c.async(), true, "stream.cancel-write", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturedrop-readablewritable">canon stream.drop-readable</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc streamDropReadable(Canon.StreamDropReadable c, CanonContext ctx) {
        AsyncBuiltins.streamElement(c.typeIndex(), "stream.drop-readable", ctx, c.offset());
        return func(List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturedrop-readablewritable">canon stream.drop-writable</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc streamDropWritable(Canon.StreamDropWritable c, CanonContext ctx) {
        AsyncBuiltins.streamElement(c.typeIndex(), "stream.drop-writable", ctx, c.offset());
        return func(List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturenew">canon future.new</a>: {@code [] -> [i64]}. */
    public static CanonResult.CoreFunc futureNew(Canon.FutureNew c, CanonContext ctx) {
        AsyncBuiltins.futureElement(c.typeIndex(), "future.new", ctx, c.offset());
        return func(List.of(), List.of(I64));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-futurereadwrite">canon future.read</a>: {@code [i32 ptr] -> [i32]}. */
    public static CanonResult.CoreFunc futureRead(Canon.FutureRead c, CanonContext ctx) {
        return futureCopy(c.typeIndex(), c.opts(), Copy.READ, "future.read", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-futurereadwrite">canon future.write</a>: {@code [i32 ptr] -> [i32]}. */
    public static CanonResult.CoreFunc futureWrite(Canon.FutureWrite c, CanonContext ctx) {
        return futureCopy(c.typeIndex(), c.opts(), Copy.WRITE, "future.write", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturecancel-readwrite">canon future.cancel-read</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc futureCancelRead(Canon.FutureCancelRead c, CanonContext ctx) {
        return cancelCopy(c.typeIndex(), c.async(), false, "future.cancel-read", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturecancel-readwrite">canon future.cancel-write</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc futureCancelWrite(Canon.FutureCancelWrite c, CanonContext ctx) {
        return cancelCopy(c.typeIndex(), c.async(), false, "future.cancel-write", ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturedrop-readablewritable">canon future.drop-readable</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc futureDropReadable(Canon.FutureDropReadable c, CanonContext ctx) {
        AsyncBuiltins.futureElement(c.typeIndex(), "future.drop-readable", ctx, c.offset());
        return func(List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-streamfuturedrop-readablewritable">canon future.drop-writable</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc futureDropWritable(Canon.FutureDropWritable c, CanonContext ctx) {
        AsyncBuiltins.futureElement(c.typeIndex(), "future.drop-writable", ctx, c.offset());
        return func(List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-error-contextnew">canon error-context.new</a>: {@code [ptr ptr] -> [i32]}. */
    public static CanonResult.CoreFunc errorContextNew(Canon.ErrorContextNew c, CanonContext ctx) {
        Require.errorContext(ctx, "error-context.new", c.offset());
        CanonOptions opts = CanonOptions.check(c.opts(), ctx, c.offset())
                .requireMemory().requireSync("error-context.new").checkLower();
        return func(List.of(opts.ptr(), opts.ptr()), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-error-contextdebug-message">canon error-context.debug-message</a>: {@code [i32 ptr] -> []}. */
    public static CanonResult.CoreFunc errorContextDebugMessage(Canon.ErrorContextDebugMessage c, CanonContext ctx) {
        Require.errorContext(ctx, "error-context.debug-message", c.offset());
        CanonOptions opts = CanonOptions.check(c.opts(), ctx, c.offset())
                .requireMemory().requireRealloc().requireSync("error-context.debug-message").checkLower();
        return func(List.of(I32, opts.ptr()), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-error-contextdrop">canon error-context.drop</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc errorContextDrop(Canon.ErrorContextDrop c, CanonContext ctx) {
        Require.errorContext(ctx, "error-context.drop", c.offset());
        return func(List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadindex">canon thread.index</a>: {@code [] -> [i32]}. */
    public static CanonResult.CoreFunc threadIndex(Canon.ThreadIndex c, CanonContext ctx) {
        return threadBuiltin("thread.index", ctx, c.offset(), List.of(), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadnew-indirect">canon thread.new-indirect</a>: {@code [U T] -> [i32]}. */
    public static CanonResult.CoreFunc threadNewIndirect(Canon.ThreadNewIndirect c, CanonContext ctx) {
        Require.threading(ctx, "thread.new-indirect", c.offset());
        CoreValType closure = ThreadBuiltins.closureType(c.coreTypeIndex(), "start", ctx, c.offset());
        CoreValType index = ThreadBuiltins.funcTable(c.tableIndex(), ctx, c.offset());
        return func(List.of(index, closure), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadresume-later">canon thread.resume-later</a>: {@code [i32] -> []}. */
    public static CanonResult.CoreFunc threadResumeLater(Canon.ThreadResumeLater c, CanonContext ctx) {
        return threadBuiltin("thread.resume-later", ctx, c.offset(), List.of(I32), List.of());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadsuspend">canon thread.suspend</a>: {@code [] -> [i32]}. */
    public static CanonResult.CoreFunc threadSuspend(Canon.ThreadSuspend c, CanonContext ctx) {
        Require.threading(ctx, "thread.suspend", c.offset());
        AsyncBuiltins.cancellable(c.cancellable(), "thread.suspend", ctx, c.offset());
        return func(List.of(), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadyield">canon thread.yield</a>: {@code [] -> [i32]} (🔀, not 🧵). */
    public static CanonResult.CoreFunc threadYield(Canon.ThreadYield c, CanonContext ctx) {
        Require.async(ctx, "thread.yield", c.offset());
        AsyncBuiltins.cancellable(c.cancellable(), "thread.yield", ctx, c.offset());
        return func(List.of(), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadsuspend-then-resume">canon thread.suspend-then-resume</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc threadSuspendThenResume(Canon.ThreadSuspendThenResume c, CanonContext ctx) {
        return switchTo("thread.suspend-then-resume", c.cancellable(), ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadyield-then-resume">canon thread.yield-then-resume</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc threadYieldThenResume(Canon.ThreadYieldThenResume c, CanonContext ctx) {
        return switchTo("thread.yield-then-resume", c.cancellable(), ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadsuspend-then-promote">canon thread.suspend-then-promote</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc threadSuspendThenPromote(Canon.ThreadSuspendThenPromote c, CanonContext ctx) {
        return switchTo("thread.suspend-then-promote", c.cancellable(), ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadyield-then-promote">canon thread.yield-then-promote</a>: {@code [i32] -> [i32]}. */
    public static CanonResult.CoreFunc threadYieldThenPromote(Canon.ThreadYieldThenPromote c, CanonContext ctx) {
        return switchTo("thread.yield-then-promote", c.cancellable(), ctx, c.offset());
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadspawn-ref">canon thread.spawn-ref</a>: {@code [(ref null $ft) T] -> [i32]}. */
    public static CanonResult.CoreFunc threadSpawnRef(Canon.ThreadSpawnRef c, CanonContext ctx) {
        Require.sharedEverythingThreads(ctx, "thread.spawn-ref", c.offset());
        CoreValType closure = ThreadBuiltins.closureType(c.coreTypeIndex(), "spawn", ctx, c.offset());
        CoreValType funcRef = new CoreValType.Ref(true, new CoreValType.HeapType.Concrete(c.coreTypeIndex()));
        return func(List.of(funcRef, closure), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadspawn-indirect">canon thread.spawn-indirect</a>: {@code [U T] -> [i32]}. */
    public static CanonResult.CoreFunc threadSpawnIndirect(Canon.ThreadSpawnIndirect c, CanonContext ctx) {
        Require.sharedEverythingThreads(ctx, "thread.spawn-indirect", c.offset());
        CoreValType closure = ThreadBuiltins.closureType(c.coreTypeIndex(), "spawn", ctx, c.offset());
        CoreValType index = ThreadBuiltins.funcTable(c.tableIndex(), ctx, c.offset());
        return func(List.of(index, closure), List.of(I32));
    }

    /** <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#-canon-threadavailable-parallelism">canon thread.available-parallelism</a>: {@code [] -> [i32]}. */
    public static CanonResult.CoreFunc threadAvailableParallelism(Canon.ThreadAvailableParallelism c, CanonContext ctx) {
        Require.sharedEverythingThreads(ctx, "thread.available-parallelism", c.offset());
        return func(List.of(), List.of(I32));
    }

    /**
     * Checks a resource destructor, for the component validator's {@code (type (resource (rep
     * i32) (dtor f)))}: {@code f} must have type {@code [rep] -> []}.
     *
     * @throws InvalidComponentException "core function N has wrong signature for a destructor"
     */
    public static void checkDestructor(int coreFuncIndex, CoreValType rep, CanonContext ctx, int offset) {
        var ft = ctx.coreFunc(coreFuncIndex, offset);
        if (!ft.params().equals(List.of(rep)) || !ft.results().isEmpty()) {
            throw new InvalidComponentException(offset,
                    "core function " + coreFuncIndex + " has wrong signature for a destructor");
        }
    }

    private static CoreValType localRep(int typeIndex, CanonContext ctx, int offset) {
        ResourceType r = ctx.resourceTypeAt(typeIndex, offset);
        return ctx.localResourceRep(r).orElseThrow(() ->
                new InvalidComponentException(offset, "type " + typeIndex + " is not a local resource"));
    }

    private static CanonResult.CoreFunc asyncBuiltin(String name, CanonContext ctx, int offset,
            List<CoreValType> params, List<CoreValType> results) {
        Require.async(ctx, name, offset);
        return func(params, results);
    }

    private static CanonResult.CoreFunc threadBuiltin(String name, CanonContext ctx, int offset,
            List<CoreValType> params, List<CoreValType> results) {
        Require.threading(ctx, name, offset);
        return func(params, results);
    }

    private static CanonResult.CoreFunc switchTo(String name, boolean cancellable, CanonContext ctx, int offset) {
        Require.threading(ctx, name, offset);
        AsyncBuiltins.cancellable(cancellable, name, ctx, offset);
        return func(List.of(I32), List.of(I32));
    }

    private static CanonResult.CoreFunc waitOrPoll(String name, boolean cancellable, int memory, CanonContext ctx,
            int offset) {
        Require.async(ctx, name, offset);
        AsyncBuiltins.cancellable(cancellable, name, ctx, offset);
        return func(List.of(I32, AsyncBuiltins.memoryPtr(memory, ctx, offset)), List.of(I32));
    }

    private static CanonResult.CoreFunc streamCopy(int typeIndex, List<CanonOpt> raw, Copy copy,
            String name, CanonContext ctx, int offset) {
        Optional<ValueType> element = AsyncBuiltins.streamElement(typeIndex, name, ctx, offset);
        CanonOptions opts = AsyncBuiltins.copyOptions(raw, element, copy, name, ctx, offset);
        return func(List.of(I32, opts.ptr(), opts.ptr()), List.of(opts.ptr()));
    }

    private static CanonResult.CoreFunc futureCopy(int typeIndex, List<CanonOpt> raw, Copy copy,
            String name, CanonContext ctx, int offset) {
        Optional<ValueType> element = AsyncBuiltins.futureElement(typeIndex, name, ctx, offset);
        CanonOptions opts = AsyncBuiltins.copyOptions(raw, element, copy, name, ctx, offset);
        return func(List.of(I32, opts.ptr()), List.of(I32));
    }

    private static CanonResult.CoreFunc cancelCopy(int typeIndex, boolean async, boolean stream, String name,
            CanonContext ctx, int offset) {
        Require.async(ctx, name, offset);
        AsyncBuiltins.asyncImmediate(async, name, ctx, offset);
        if (stream) AsyncBuiltins.streamElement(typeIndex, name, ctx, offset);
        else AsyncBuiltins.futureElement(typeIndex, name, ctx, offset);
        return func(List.of(I32), List.of(I32));
    }
}
