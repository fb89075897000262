package dev.weft.runtime.canon;

import dev.weft.engine.CoreMemory;
import dev.weft.runtime.resource.ResourceRep;
import dev.weft.runtime.value.Bool;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.Char;
import dev.weft.runtime.value.EnumValue;
import dev.weft.runtime.value.ErrorContextValue;
import dev.weft.runtime.value.F32;
import dev.weft.runtime.value.F64;
import dev.weft.runtime.value.FlagsValue;
import dev.weft.runtime.value.FutureValue;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.MapValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.ResourceHandle;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.S16;
import dev.weft.runtime.value.S32;
import dev.weft.runtime.value.S64;
import dev.weft.runtime.value.S8;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.StreamValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.U16;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.U8;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.VariantValue;
import dev.weft.types.FixedListType;
import dev.weft.types.PrimitiveType;
import java.util.List;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#storing">Storing</a>:
 * writing a value of a type into linear memory ({@code store} and its helpers), including
 * {@code lower_own} and {@code lower_borrow}, which put handles into the instance's table. Strings
 * are in {@link Strings}.
 *
 * <p>Values are well-typed (checked against the function type before any is stored), so each case
 * of the exhaustive {@code switch} over {@link Value} matches the layout's type. Callers guarantee
 * what the spec asserts: {@code ptr} is aligned and the whole value is in bounds.
 */
public final class Storing {
    private Storing() {}

    /** {@code store(cx, v, t, ptr)}. */
    public static void store(LiftLowerContext cx, Value v, Layout t, long ptr) {
        assert (ptr & (t.alignment - 1)) == 0 && ptr + t.size <= cx.memoryLength();
        CoreMemory m = cx.memory();
        switch (v) {
            case Bool b -> m.writeI8(ptr, (byte) (b.value() ? 1 : 0));
            case U8 u -> m.writeI8(ptr, u.bits());
            case U16 u -> m.writeI16(ptr, u.bits());
            case U32 u -> m.writeI32(ptr, u.bits());
            case U64 u -> m.writeI64(ptr, u.bits());
            case S8 s -> m.writeI8(ptr, s.value());
            case S16 s -> m.writeI16(ptr, s.value());
            case S32 s -> m.writeI32(ptr, s.value());
            case S64 s -> m.writeI64(ptr, s.value());
            case F32 f -> m.writeI32(ptr, encodeFloatAsI32(f.value()));
            case F64 f -> m.writeI64(ptr, encodeFloatAsI64(f.value()));
            case Char c -> m.writeI32(ptr, charToI32(c));
            case Str s -> storeString(cx, s, ptr);
            case ListValue l -> storeList(cx, l, ptr, t);
            case RecordValue r -> storeRecord(cx, r.values(), ptr, t);
            case TupleValue u -> storeRecord(cx, u.values(), ptr, t);
            case VariantValue u -> storeVariant(cx, v, ptr, t);
            case EnumValue u -> storeVariant(cx, v, ptr, t);
            case OptionValue u -> storeVariant(cx, v, ptr, t);
            case ResultValue u -> storeVariant(cx, v, ptr, t);
            case FlagsValue f -> storeFlags(cx, f, ptr, t);
            case MapValue mv -> storeMap(cx, mv, ptr, t);
            case OwnHandle o -> m.writeI32(ptr, lowerOwn(cx, o));
            case BorrowHandle b -> m.writeI32(ptr, lowerBorrow(cx, b));
            case StreamValue s -> throw Loading.unsupported("stream");
            case FutureValue f -> throw Loading.unsupported("future");
            case ErrorContextValue e -> throw Loading.unsupported("error-context");
        }
    }

    /**
     * {@code maybe_scramble_nan32} and {@code i32.reinterpret_f32}. Weft follows the deterministic
     * profile: every NaN is stored as the canonical NaN.
     */
    public static int encodeFloatAsI32(float f) {
        return Float.isNaN(f) ? Loading.CANONICAL_FLOAT32_NAN : Float.floatToRawIntBits(f);
    }

    /** {@code maybe_scramble_nan64} and {@code i64.reinterpret_f64}, deterministically. */
    public static long encodeFloatAsI64(double f) {
        return Double.isNaN(f) ? Loading.CANONICAL_FLOAT64_NAN : Double.doubleToRawLongBits(f);
    }

    /** {@code char_to_i32}: a scalar value is already a valid {@code i32}. */
    static int charToI32(Char c) {
        return c.codePoint();
    }

    /** {@code store_string}: the string goes into a fresh allocation; its pointer and length here. */
    public static void storeString(LiftLowerContext cx, Str v, long ptr) {
        Strings.StoredString s = Strings.storeStringIntoRange(cx, v.value());
        cx.storePtr(s.ptr(), ptr);
        cx.storePtr(s.taggedCodeUnits(), ptr + cx.ptrSize);
    }

    /** {@code store_list}: a fixed-length list inline, a list into a fresh allocation. */
    public static void storeList(LiftLowerContext cx, ListValue v, long ptr, Layout t) {
        if (t.type() instanceof FixedListType) {
            storeListIntoValidRange(cx, v, ptr, t.element());
            return;
        }
        long begin = storeListIntoRange(cx, v, t.element());
        cx.storePtr(begin, ptr);
        cx.storePtr(v.size(), ptr + cx.ptrSize);
    }

