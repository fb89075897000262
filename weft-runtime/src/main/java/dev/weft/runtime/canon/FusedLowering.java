package dev.weft.runtime.canon;

import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreMemory;
import dev.weft.runtime.canon.AdapterPlan.ValuesPlan;
import dev.weft.runtime.canon.CopyOp.Bulk;
import dev.weft.runtime.canon.CopyOp.CopyBorrow;
import dev.weft.runtime.canon.CopyOp.CopyFlags;
import dev.weft.runtime.canon.CopyOp.CopyList;
import dev.weft.runtime.canon.CopyOp.CopyOwn;
import dev.weft.runtime.canon.CopyOp.CopyPrim;
import dev.weft.runtime.canon.CopyOp.CopyRecord;
import dev.weft.runtime.canon.CopyOp.CopyString;
import dev.weft.runtime.canon.CopyOp.CopyVariant;
import dev.weft.runtime.resource.ResourceRep;
import dev.weft.types.PrimitiveType;

/**
 * The destination side of a fused copy: {@code lower_flat_values} of the values that
 * {@link FusedLifting} checked in the source, read from where they are (the source's core values
 * and memory, and the {@link Transfer}) rather than from values. Allocations are the spec's, in the
 * spec's order, through the destination's {@code realloc}: the tuple of spilled values first, then
 * each list and string as {@code store} reaches it. Scalars are written as lowering their lifted
 * value would write them: {@code bool}s as 0 or 1, NaNs canonical, unused high bits and unused
 * flags dropped, joined variant payload values zero-extended and the unused ones zero.
 */
final class FusedLowering {
    private FusedLowering() {}

    /**
     * {@code lower_flat_values(cx, max_flat, vs, ts, out_param)} of the values lifted from
     * {@code flat}. Spilled values go into a fresh allocation (returned as the one core value), or,
     * with an {@code outParam} (a lowered call's results), into the caller's buffer at
     * {@code outParam[outIndex]}.
     */
    static long[] lowerFlatValues(Transfer t, ValuesPlan ts, long[] flat, long[] outParam, int outIndex) {
        if (ts.spills()) {
            long src = t.src.ptr(flat[0]);
            long dst;
            long[] result;
            if (outParam == null) {
                dst = AbiChecks.allocateSpilledValues(t.dst, ts.layout().tuple);
                result = new long[] {dst};
            } else {
                dst = t.dst.ptr(outParam[outIndex]);
                AbiChecks.checkOutParam(t.dst, dst, ts.layout().tuple);
                result = CoreFunction.NO_VALUES;
            }
            store(t, ts.tuple(), src, dst);
            return result;
        }
        if (ts.flatCount() == 0) return CoreFunction.NO_VALUES;
        long[] out = new long[ts.flatCount()];
        int at = 0;
        for (CopyOp op : ts.types()) at = lowerFlat(t, op, flat, out, at);
        assert at == out.length;
        return out;
    }

    /** {@code lower_flat(cx, v, t)} of the value lifted from {@code flat[at..]}, into {@code out[at..]}. */
    static int lowerFlat(Transfer t, CopyOp op, long[] flat, long[] out, int at) {
        switch (op) {
            case CopyPrim p -> out[at] = lowerFlatScalar(p.type(), flat[at]);
            case CopyString s -> {
                Strings.StoredString stored = Strings.storeStringIntoRange(t.dst, (Strings.GuestString) t.next());
                out[at] = stored.ptr();
                out[at + 1] = stored.taggedCodeUnits();
                return at + 2;
            }
            case CopyList l -> {
                long length = t.src.ptr(flat[at + 1]);
                out[at] = storeListIntoRange(t, l, t.src.ptr(flat[at]), length);
                out[at + 1] = length;
                return at + 2;
            }
            case CopyRecord r -> {
                for (CopyOp f : r.fields()) at = lowerFlat(t, f, flat, out, at);
                return at;
            }
            case CopyVariant v -> {
                return lowerFlatVariant(t, v, flat, out, at);
            }
            case CopyFlags f -> out[at] = Integer.toUnsignedLong((int) flat[at] & f.mask());
            case CopyOwn o -> out[at] = Handles.lowerOwn(t.dst, (ResourceRep) t.next());
            case CopyBorrow b -> out[at] = Integer.toUnsignedLong(Handles.lowerBorrow(t.dst, (ResourceRep) t.next()));
        }
        return at + 1;
    }

    /** {@code lower_flat_variant}: the case index, the payload in the first joined values, zeros in the rest. */
    private static int lowerFlatVariant(Transfer t, CopyVariant v, long[] flat, long[] out, int at) {
        int caseIndex = (int) flat[at];
        out[at] = Integer.toUnsignedLong(caseIndex);
        int end = at + v.flatCount();
        int next = at + 1;
        CopyOp c = v.cases()[caseIndex];
        if (c != null) next = lowerFlat(t, c, flat, out, next);
        while (next < end) out[next++] = 0;
        return end;
    }

