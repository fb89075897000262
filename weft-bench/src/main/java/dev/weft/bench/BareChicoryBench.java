package dev.weft.bench;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.ast.Section;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreValType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The baseline: kit's core module on Chicory through the engine seam ({@code dev.weft.engine}),
 * with no component layer at all. Each call does by hand, with flat core values, what a
 * hand-written binding must do to get the same answer from Java: encode the argument, allocate it
 * in guest memory with {@code cabi_realloc}, copy it in, call, read the result out of memory and
 * run the post-return function. So {@code KitBench / BareChicoryBench} is the cost of the
 * component layer (Value model, canonical ABI, checks) over the engine it runs on.
 *
 * <p>One method per call shape; the method names map onto the shape names of {@code KitBench} and
 * of jco's {@code bench-kit.mjs} in {@code bench/report.py}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class BareChicoryBench {
    private static final CoreFuncType LOG_TYPE = CoreFuncType.of(List.of(CoreValType.I32, CoreValType.I32), List.of());
    private static final String API = "bench:kit/api#";

    private CoreModule module;
    private CoreImports imports;

    private CoreMemory memory;
    private CoreFunction realloc;
    private CoreFunction noop;
    private CoreFunction add;
    private CoreFunction echoString;
    private CoreFunction echoStringPost;
    private CoreFunction sumList;
    private CoreFunction checksum;
    private CoreFunction centroid;

    // Inputs (non-final fields so that nothing is constant-folded).
    private int addA = 2;
    private int addB = 3;
    private String string64B;
    private String string4KiB;
    private String string1MiB;
    private int[] sumListInput;
    private byte[] checksumInput;
    private double[] centroidInput;

    @Setup
    public void setup() {
        module = compile(CoreEngine.chicory(CoreEngine.Options.compiler()), kitCoreModule());
        imports = CoreImports.builder()
                .function("$root", "log", LOG_TYPE, args -> CoreFunction.NO_VALUES) // the host `log`: a no-op
                .build();
        CoreInstance instance = newInstance();
        memory = instance.memory("memory");
        realloc = instance.function("cabi_realloc");
        noop = instance.function(API + "noop");
        add = instance.function(API + "add");
        echoString = instance.function(API + "echo-string");
        echoStringPost = instance.function("cabi_post_" + API + "echo-string");
        sumList = instance.function(API + "sum-list");
        checksum = instance.function(API + "checksum");
        centroid = instance.function(API + "centroid");

        string64B = Kit.string('x', 64);
        string4KiB = Kit.string('y', 4096);
        string1MiB = Kit.string('z', Kit.MIB);
        sumListInput = Kit.sumListInput();
        checksumInput = Kit.checksumInput();
        centroidInput = Kit.centroidInput();
        selfCheck();
    }

    /** The answers must be right before any figure counts. */
    private void selfCheck() {
        Kit.check(add() == 5, "add(2, 3)");
        Kit.check(echo(string4KiB).equals(string4KiB), "echo-string 4 KiB");
        Kit.check(echo("é").equals("é"), "echo-string é");
        Kit.check(sumList1024() == Kit.sumListExpected(), "sum-list 0..1023");
        Kit.check(checksumOf(new byte[] {1, 2, 3}) == Kit.CHECKSUM_1_2_3, "checksum [1, 2, 3]");
        Kit.check(checksum1MiB() == Kit.fnv1a(checksumInput), "checksum 1 MiB");
        double[] c = centroid1000();
        Kit.check(c[0] == 499.5 && c[1] == 999.0, "centroid of 1000 points");
    }

    /** kit.wasm's first (and biggest) core module: the C code; the other two are wit-component shims. */
    static ByteSlice kitCoreModule() {
        return ComponentBinary.decode(Kit.wasm()).sections().stream()
                .filter(s -> s instanceof Section.CoreModule)
                .map(s -> ((Section.CoreModule) s).module())
                .max(Comparator.comparingInt(ByteSlice::length))
                .orElseThrow(() -> new IllegalStateException("kit.wasm holds no core module"));
    }

    private static CoreModule compile(CoreEngine engine, ByteSlice slice) {
        return engine.compile(slice.buffer(), slice.offset(), slice.length());
    }

    private CoreInstance newInstance() {
        CoreInstance instance = module.instantiate(imports);
        instance.function("_initialize").call(); // what the component's start shim does
        return instance;
    }

    private int alloc(int align, int size) {
        return (int) realloc.callForLong(0, 0, align, size);
    }

    private String echo(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int ptr = alloc(1, utf8.length);
        memory.write(Integer.toUnsignedLong(ptr), utf8);
        int ret = (int) echoString.callForLong(ptr, utf8.length);
        long at = Integer.toUnsignedLong(memory.readI32(Integer.toUnsignedLong(ret)));
        int len = memory.readI32(Integer.toUnsignedLong(ret) + 4);
        String result = memory.readString(at, len, StandardCharsets.UTF_8); // as Chicory's Memory.readString
        echoStringPost.call(ret);
        return result;
    }

    private int checksumOf(byte[] data) {
        int ptr = alloc(1, data.length);
        memory.write(Integer.toUnsignedLong(ptr), data);
        return (int) checksum.callForLong(ptr, data.length);
    }

    @Benchmark
    public long[] noop() {
        return noop.call();
    }

    @Benchmark
    public int add() {
        return (int) add.callForLong(addA, addB);
    }

    @Benchmark
    public String echoString64B() {
        return echo(string64B);
    }

    @Benchmark
    public String echoString4KiB() {
        return echo(string4KiB);
    }

    @Benchmark
    public String echoString1MiB() {
        return echo(string1MiB);
    }

    @Benchmark
    public long sumList1024() {
        int[] xs = sumListInput;
        ByteBuffer buf = ByteBuffer.allocate(4 * xs.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.asIntBuffer().put(xs);
        int ptr = alloc(4, buf.capacity());
        memory.write(Integer.toUnsignedLong(ptr), buf.array());
        return sumList.callForLong(ptr, xs.length);
    }

    @Benchmark
    public int checksum1MiB() {
        return checksumOf(checksumInput);
    }

    @Benchmark
    public double[] centroid1000() {
        double[] xy = centroidInput;
        ByteBuffer buf = ByteBuffer.allocate(8 * xy.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.asDoubleBuffer().put(xy);
        int ptr = alloc(8, buf.capacity());
        memory.write(Integer.toUnsignedLong(ptr), buf.array());
        long ret = Integer.toUnsignedLong((int) centroid.callForLong(ptr, xy.length / 2));
        return new double[] {memory.readF64(ret), memory.readF64(ret + 8)};
    }

    /** A fresh instance of the compiled core module per op: link, allocate memory, data segments, {@code _initialize}. */
    @Benchmark
    public CoreInstance instantiate() {
        return newInstance();
    }
}