    /** {@code store_list_into_range}: allocates {@code len(v) * elem_size} bytes and stores the elements there. */
    public static long storeListIntoRange(LiftLowerContext cx, ListValue v, Layout e) {
        long ptr = allocateList(cx, v.size(), e);
        storeListIntoValidRange(cx, v, ptr, e);
        return ptr;
    }

    /** The allocation of {@code store_list_into_range}, with its alignment and bounds traps. */
    private static long allocateList(LiftLowerContext cx, int length, Layout e) {
        return AbiChecks.allocateList(cx, length, e.size, e.alignment);
    }

    /** {@code store_list_into_valid_range}: element {@code i} at {@code ptr + i * elem_size}. */
    static void storeListIntoValidRange(LiftLowerContext cx, ListValue v, long ptr, Layout e) {
        if (v.isBytes()) {
            CoreMemory m = cx.memory();
            v.writeBytesTo((bytes, offset, length) -> m.write(ptr, bytes, offset, length));
        } else if (PrimitiveArrays.isNumeric(e.type())) {
            cx.memory().write(ptr, PrimitiveArrays.encode(v.elements(), (PrimitiveType) e.type(), (int) e.size));
        } else {
            List<Value> elements = v.elements();
            for (int i = 0; i < elements.size(); i++) store(cx, elements.get(i), e, ptr + i * e.size);
        }
    }

    /** {@code store_record}: each field at its offset (also a tuple, or spilled values). */
    public static void storeRecord(LiftLowerContext cx, List<Value> fields, long ptr, Layout t) {
        for (int i = 0; i < t.children.length; i++) store(cx, fields.get(i), t.children[i], ptr + t.offsets[i]);
    }

    /** {@code store_variant}: the discriminant, then the payload at the payload offset. */
    public static void storeVariant(LiftLowerContext cx, Value v, long ptr, Layout t) {
        int caseIndex = matchCase(v);
        CoreMemory m = cx.memory();
        switch (t.discriminantSize) {
            case 1 -> m.writeI8(ptr, (byte) caseIndex);
            case 2 -> m.writeI16(ptr, (short) caseIndex);
            default -> m.writeI32(ptr, caseIndex);
        }
        Value payload = casePayload(v);
        if (payload != null) store(cx, payload, t.children[caseIndex], ptr + t.payloadOffset);
    }

    /** {@code match_case}: the case index of a variant, enum, option or result value. */
    static int matchCase(Value v) {
        return switch (v) {
            case VariantValue u -> u.caseIndex();
            case EnumValue e -> e.index();
            case OptionValue o -> o.isSome() ? 1 : 0;
            case ResultValue r -> r.isOk() ? 0 : 1;
            default -> throw new AssertionError("not a variant: " + v.type().wit());
        };
    }

    /** The payload of {@link #matchCase}'s case, or null. */
    static Value casePayload(Value v) {
        return switch (v) {
            case VariantValue u -> u.payload().orElse(null);
            case EnumValue e -> null;
            case OptionValue o -> o.value().orElse(null);
            case ResultValue r -> r.payload().orElse(null);
            default -> throw new AssertionError("not a variant: " + v.type().wit());
        };
    }

    /** {@code store_flags}. */
    public static void storeFlags(LiftLowerContext cx, FlagsValue v, long ptr, Layout t) {
        int i = packFlagsIntoInt(v);
        CoreMemory m = cx.memory();
        switch ((int) t.size) {
            case 1 -> m.writeI8(ptr, (byte) i);
            case 2 -> m.writeI16(ptr, (short) i);
            default -> m.writeI32(ptr, i);
        }
    }

    /** {@code pack_flags_into_int}: bit {@code k} for the {@code k}-th label. */
    static int packFlagsIntoInt(FlagsValue v) {
        List<String> labels = v.type().names();
        int i = 0;
        for (int k = 0; k < labels.size(); k++) {
            if (v.flags().contains(labels.get(k))) i |= 1 << k;
        }
        return i;
    }

    /** A {@code map} is stored as {@code list<tuple<k, v>>}. */
    static void storeMap(LiftLowerContext cx, MapValue v, long ptr, Layout t) {
        long begin = storeMapIntoRange(cx, v, t.element());
        cx.storePtr(begin, ptr);
        cx.storePtr(v.entries().size(), ptr + cx.ptrSize);
    }

    static long storeMapIntoRange(LiftLowerContext cx, MapValue v, Layout entry) {
        long ptr = allocateList(cx, v.entries().size(), entry);
        long at = ptr;
        for (MapValue.Entry e : v.entries()) {
            storeRecord(cx, List.of(e.key(), e.value()), at, entry);
            at += entry.size;
        }
        return ptr;
    }

    /** {@code lower_own}: a new owning handle in the instance's table. */
    public static int lowerOwn(LiftLowerContext cx, OwnHandle v) {
        return Handles.lowerOwn(cx, rep(v.handle()));
    }

    /**
     * {@code lower_borrow}: the representation itself when lowering into the resource's own
     * instance, else a borrow handle that the callee must drop before the call returns.
     */
    public static int lowerBorrow(LiftLowerContext cx, BorrowHandle v) {
        return Handles.lowerBorrow(cx, rep(v.handle()));
    }

    private static ResourceRep rep(ResourceHandle handle) {
        if (handle instanceof ResourceRep r) return r;
        throw new ValueTypeException("a resource handle passed to a component must be one Weft made (a ResourceRep),"
                + " not " + handle.getClass().getName());
    }
}
