package dev.weft.runtime.canon;

import dev.weft.abi.AddressType;
import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreTrap;
import dev.weft.runtime.Trap;
import dev.weft.runtime.resource.BorrowScope;

/**
 * The spec's <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#lifting-and-lowering-context">{@code LiftLowerContext}</a>:
 * the options, the component instance and the borrow scope that every loading, storing, lifting
 * and lowering function reads as {@code cx}. The options are unpacked into fields once.
 *
 * <p>The borrow scope is a {@link BorrowScope} (the spec's {@code Task}) when lowering into a callee
 * ({@code lower_borrow}), a {@link Subtask} when lifting out of a caller ({@code lift_borrow}), and
 * absent when the types involved contain no {@code borrow}. A context without one is immutable and
 * shared by all calls of a function; {@link #withTask} and {@link #withSubtask} make a per-call one.
 */
public final class LiftLowerContext {
    final CanonOptions opts;
    final ComponentInstanceState inst;
    final BorrowScope task;
    final Subtask subtask;
    final StringEncoding stringEncoding;
    final AddressType ptrType;
    final int ptrSize;
    private final CoreMemory memory;
    private final CoreFunction realloc;

    public LiftLowerContext(CanonOptions opts, ComponentInstanceState inst) {
        this(opts, inst, null, null);
    }

    private LiftLowerContext(CanonOptions opts, ComponentInstanceState inst, BorrowScope task, Subtask subtask) {
        this.opts = opts;
        this.inst = inst;
        this.task = task;
        this.subtask = subtask;
        this.stringEncoding = opts.stringEncoding();
        this.ptrType = opts.addressType();
        this.ptrSize = ptrType.ptrSize();
        this.memory = opts.memory().orElse(null);
        this.realloc = opts.realloc().orElse(null);
    }

    /** This context with {@code task} as the borrow scope of {@code lower_borrow}. */
    public LiftLowerContext withTask(BorrowScope task) {
        return new LiftLowerContext(opts, inst, task, null);
    }

    /** This context with {@code subtask} as the borrow scope of {@code lift_borrow}. */
    public LiftLowerContext withSubtask(Subtask subtask) {
        return new LiftLowerContext(opts, inst, null, subtask);
    }

    public CanonOptions opts() {
        return opts;
    }

    public ComponentInstanceState inst() {
        return inst;
    }

    /** {@code cx.opts.memory}; validation guarantees it where a type needs it. */
    public CoreMemory memory() {
        if (memory == null) throw new IllegalStateException("the canonical option `memory` is missing");
        return memory;
    }

    /** {@code len(cx.opts.memory)} in bytes. */
    long memoryLength() {
        return memory().size();
    }

    /**
     * {@code LiftLowerContext.reallocate}: calls {@code realloc(old, old_byte_length, alignment,
     * new_byte_length)} with {@code may_leave} cleared, as a synchronous call without reentrance
     * checks. Returns the new pointer, unchecked (callers check alignment and bounds).
     */
    public long reallocate(long old, long oldByteLength, int alignment, long newByteLength) {
        if (realloc == null) throw new IllegalStateException("the canonical option `realloc` is missing");
        assert inst.mayLeave();
        inst.setMayLeave(false);
        long result;
        try {
            result = realloc.call(old, oldByteLength, alignment, newByteLength)[0];
        } catch (CoreTrap t) {
            throw Trap.fromCore(t);
        }
        inst.setMayLeave(true);
        return ptrType == AddressType.I32 ? Integer.toUnsignedLong((int) result) : result;
    }

    /** {@code LiftLowerContext.allocate}: {@code reallocate(0, 0, alignment, byte_length)}. */
    public long allocate(int alignment, long byteLength) {
        return reallocate(0, 0, alignment, byteLength);
    }

    /** A pointer-sized core value as an unsigned address. */
    long ptr(long flat) {
        return ptrType == AddressType.I32 ? Integer.toUnsignedLong((int) flat) : flat;
    }

    /** Loads a pointer-sized unsigned integer ({@code load_int(cx, ptr, ptr_size)}). */
    long loadPtr(long ptr) {
        CoreMemory m = memory();
        return ptrType == AddressType.I32 ? Integer.toUnsignedLong(m.readI32(ptr)) : m.readI64(ptr);
    }

    /** Stores a pointer-sized unsigned integer ({@code store_int(cx, v, ptr, ptr_size)}). */
    void storePtr(long value, long ptr) {
        CoreMemory m = memory();
        if (ptrType == AddressType.I32) m.writeI32(ptr, (int) value);
        else m.writeI64(ptr, value);
    }
}
