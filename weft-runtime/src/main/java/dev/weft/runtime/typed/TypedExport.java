package dev.weft.runtime.typed;

import dev.weft.engine.CoreDeadline;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreTrap;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Trap;
import dev.weft.runtime.canon.CanonOptions;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.canon.LiftLowerContext;
import dev.weft.runtime.canon.LiftedTarget;
import dev.weft.runtime.canon.Strings;
import dev.weft.runtime.value.ValueTypeException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An export of a component instance bound for typed calls: the lifted core function and what its
 * {@code canon lift} options give (memory, {@code realloc}, {@code post-return}, string encoding).
 * Generated code calls it in the order of the spec's {@code canon_lift}:
 *
 * <pre>{@code
 * x.enter();                                   // cannot enter component instance: Trap
 * boolean called = false;
 * try {
 *     long[] args = ...;                       // lower: x.storeString, x.allocate, x.memory()
 *     called = true;
 *     long[] results = x.call(args);
 *     R r = ...;                               // lift: x.loadString, x.checkRange, x.memory()
 *     x.postReturn(results);
 *     x.leave();
 *     return r;
 * } catch (RuntimeException | Error e) {
 *     x.abort(e, called);                      // poisons the instance, unless the host's own arguments were bad
 *     throw e;
 * }
 * }</pre>
 *
 * Not thread-safe, like the instance.
 */
public final class TypedExport {
    private final LiftedTarget target;
    private final ComponentInstanceState inst;
    private final CoreFunction core;
    private final LiftLowerContext cx;
    private final CoreMemory memory;
    private final boolean hasPostReturn;
    /** The deadline of the call in progress, if the instance has one. */
    private CoreDeadline deadline;

    private TypedExport(LiftedTarget target) {
        this.target = target;
        this.inst = target.instance();
        this.core = target.core();
        CanonOptions opts = target.options();
        this.cx = new LiftLowerContext(opts, inst);
        this.memory = opts.memory().orElse(null);
        this.hasPostReturn = opts.postReturn().isPresent();
    }

    /**
     * {@code f} bound for typed calls; empty if it is not lifted from core code of a component
     * instance (a host function or a trap the instance re-exports), or is {@code async}.
     *
     * @throws IllegalStateException if this runtime's internals are not what the typed path expects
     */
    public static Optional<TypedExport> bind(ComponentFunction f) {
        Objects.requireNonNull(f, "f");
        if (f.type().async()) return Optional.empty();
        return f.lifted().filter(t -> !t.options().async()).map(TypedExport::new);
    }

    /** {@code canon lift}'s reentrance guard and {@code enter_from}: a call from the host. */
    public void enter() {
        inst.enterFrom(null);
        Duration limit = inst.deadline();
        if (limit != null) deadline = CoreDeadline.start(limit);
    }

    /** The call returned: the instance may be entered again. */
    public void leave() {
        endDeadline();
        inst.leaveTo(null);
    }

    private void endDeadline() {
        CoreDeadline d = deadline;
        if (d != null) {
            deadline = null;
            d.close();
        }
    }

    /**
     * The call failed with {@code e}: the instance is poisoned, as by any trap or exception that
     * unwinds out of a call, unless nothing of the guest ran yet but {@code realloc} and {@code e}
     * is the host's own error (a null or invalid argument): then it is left as it was entered.
     */
    public void abort(Throwable e, boolean called) {
        endDeadline();
        if (!called && !(e instanceof Trap)) inst.leaveTo(null);
        else inst.poisonFrom(null);
    }

    /** Calls the core function ({@code call_and_trap_on_throw}). */
    public long[] call(long... args) {
        try {
            return core.call(args);
        } catch (CoreTrap t) {
            throw Trap.fromCore(t);
        }
    }

    /** Runs {@code post-return} (if any) with the core results, once the results are lifted. */
    public void postReturn(long[] results) {
        if (hasPostReturn) target.postReturn(results);
    }

    /** The {@code memory} option. */
    public CoreMemory memory() {
        return memory;
    }

