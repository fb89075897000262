package dev.weft.bench;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Instance;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Limits;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.F64;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import dev.weft.types.Field;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The component layer: kit's {@code bench:kit/api} called through Weft's public runtime API
 * ({@code Engine}, {@code Component}, {@code Linker}, {@code InstancePre}, {@code Instance},
 * {@code ComponentFunction}, {@code Value}), with the host {@code log} import a no-op.
 *
 * <p>Arguments are built once as {@link Value}s (as bench-kit.mjs builds its JavaScript values
 * once); each op lowers them into the guest, calls, lifts the result and runs post-return. The
 * baseline is {@link BareChicoryBench}, the same calls on the same engine without the component
 * layer; {@code bench/report.py} puts them side by side with jco's figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class KitBench {
    /** {@code record point { x: f64, y: f64 }}. */
    static final RecordType POINT = new RecordType(List.of(new Field("x", PrimitiveType.F64), new Field("y", PrimitiveType.F64)));
    private static final String API = "bench:kit/api#";

    private InstancePre pre;

    private ComponentFunction noop;
    private ComponentFunction add;
    /** {@code add} of an instance with a deadline ({@link Limits#withDeadline}) that never expires. */
    private ComponentFunction addWithDeadline;
    private ComponentFunction echoString;
    private ComponentFunction sumList;
    private ComponentFunction checksum;
    private ComponentFunction centroid;

    private Value addA;
    private Value addB;
    private Value string64B;
    private Value string4KiB;
    private Value string1MiB;
    private Value sumListInput;
    private Value checksumInput;
    private Value centroidInput;

    @Setup
    public void setup() {
        Engine engine = Engine.builder().execution(Execution.COMPILER).build();
        Component component = Component.fromBytes(engine, Kit.wasm());
        Linker linker = new Linker(engine);
        linker.func("log", args -> Optional.empty()); // the host `log`: a no-op
        pre = linker.instantiatePre(component);
        Instance instance = pre.instantiate();
        noop = export(instance, "noop");
        add = export(instance, "add");
        addWithDeadline = export(pre.instantiate(Limits.NONE.withDeadline(Duration.ofMinutes(10))), "add");
        echoString = export(instance, "echo-string");
        sumList = export(instance, "sum-list");
        checksum = export(instance, "checksum");
        centroid = export(instance, "centroid");

        addA = Value.u32(2);
        addB = Value.u32(3);
        string64B = Value.string(Kit.string('x', 64));
        string4KiB = Value.string(Kit.string('y', 4096));
        string1MiB = Value.string(Kit.string('z', Kit.MIB));
        List<Value> xs = new ArrayList<>();
        for (int x : Kit.sumListInput()) {
            xs.add(Value.u32(x));
        }
        sumListInput = Value.list(PrimitiveType.U32, xs);
        checksumInput = Value.bytes(Kit.checksumInput());
        double[] xy = Kit.centroidInput();
        List<Value> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(Value.record(POINT, Value.f64(xy[i]), Value.f64(xy[i + 1])));
        }
        centroidInput = Value.list(POINT, points);
        selfCheck();
    }

    private static ComponentFunction export(Instance instance, String name) {
        return instance.func(API + name)
                .orElseThrow(() -> new IllegalStateException("kit has no export " + API + name));
    }

    /** The answers must be right before any figure counts. */
    private void selfCheck() {
        Kit.check(((U32) add().orElseThrow()).value() == 5, "add(2, 3)");
        Kit.check(((U32) addWithDeadline().orElseThrow()).value() == 5, "add(2, 3) with a deadline");
        Kit.check(((Str) echoString4KiB().orElseThrow()).value().equals(((Str) string4KiB).value()), "echo-string 4 KiB");
        Kit.check(((Str) echoString.call(Value.string("é")).orElseThrow()).value().equals("é"), "echo-string é");
        Kit.check(((U64) sumList1024().orElseThrow()).bits() == Kit.sumListExpected(), "sum-list 0..1023");
        Value small = checksum.call(Value.bytes(new byte[] {1, 2, 3})).orElseThrow();
        Kit.check(((U32) small).bits() == Kit.CHECKSUM_1_2_3, "checksum [1, 2, 3]");
        Kit.check(((U32) checksum1MiB().orElseThrow()).bits() == Kit.fnv1a(Kit.checksumInput()), "checksum 1 MiB");
        RecordValue c = (RecordValue) centroid1000().orElseThrow();
        Kit.check(((F64) c.get("x")).value() == 499.5 && ((F64) c.get("y")).value() == 999.0, "centroid of 1000 points");
        Instance fresh = pre.instantiate();
        Value sum = export(fresh, "add").call(Value.u32(40), Value.u32(2)).orElseThrow();
        Kit.check(((U32) sum).value() == 42, "add(40, 2) on a fresh instance");
    }

    @Benchmark
    public Optional<Value> noop() {
        return noop.call();
    }

    @Benchmark
    public Optional<Value> add() {
        return add.call(addA, addB);
    }

    /** {@link #add} with a deadline on every call: what {@link Limits#deadline} costs per call. */
    @Benchmark
    public Optional<Value> addWithDeadline() {
        return addWithDeadline.call(addA, addB);
    }

    @Benchmark
    public Optional<Value> echoString64B() {
        return echoString.call(string64B);
    }

    @Benchmark
    public Optional<Value> echoString4KiB() {
        return echoString.call(string4KiB);
    }

    @Benchmark
    public Optional<Value> echoString1MiB() {
        return echoString.call(string1MiB);
    }

    @Benchmark
    public Optional<Value> sumList1024() {
        return sumList.call(sumListInput);
    }

    @Benchmark
    public Optional<Value> checksum1MiB() {
        return checksum.call(checksumInput);
    }

    @Benchmark
    public Optional<Value> centroid1000() {
        return centroid.call(centroidInput);
    }

    /** A fresh instance of the pre-instantiated kit per op ({@code InstancePre.instantiate()}). */
    @Benchmark
    public Instance instantiate() {
        return pre.instantiate();
    }
}
