package dev.weft.runtime.canon;

import dev.weft.runtime.Trap;

/**
 * The {@code trap_if}s of <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#loading">Loading</a>,
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#storing">Storing</a> and
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#lifting-and-lowering-values">Lifting and Lowering Values</a>
 * that depend on numbers only, not on values: char bit patterns, discriminants, the range of a
 * list, the allocation of a list or of spilled values. The value-building code ({@link Loading},
 * {@link Storing}, {@link LiftingAndLowering}) and the fused adapters ({@link FusedAdapter}) share
 * them, so both trap alike, with the same words.
 */
final class AbiChecks {
    /** {@code MAX_LIST_BYTE_LENGTH} (also {@link Loading#MAX_LIST_BYTE_LENGTH}). */
    static final long MAX_LIST_BYTE_LENGTH = (1L << 28) - 1;

    private AbiChecks() {}

    /** {@code convert_i32_to_char}'s check: traps unless the unsigned value is a Unicode scalar value. */
    static int checkChar(int i) {
        if (Integer.compareUnsigned(i, 0x110000) >= 0 || (i >= 0xD800 && i <= 0xDFFF)) {
            throw new Trap("invalid `char` bit pattern: 0x" + Integer.toHexString(i) + " is not a Unicode scalar value");
        }
        return i;
    }

    /** {@code trap_if(case_index >= len(cases))}. */
    static void checkDiscriminant(long caseIndex, int caseCount) {
        if (caseIndex >= caseCount) {
            throw new Trap("invalid variant discriminant " + caseIndex + " for a type with " + caseCount + " cases");
        }
    }

    /** {@code load_list_from_range}'s checks: the byte length, the alignment and the bounds. */
    static void checkListRange(LiftLowerContext cx, long ptr, long length, long elemSize, int elemAlignment) {
        long byteLength = length * elemSize;
        if (byteLength > MAX_LIST_BYTE_LENGTH) {
            throw new Trap("list byte length " + byteLength + " exceeds the maximum of " + MAX_LIST_BYTE_LENGTH);
        }
        if ((ptr & (elemAlignment - 1)) != 0) throw new Trap("unaligned pointer");
        if (ptr + byteLength > cx.memoryLength()) {
            throw new Trap("list content out-of-bounds (list pointer/length out of bounds of memory)");
        }
    }

    /**
     * The allocation of {@code store_list_into_range}: {@code realloc(0, 0, alignment, byte_length)}
     * with its alignment and bounds traps.
     */
    static long allocateList(LiftLowerContext cx, long length, long elemSize, int elemAlignment) {
        long byteLength = length * elemSize;
        if (byteLength > MAX_LIST_BYTE_LENGTH) {
            throw new Trap("list byte length " + byteLength + " exceeds the maximum of " + MAX_LIST_BYTE_LENGTH);
        }
        long ptr = cx.allocate(elemAlignment, byteLength);
        if ((ptr & (elemAlignment - 1)) != 0) throw new Trap("unaligned pointer (realloc return: result not aligned)");
        if (ptr + byteLength > cx.memoryLength()) {
            throw new Trap("list content out-of-bounds (realloc return: beyond end of memory)");
        }
        return ptr;
    }

    /** {@code lift_flat_values}' checks of the pointer to spilled values. */
    static void checkSpilledValues(LiftLowerContext cx, long ptr, Layout tuple) {
        if ((ptr & (tuple.alignment - 1)) != 0) throw new Trap("unaligned pointer");
        if (ptr + tuple.size > cx.memoryLength()) {
            throw new Trap("pointer out of bounds of memory: " + tuple.size + " bytes of spilled values at " + ptr);
        }
    }

    /** {@code lower_flat_values} without an out-parameter: the tuple of spilled values goes into a fresh allocation. */
    static long allocateSpilledValues(LiftLowerContext cx, Layout tuple) {
        long ptr = cx.allocate(tuple.alignment, tuple.size);
        if ((ptr & (tuple.alignment - 1)) != 0) {
            throw new Trap("unaligned pointer (realloc return: result not aligned)");
        }
        if (ptr + tuple.size > cx.memoryLength()) {
            throw new Trap("pointer out of bounds of memory (realloc return: beyond end of memory)");
        }
        return ptr;
    }

    /** {@code lower_flat_values} with an out-parameter: the checks of the caller's result buffer. */
    static void checkOutParam(LiftLowerContext cx, long ptr, Layout tuple) {
        if ((ptr & (tuple.alignment - 1)) != 0) throw new Trap("unaligned pointer");
        if (ptr + tuple.size > cx.memoryLength()) {
            throw new Trap("pointer out of bounds of memory: " + tuple.size + " bytes of results at " + ptr);
        }
    }
}
