package dev.weft.binary.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code canon}: one record per canonical definition of Binary.md, in the spec's order. Each holds
 * the offset of its leading opcode. {@code lift} defines a component function; every other
 * definition defines a core function.
 */
public sealed interface Canon {
    int offset();

    /** {@code 0x00 0x00 f opts ft}. */
    record Lift(int offset, int coreFuncIndex, List<CanonOpt> opts, int typeIndex) implements Canon {
        public Lift { opts = List.copyOf(opts); }
    }

    /** {@code 0x01 0x00 f opts}. */
    record Lower(int offset, int funcIndex, List<CanonOpt> opts) implements Canon {
        public Lower { opts = List.copyOf(opts); }
    }

    /** {@code 0x02 rt}. */
    record ResourceNew(int offset, int typeIndex) implements Canon {}

    /** {@code 0x03 rt} ({@code async} is 0x07 in some encoders: see the decoder). */
    record ResourceDrop(int offset, int typeIndex, boolean async) implements Canon {}

    /** {@code 0x04 rt}. */
    record ResourceRep(int offset, int typeIndex) implements Canon {}

    /** {@code 0x24}. */
    record BackpressureInc(int offset) implements Canon {}

    /** {@code 0x25}. */
    record BackpressureDec(int offset) implements Canon {}

    /** {@code 0x09 rs opts}. */
    record TaskReturn(int offset, Optional<ValType> result, List<CanonOpt> opts) implements Canon {
        public TaskReturn { opts = List.copyOf(opts); }
    }

    /** {@code 0x05}. */
    record TaskCancel(int offset) implements Canon {}

    /** {@code 0x0a t i}. */
    record ContextGet(int offset, CoreValType type, int index) implements Canon {}

    /** {@code 0x0b t i}. */
    record ContextSet(int offset, CoreValType type, int index) implements Canon {}

    /** {@code 0x06 async?}. */
    record SubtaskCancel(int offset, boolean async) implements Canon {}

    /** {@code 0x0d}. */
    record SubtaskDrop(int offset) implements Canon {}

    /** {@code 0x0e t}. */
    record StreamNew(int offset, int typeIndex) implements Canon {}

    /** {@code 0x0f t opts}. */
    record StreamRead(int offset, int typeIndex, List<CanonOpt> opts) implements Canon {
        public StreamRead { opts = List.copyOf(opts); }
    }

    /** {@code 0x10 t opts}. */
    record StreamWrite(int offset, int typeIndex, List<CanonOpt> opts) implements Canon {
        public StreamWrite { opts = List.copyOf(opts); }
    }

    /** {@code 0x11 t async?}. */
    record StreamCancelRead(int offset, int typeIndex, boolean async) implements Canon {}

    /** {@code 0x12 t async?}. */
    record StreamCancelWrite(int offset, int typeIndex, boolean async) implements Canon {}

    /** {@code 0x13 t}. */
    record StreamDropReadable(int offset, int typeIndex) implements Canon {}

    /** {@code 0x14 t}. */
    record StreamDropWritable(int offset, int typeIndex) implements Canon {}

    /** {@code 0x15 t}. */
    record FutureNew(int offset, int typeIndex) implements Canon {}

    /** {@code 0x16 t opts}. */
    record FutureRead(int offset, int typeIndex, List<CanonOpt> opts) implements Canon {
        public FutureRead { opts = List.copyOf(opts); }
    }

    /** {@code 0x17 t opts}. */
    record FutureWrite(int offset, int typeIndex, List<CanonOpt> opts) implements Canon {
        public FutureWrite { opts = List.copyOf(opts); }
    }

    /** {@code 0x18 t async?}. */
    record FutureCancelRead(int offset, int typeIndex, boolean async) implements Canon {}

    /** {@code 0x19 t async?}. */
    record FutureCancelWrite(int offset, int typeIndex, boolean async) implements Canon {}

    /** {@code 0x1a t}. */
    record FutureDropReadable(int offset, int typeIndex) implements Canon {}

    /** {@code 0x1b t}. */
    record FutureDropWritable(int offset, int typeIndex) implements Canon {}

    /** {@code 0x1c opts}. */
    record ErrorContextNew(int offset, List<CanonOpt> opts) implements Canon {
        public ErrorContextNew { opts = List.copyOf(opts); }
    }

    /** {@code 0x1d opts}. */
    record ErrorContextDebugMessage(int offset, List<CanonOpt> opts) implements Canon {
        public ErrorContextDebugMessage { opts = List.copyOf(opts); }
    }

    /** {@code 0x1e}. */
    record ErrorContextDrop(int offset) implements Canon {}

    /** {@code 0x1f}. */
    record WaitableSetNew(int offset) implements Canon {}

    /** {@code 0x20 cancel? m}. */
    record WaitableSetWait(int offset, boolean cancellable, int memoryIndex) implements Canon {}

    /** {@code 0x21 cancel? m}. */
    record WaitableSetPoll(int offset, boolean cancellable, int memoryIndex) implements Canon {}

    /** {@code 0x22}. */
    record WaitableSetDrop(int offset) implements Canon {}

    /** {@code 0x23}. */
    record WaitableJoin(int offset) implements Canon {}

    /** {@code 0x26}. */
    record ThreadIndex(int offset) implements Canon {}

    /** {@code 0x27 ft tbl}. */
    record ThreadNewIndirect(int offset, int coreTypeIndex, int tableIndex) implements Canon {}

    /** {@code 0x28}. */
    record ThreadResumeLater(int offset) implements Canon {}

    /** {@code 0x29 cancel?}. */
    record ThreadSuspend(int offset, boolean cancellable) implements Canon {}

    /** {@code 0x0c cancel?}. */
    record ThreadYield(int offset, boolean cancellable) implements Canon {}

    /** {@code 0x2a cancel?}. */
    record ThreadSuspendThenResume(int offset, boolean cancellable) implements Canon {}

    /** {@code 0x2b cancel?}. */
    record ThreadYieldThenResume(int offset, boolean cancellable) implements Canon {}

    /** {@code 0x2c cancel?}. */
    record ThreadSuspendThenPromote(int offset, boolean cancellable) implements Canon {}

    /** {@code 0x2d cancel?}. */
    record ThreadYieldThenPromote(int offset, boolean cancellable) implements Canon {}

    /** {@code 0x40 shared? ft}. */
    record ThreadSpawnRef(int offset, boolean shared, int coreTypeIndex) implements Canon {}

    /** {@code 0x41 shared? ft tbl}. */
    record ThreadSpawnIndirect(int offset, boolean shared, int coreTypeIndex, int tableIndex) implements Canon {}

    /** {@code 0x42 shared?}. */
    record ThreadAvailableParallelism(int offset, boolean shared) implements Canon {}
}
