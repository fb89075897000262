package dev.weft.runtime.canon;

import dev.weft.engine.CoreMemory;
import dev.weft.runtime.canon.AdapterPlan.ValuesPlan;
import dev.weft.runtime.canon.CopyOp.CopyBorrow;
import dev.weft.runtime.canon.CopyOp.CopyFlags;
import dev.weft.runtime.canon.CopyOp.CopyList;
import dev.weft.runtime.canon.CopyOp.CopyOwn;
import dev.weft.runtime.canon.CopyOp.CopyPrim;
import dev.weft.runtime.canon.CopyOp.CopyRecord;
import dev.weft.runtime.canon.CopyOp.CopyString;
import dev.weft.runtime.canon.CopyOp.CopyVariant;
import dev.weft.types.PrimitiveType;

/**
 * The source side of a fused copy: everything {@code lift_flat_values} does to the instance a value
 * comes from, without building the value. It makes the same checks in the same order, so it traps
 * where lifting traps, with the same words ({@link AbiChecks}, {@link Strings#loadGuestString},
 * {@link Handles}): the ranges of lists and strings, UTF-8 and UTF-16, {@code char}s,
 * discriminants; it takes owned handles out of the source's table and lends borrowed ones. What
 * lowering needs and cannot read again from the source memory is kept in the {@link Transfer}.
 * Nodes without checks ({@link CopyOp#checked()} false) are skipped.
 */
final class FusedLifting {
    private FusedLifting() {}

    /** {@code lift_flat_values(cx, max_flat, vi, ts)}: spilled values are checked where they are. */
    static void liftFlatValues(Transfer t, ValuesPlan ts, long[] flat) {
        if (ts.spills()) {
            long ptr = t.src.ptr(flat[0]);
            AbiChecks.checkSpilledValues(t.src, ptr, ts.layout().tuple);
            if (ts.tuple().checked()) liftRecord(t, ts.tuple(), ptr);
            return;
        }
        int at = 0;
        for (CopyOp op : ts.types()) at = op.checked() ? liftFlat(t, op, flat, at) : at + op.flatCount();
    }

    /** {@code lift_flat(cx, vi, t)} from {@code flat[at..]}; returns the index after the value. */
    static int liftFlat(Transfer t, CopyOp op, long[] flat, int at) {
        switch (op) {
            case CopyPrim p -> {
                if (p.type() == PrimitiveType.CHAR) AbiChecks.checkChar((int) flat[at]);
            }
            case CopyString s -> {
                t.keep(Strings.loadGuestString(t.src, t.src.ptr(flat[at]), t.src.ptr(flat[at + 1])));
                return at + 2;
            }
            case CopyList l -> {
                liftList(t, l, t.src.ptr(flat[at]), t.src.ptr(flat[at + 1]));
                return at + 2;
            }
            case CopyRecord r -> {
                for (CopyOp f : r.fields()) at = f.checked() ? liftFlat(t, f, flat, at) : at + f.flatCount();
                return at;
            }
            case CopyVariant v -> {
                return liftFlatVariant(t, v, flat, at);
            }
            case CopyFlags f -> { }
            case CopyOwn o -> t.keep(Handles.liftOwn(t.src, (int) flat[at], o.resource()));
            case CopyBorrow b -> t.keep(Handles.liftBorrow(t.src, (int) flat[at], b.resource()));
        }
        return at + 1;
    }

    /** {@code lift_flat_variant}: the discriminant, then the case's payload from the first joined values. */
    private static int liftFlatVariant(Transfer t, CopyVariant v, long[] flat, int at) {
        long caseIndex = Integer.toUnsignedLong((int) flat[at]);
        AbiChecks.checkDiscriminant(caseIndex, v.cases().length);
        CopyOp c = v.cases()[(int) caseIndex];
        if (c != null && c.checked()) liftFlat(t, c, flat, at + 1);
        return at + v.flatCount();
    }

    /** {@code load(cx, ptr, t)}: {@code ptr} is aligned and the value in bounds. */
    static void load(Transfer t, CopyOp op, long ptr) {
        LiftLowerContext cx = t.src;
        switch (op) {
            case CopyPrim p -> {
                if (p.type() == PrimitiveType.CHAR) AbiChecks.checkChar(cx.memory().readI32(ptr));
            }
            case CopyString s -> t.keep(Strings.loadGuestString(cx, cx.loadPtr(ptr), cx.loadPtr(ptr + cx.ptrSize)));
            case CopyList l -> liftList(t, l, cx.loadPtr(ptr), cx.loadPtr(ptr + cx.ptrSize));
            case CopyRecord r -> liftRecord(t, r, ptr);
            case CopyVariant v -> {
                long caseIndex = loadDiscriminant(cx.memory(), ptr, v.discriminantSize());
                AbiChecks.checkDiscriminant(caseIndex, v.cases().length);
                CopyOp c = v.cases()[(int) caseIndex];
                if (c != null && c.checked()) load(t, c, ptr + v.payloadOffset());
            }
            case CopyFlags f -> { }
            case CopyOwn o -> t.keep(Handles.liftOwn(cx, cx.memory().readI32(ptr), o.resource()));
            case CopyBorrow b -> t.keep(Handles.liftBorrow(cx, cx.memory().readI32(ptr), b.resource()));
        }
    }

    /** {@code load_record}: the checked fields at their offsets. */
    private static void liftRecord(Transfer t, CopyRecord r, long ptr) {
        CopyOp[] fields = r.fields();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].checked()) load(t, fields[i], ptr + r.offsets()[i]);
        }
    }

    /**
     * {@code load_list_from_range}: the range checks, then the elements that have checks. A list
     * of {@code char}s is read once, checked, and kept for lowering.
     */
    private static void liftList(Transfer t, CopyList l, long ptr, long length) {
        AbiChecks.checkListRange(t.src, ptr, length, l.elementSize(), l.elementAlignment());
        switch (l.bulk()) {
            case CHARS -> t.keep(loadChars(t.src.memory(), ptr, (int) length));
            case NONE -> {
                if (!l.element().checked()) return;
                for (long i = 0; i < length; i++) load(t, l.element(), ptr + i * l.elementSize());
            }
            case BYTES, BOOLS, F32S, F64S -> { }
        }
    }

    /** The bytes of {@code length} chars, each checked in order ({@code convert_i32_to_char}). */
    private static byte[] loadChars(CoreMemory memory, long ptr, int length) {
        byte[] bytes = memory.read(ptr, 4 * length);
        for (int i = 0; i < length; i++) AbiChecks.checkChar(BulkCopy.getI32(bytes, 4 * i));
        return bytes;
    }

    /** A discriminant of {@code size} bytes, unsigned. */
    static long loadDiscriminant(CoreMemory memory, long ptr, int size) {
        return switch (size) {
            case 1 -> memory.readI8(ptr) & 0xFFL;
            case 2 -> memory.readI16(ptr) & 0xFFFFL;
            default -> Integer.toUnsignedLong(memory.readI32(ptr));
        };
    }
}