    /**
     * A scalar core value as lifting then lowering it makes it: the unused high bits of small
     * integers dropped, signed ones sign-extended to 32 bits, zero-extended to the slot, NaNs
     * canonical. A {@code char} was checked by {@link FusedLifting}.
     */
    static long lowerFlatScalar(PrimitiveType p, long v) {
        return switch (p) {
            case BOOL -> (int) v != 0 ? 1 : 0;
            case U8 -> (int) v & 0xFF;
            case U16 -> (int) v & 0xFFFF;
            case S8 -> Integer.toUnsignedLong((byte) v);
            case S16 -> Integer.toUnsignedLong((short) v);
            case U32, S32, CHAR -> Integer.toUnsignedLong((int) v);
            case U64, S64 -> v;
            case F32 -> Integer.toUnsignedLong(BulkCopy.canonicalF32((int) v));
            case F64 -> BulkCopy.canonicalF64(v);
            case STRING, ERROR_CONTEXT -> throw new AssertionError(p);
        };
    }

    /** {@code store(cx, v, t, ptr)} of the value loaded from {@code src}: both are aligned and in bounds. */
    static void store(Transfer t, CopyOp op, long src, long dst) {
        LiftLowerContext cx = t.dst;
        switch (op) {
            case CopyPrim p -> storeScalar(t.src.memory(), src, cx.memory(), dst, p.type());
            case CopyString s -> {
                Strings.StoredString stored = Strings.storeStringIntoRange(cx, (Strings.GuestString) t.next());
                cx.storePtr(stored.ptr(), dst);
                cx.storePtr(stored.taggedCodeUnits(), dst + cx.ptrSize);
            }
            case CopyList l -> {
                long begin = t.src.loadPtr(src);
                long length = t.src.loadPtr(src + t.src.ptrSize);
                long ptr = storeListIntoRange(t, l, begin, length);
                cx.storePtr(ptr, dst);
                cx.storePtr(length, dst + cx.ptrSize);
            }
            case CopyRecord r -> {
                CopyOp[] fields = r.fields();
                long[] offsets = r.offsets();
                for (int i = 0; i < fields.length; i++) store(t, fields[i], src + offsets[i], dst + offsets[i]);
            }
            case CopyVariant v -> storeVariant(t, v, src, dst);
            case CopyFlags f -> storeFlags(t.src.memory(), src, cx.memory(), dst, f);
            case CopyOwn o -> cx.memory().writeI32(dst, Handles.lowerOwn(cx, (ResourceRep) t.next()));
            case CopyBorrow b -> cx.memory().writeI32(dst, Handles.lowerBorrow(cx, (ResourceRep) t.next()));
        }
    }

    /** {@code store_variant}: the discriminant, then the payload at the payload offset. */
    private static void storeVariant(Transfer t, CopyVariant v, long src, long dst) {
        int caseIndex = (int) FusedLifting.loadDiscriminant(t.src.memory(), src, v.discriminantSize());
        CoreMemory m = t.dst.memory();
        switch (v.discriminantSize()) {
            case 1 -> m.writeI8(dst, (byte) caseIndex);
            case 2 -> m.writeI16(dst, (short) caseIndex);
            default -> m.writeI32(dst, caseIndex);
        }
        CopyOp c = v.cases()[caseIndex];
        if (c != null) store(t, c, src + v.payloadOffset(), dst + v.payloadOffset());
    }

    /** {@code load_flags} then {@code store_flags}: the bits of the labels. */
    private static void storeFlags(CoreMemory from, long src, CoreMemory to, long dst, CopyFlags f) {
        switch (f.size()) {
            case 1 -> to.writeI8(dst, (byte) (from.readI8(src) & f.mask()));
            case 2 -> to.writeI16(dst, (short) (from.readI16(src) & f.mask()));
            default -> to.writeI32(dst, from.readI32(src) & f.mask());
        }
    }

    /** {@code load} then {@code store} of a scalar: its bytes, except for {@code bool}s and NaNs. */
    private static void storeScalar(CoreMemory from, long src, CoreMemory to, long dst, PrimitiveType p) {
        switch (p) {
            case BOOL -> to.writeI8(dst, (byte) (from.readI8(src) != 0 ? 1 : 0));
            case U8, S8 -> to.writeI8(dst, from.readI8(src));
            case U16, S16 -> to.writeI16(dst, from.readI16(src));
            case U32, S32, CHAR -> to.writeI32(dst, from.readI32(src));
            case U64, S64 -> to.writeI64(dst, from.readI64(src));
            case F32 -> to.writeI32(dst, BulkCopy.canonicalF32(from.readI32(src)));
            case F64 -> to.writeI64(dst, BulkCopy.canonicalF64(from.readI64(src)));
            case STRING, ERROR_CONTEXT -> throw new AssertionError(p);
        }
    }

    /**
     * {@code store_list_into_range}: allocates {@code length * elem_size} bytes with the
     * destination's {@code realloc}, then copies the elements: in bulk, or one by one.
     */
    private static long storeListIntoRange(Transfer t, CopyList l, long src, long length) {
        long dst = AbiChecks.allocateList(t.dst, length, l.elementSize(), l.elementAlignment());
        switch (l.bulk()) {
            case NONE -> {
                long size = l.elementSize();
                for (long i = 0; i < length; i++) store(t, l.element(), src + i * size, dst + i * size);
            }
            case CHARS -> t.dst.memory().write(dst, (byte[]) t.next());
            case BYTES, BOOLS, F32S, F64S -> BulkCopy.copy(t.src.memory(), src, t.dst.memory(), dst,
                    length * l.elementSize(), l.bulk());
        }
        return dst;
    }
}
