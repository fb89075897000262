package dev.weft.runtime.canon;

import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;

/**
 * One node of an {@link AdapterPlan}: how a value of one type moves from the instance that has it
 * (the source: the caller for parameters, the callee for results) into the one that receives it
 * (the destination), as lifting it out of the source and lowering it into the destination would,
 * without a value in between. Nodes are plain data computed once from a {@link Layout} and the two
 * sides' options: {@link FusedLifting} and {@link FusedLowering} interpret them, one exhaustive
 * {@code switch} each, and a compiler could turn a tree of them into straight-line code.
 *
 * <p>Each node knows how many core values its type flattens to ({@link #flatCount()}, -1 when more
 * than {@code MAX_FLAT_PARAMS}: then it only ever lives in memory) and whether the source side has
 * anything to do for it ({@link #checked()}): a check that can trap, or something to take out of
 * the source (a string's code units, a handle). Integers, floats, bools and flags cannot trap when
 * lifted, so a subtree of them is skipped entirely by {@link FusedLifting}.
 */
sealed interface CopyOp permits CopyOp.CopyPrim, CopyOp.CopyString, CopyOp.CopyList, CopyOp.CopyRecord,
        CopyOp.CopyVariant, CopyOp.CopyFlags, CopyOp.CopyOwn, CopyOp.CopyBorrow {

    /** {@code len(flatten_type(t))}, or -1 when more than {@code MAX_FLAT_PARAMS}. */
    int flatCount();

    /** Whether the source side has a check or a capture to make for this value. */
    boolean checked();

    /** A number, {@code bool} or {@code char}: one core value, or its bytes in memory. */
    record CopyPrim(PrimitiveType type) implements CopyOp {
        @Override
        public int flatCount() {
            return 1;
        }

        /** Only a {@code char} can be invalid ({@code convert_i32_to_char}). */
        @Override
        public boolean checked() {
            return type == PrimitiveType.CHAR;
        }
    }

    /** A string: loaded from {@code from}'s memory, stored with the destination's {@code realloc} in {@code to}. */
    record CopyString(StringEncoding from, StringEncoding to) implements CopyOp {
        @Override
        public int flatCount() {
            return 2;
        }

        @Override
        public boolean checked() {
            return true;
        }
    }

    /**
     * A list (or a map, a list of key-value tuples): a pointer and a length. {@code bulk} says how
     * the elements move when they are scalars whose bytes are the same on both sides: as one
     * memory-to-memory copy (with a fix-up of booleans or NaNs where lifting and lowering would
     * change the bytes), rather than element by element.
     */
    record CopyList(CopyOp element, long elementSize, int elementAlignment, Bulk bulk) implements CopyOp {
        @Override
        public int flatCount() {
            return 2;
        }

        /** The range is checked ({@code load_list_from_range}). */
        @Override
        public boolean checked() {
            return true;
        }
    }

    /** How the elements of a {@link CopyList} are copied. */
    enum Bulk {
        /** Element by element, through the element's node. */
        NONE,
        /** Byte for byte: integers, or records and tuples of integers without padding. */
        BYTES,
        /** Byte for byte, each non-zero byte becoming 1 ({@code convert_int_to_bool}). */
        BOOLS,
        /** Four bytes at a time, each NaN becoming the canonical NaN. */
        F32S,
        /** Eight bytes at a time, each NaN becoming the canonical NaN. */
        F64S,
        /** Four bytes at a time, each checked to be a Unicode scalar value by the source side. */
        CHARS
    }

    /**
     * A record, tuple or fixed-length list (or the tuple of a function's spilled parameters or
     * results): the fields in order, each at its offset in memory.
     */
    record CopyRecord(CopyOp[] fields, long[] offsets, int flatCount, boolean checked) implements CopyOp {}

    /**
     * A variant, enum, option or result: the discriminant ({@code discriminantSize} bytes in memory),
     * then the case's payload ({@code cases[i]}, null for none) at {@code payloadOffset}, or flat in
     * the joined payload values, the rest of which are zero.
     */
    record CopyVariant(CopyOp[] cases, int discriminantSize, long payloadOffset, int flatCount) implements CopyOp {
        @Override
        public boolean checked() {
            return true;
        }
    }

    /** Flags: {@code size} bytes in memory, of which the bits of {@code mask} are labels (the rest are dropped). */
    record CopyFlags(int mask, int size) implements CopyOp {
        @Override
        public int flatCount() {
            return 1;
        }

        @Override
        public boolean checked() {
            return false;
        }
    }

    /** An {@code own}: the handle moves from the source's table ({@code lift_own}) to the destination's ({@code lower_own}). */
    record CopyOwn(ResourceType resource) implements CopyOp {
        @Override
        public int flatCount() {
            return 1;
        }

        @Override
        public boolean checked() {
            return true;
        }
    }

    /** A {@code borrow}: lent by the source's table ({@code lift_borrow}) into the destination's ({@code lower_borrow}). */
    record CopyBorrow(ResourceType resource) implements CopyOp {
        @Override
        public int flatCount() {
            return 1;
        }

        @Override
        public boolean checked() {
            return true;
        }
    }
}
