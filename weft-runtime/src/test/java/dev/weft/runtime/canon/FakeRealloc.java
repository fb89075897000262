package dev.weft.runtime.canon;

import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreValType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * A {@code realloc} written in Java: a bump allocator that copies on growth, as a guest's would,
 * recording every call as {@code "old,oldSize,align,newSize"}. {@link #override} makes it return
 * a chosen (bad) pointer instead.
 */
final class FakeRealloc implements CoreFunction {
    static final CoreFuncType TYPE = CoreFuncType.of(
            List.of(CoreValType.I32, CoreValType.I32, CoreValType.I32, CoreValType.I32), List.of(CoreValType.I32));

    private final FakeMemory memory;
    private long next;
    final List<String> calls = new ArrayList<>();
    LongUnaryOperator override;

    FakeRealloc(FakeMemory memory, long start) {
        this.memory = memory;
        this.next = start;
    }

    FakeRealloc(FakeMemory memory) {
        this(memory, 1024);
    }

    @Override
    public CoreFuncType type() {
        return TYPE;
    }

    @Override
    public long[] call(long... args) {
        long old = args[0];
        long oldSize = args[1];
        long align = args[2];
        long newSize = args[3];
        calls.add(old + "," + oldSize + "," + align + "," + newSize);
        long ptr = (next + align - 1) / align * align;
        next = ptr + newSize;
        if (override != null) return new long[] {override.applyAsLong(ptr)};
        if (old != 0) {
            System.arraycopy(memory.bytes, (int) old, memory.bytes, (int) ptr, (int) Math.min(oldSize, newSize));
        }
        return new long[] {ptr};
    }

    /** The calls, without the pointer of reallocations (which depends on the allocator). */
    List<String> sizes() {
        return calls.stream().map(c -> c.substring(c.indexOf(',') + 1)).toList();
    }
}