    /**
     * {@code realloc(0, 0, alignment, size)}: the address of a new allocation in the guest.
     *
     * @throws Trap if {@code realloc} traps or returns an unaligned or out-of-bounds pointer
     */
    public long allocate(int alignment, long size) {
        long ptr = cx.allocate(alignment, size);
        if ((ptr & (alignment - 1)) != 0) throw new Trap("unaligned pointer (realloc return: result not aligned)");
        if (ptr + size > memory.size()) throw new Trap("pointer out of bounds of memory (realloc return: beyond end of memory)");
        return ptr;
    }

    /**
     * {@code store_string_into_range}: {@code s} copied into the guest in the instance's string
     * encoding. Returns the pointer in the high 32 bits and the (tagged) length in the low 32.
     */
    public long storeString(String s) {
        Objects.requireNonNull(s, "string");
        Strings.StoredString st = Strings.storeStringIntoRange(cx, s);
        return st.ptr() << 32 | (st.taggedCodeUnits() & 0xffff_ffffL);
    }

    /** A {@code list<u8>} copied into the guest; pointer and length packed as by {@link #storeString}. */
    public long storeBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        long ptr = allocate(1, bytes.length);
        memory.write(ptr, bytes, 0, bytes.length);
        return ptr << 32 | bytes.length;
    }

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Allocates {@code bytes.length} bytes aligned to {@code alignment} and copies them in; packed as by {@link #storeString}. */
    private long storeEncoded(byte[] bytes, int alignment, int count) {
        long ptr = allocate(alignment, bytes.length);
        memory.write(ptr, bytes, 0, bytes.length);
        return ptr << 32 | count;
    }

    /** A {@code list<s16>} or {@code list<u16>} copied into the guest in one write; packed as by {@link #storeString}. */
    public long storeShorts(List<Short> list) {
        int n = list.size();
        byte[] b = new byte[2 * n];
        for (int i = 0; i < n; i++) I16.set(b, 2 * i, (short) list.get(i));
        return storeEncoded(b, 2, n);
    }

    /** A {@code list<s32>} or {@code list<u32>} copied into the guest in one write. */
    public long storeInts(List<Integer> list) {
        int n = list.size();
        byte[] b = new byte[4 * n];
        for (int i = 0; i < n; i++) I32.set(b, 4 * i, (int) list.get(i));
        return storeEncoded(b, 4, n);
    }

    /** A {@code list<s64>} or {@code list<u64>} copied into the guest in one write. */
    public long storeLongs(List<Long> list) {
        int n = list.size();
        byte[] b = new byte[8 * n];
        for (int i = 0; i < n; i++) I64.set(b, 8 * i, (long) list.get(i));
        return storeEncoded(b, 8, n);
    }

    /** A {@code list<f32>} copied into the guest in one write. */
    public long storeFloats(List<Float> list) {
        int n = list.size();
        byte[] b = new byte[4 * n];
        for (int i = 0; i < n; i++) I32.set(b, 4 * i, Float.floatToRawIntBits(list.get(i)));
        return storeEncoded(b, 4, n);
    }

    /** A {@code list<f64>} copied into the guest in one write. */
    public long storeDoubles(List<Double> list) {
        int n = list.size();
        byte[] b = new byte[8 * n];
        for (int i = 0; i < n; i++) I64.set(b, 8 * i, Double.doubleToRawLongBits(list.get(i)));
        return storeEncoded(b, 8, n);
    }

    /** {@code n} elements of {@code elemSize} bytes at {@code ptr}, checked and read in one go. */
    private byte[] loadEncoded(long ptr, long n, int elemSize) {
        checkRange(ptr, n, elemSize, elemSize);
        return memory.read(ptr, (int) (n * elemSize));
    }

    /** A {@code list<s16>} or {@code list<u16>} out of the guest. @throws Trap for a bad range */
    public List<Short> loadShorts(long ptr, long n) {
        byte[] b = loadEncoded(ptr, n, 2);
        Short[] out = new Short[(int) n];
        for (int i = 0; i < out.length; i++) out[i] = (short) I16.get(b, 2 * i);
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** A {@code list<s32>} or {@code list<u32>} out of the guest. */
    public List<Integer> loadInts(long ptr, long n) {
        byte[] b = loadEncoded(ptr, n, 4);
        Integer[] out = new Integer[(int) n];
        for (int i = 0; i < out.length; i++) out[i] = (int) I32.get(b, 4 * i);
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** A {@code list<s64>} or {@code list<u64>} out of the guest. */
    public List<Long> loadLongs(long ptr, long n) {
        byte[] b = loadEncoded(ptr, n, 8);
        Long[] out = new Long[(int) n];
        for (int i = 0; i < out.length; i++) out[i] = (long) I64.get(b, 8 * i);
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** A {@code list<f32>} out of the guest, NaNs canonical. */
    public List<Float> loadFloats(long ptr, long n) {
        byte[] b = loadEncoded(ptr, n, 4);
        Float[] out = new Float[(int) n];
        for (int i = 0; i < out.length; i++) out[i] = liftF32(Float.intBitsToFloat((int) I32.get(b, 4 * i)));
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** A {@code list<f64>} out of the guest, NaNs canonical. */
    public List<Double> loadDoubles(long ptr, long n) {
        byte[] b = loadEncoded(ptr, n, 8);
        Double[] out = new Double[(int) n];
        for (int i = 0; i < out.length; i++) out[i] = liftF64(Double.longBitsToDouble((long) I64.get(b, 8 * i)));
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** {@code load_string_from_range}. @throws Trap for a bad range or encoding */
    public String loadString(long ptr, long taggedCodeUnits) {
        return Strings.loadStringFromRange(cx, ptr, taggedCodeUnits).value();
    }

    /** A {@code list<u8>} out of the guest. @throws Trap for a bad range */
    public byte[] loadBytes(long ptr, long length) {
        checkRange(ptr, length, 1, 1);
        return memory.read(ptr, (int) length);
    }

    /**
     * The bounds and alignment checks of lifting a list ({@code count} elements of {@code elemSize}
     * bytes) or a value spilled to memory ({@code count} 1): returns {@code ptr}.
     *
     * @throws Trap {@code unaligned pointer} or {@code out of bounds}
     */
    public long checkRange(long ptr, long count, long elemSize, int alignment) {
        if ((ptr & (alignment - 1)) != 0) throw new Trap("unaligned pointer");
        if (ptr + count * elemSize > memory.size()) {
            throw new Trap("list content out-of-bounds (list pointer/length out of bounds of memory)");
        }
        return ptr;
    }

    /** The checks of results spilled to memory: {@code size} bytes at {@code ptr}. Returns {@code ptr}. */
    public long checkResults(long ptr, long size, int alignment) {
        if ((ptr & (alignment - 1)) != 0) throw new Trap("unaligned pointer");
        if (ptr + size > memory.size()) throw new Trap("pointer out of bounds of memory: " + size + " bytes of results at " + ptr);
        return ptr;
    }

    /** A core {@code i32} as an unsigned address or length. */
    public static long u32(long flat) {
        return flat & 0xffff_ffffL;
    }

    /**
     * A Java {@code int} as a {@code char} for the guest.
     *
     * @throws ValueTypeException if it is not a Unicode scalar value
     */
    public static long lowerChar(int codePoint) {
        if (codePoint < 0 || codePoint >= 0x110000 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw new ValueTypeException("not a Unicode scalar value: " + Integer.toHexString(codePoint));
        }
        return codePoint;
    }

    /** {@code convert_i32_to_char}. @throws Trap if the guest's value is no Unicode scalar value */
    public static int liftChar(long i32) {
        int i = (int) i32;
        if (i < 0 || i >= 0x110000 || (i >= 0xD800 && i <= 0xDFFF)) {
            throw new Trap("invalid `char` bit pattern: 0x" + Integer.toHexString(i) + " is not a Unicode scalar value");
        }
        return i;
    }

    /** A discriminant of a variant with {@code cases} cases. @throws Trap if out of range */
    public static int discriminant(long value, int cases) {
        if (value < 0 || value >= cases) {
            throw new Trap("invalid variant discriminant " + value + " for a type with " + cases + " cases");
        }
        return (int) value;
    }

    /** {@code canonicalize_nan32}. */
    public static float liftF32(float f) {
        return Float.isNaN(f) ? Float.NaN : f;
    }

    /** {@code canonicalize_nan64}. */
    public static double liftF64(double d) {
        return Double.isNaN(d) ? Double.NaN : d;
    }

    @Override
    public String toString() {
        return "typed " + target;
    }
}
