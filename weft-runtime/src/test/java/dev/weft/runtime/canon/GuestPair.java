package dev.weft.runtime.canon;

import dev.weft.abi.Flattening;
import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreHostFunction;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.types.FuncType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Two guest instances over fake memories, with their core code in Java: the caller $A, whose core
 * code calls a function it lowered, and the callee $B, which lifted it. The same pair can be wired
 * through the fused adapter or through values ({@link #lowered}), so tests can compare the two.
 *
 * <p>$A's arguments are put into its memory by lowering values, as its core code would have; by
 * default $B's core function lifts what it receives ({@link #received}) and returns the result of
 * {@link #body}, lowered into its memory. Every {@code realloc} and {@code post-return} call of both
 * sides is recorded, in order, in {@link #events}. Unwritten memory is filled with a pattern, so
 * that a copy of padding bytes shows.
 */
final class GuestPair {
    /** Where $A's core code passes its buffer for spilled results. */
    static final long RETPTR = 64;

    final Side a;
    final Side b;
    final FuncType type;
    final FunctionAbi abi;
    final List<String> events = new ArrayList<>();
    final List<Long> postReturns = new ArrayList<>();
    /** $B's function: the result for the arguments it lifted. */
    Function<List<Value>, Optional<Value>> body = args -> Optional.empty();
    /** Replaces $B's whole core function when set. */
    CoreHostFunction core;
    List<Value> received;
    long[] coreArgs;

    /** One instance: its memory, its {@code realloc} and its options. */
    static final class Side {
        final String name;
        final FakeMemory memory;
        final FakeRealloc realloc;
        final ComponentInstanceState inst = new ComponentInstanceState();
        final CanonOptions opts;
        final LiftLowerContext cx;

        Side(String name, StringEncoding encoding, int memorySize, List<String> events, CoreFunction postReturn) {
            this.name = name;
            this.memory = new FakeMemory(memorySize);
            Arrays.fill(memory.bytes, (byte) (name.equals("A") ? 0xAA : 0x55));
            this.realloc = new FakeRealloc(memory);
            CoreFunction logged = CoreFunction.host(FakeRealloc.TYPE, args -> {
                events.add(name + " realloc " + args[1] + "," + args[2] + "," + args[3]);
                return realloc.call(args);
            });
            CanonOptions o = CanonOptions.of(encoding, memory, logged);
            this.opts = postReturn == null ? o : o.withPostReturn(postReturn);
            this.cx = new LiftLowerContext(opts, inst);
        }
    }

    GuestPair(FuncType type, StringEncoding aEncoding, StringEncoding bEncoding, int memorySize) {
        this.type = type;
        this.abi = FunctionAbi.of(type, CanonOptions.NONE);
        this.a = new Side("A", aEncoding, memorySize, events, null);
        CoreFunction post = CoreFunction.host(CoreFuncType.of(abi.coreFuncType(Flattening.Direction.LIFT).results(),
                List.of()), args -> {
            events.add("B post-return " + Arrays.toString(args));
            postReturns.add(args.length == 0 ? -1 : args[0]);
            return null;
        });
        this.b = new Side("B", bEncoding, memorySize, events, post);
    }

    GuestPair(FuncType type) {
        this(type, StringEncoding.UTF8, StringEncoding.UTF8, 1 << 16);
    }

    /** $B's lifted function. */
    CanonLift lift() {
        CoreFuncType coreType = abi.coreFuncType(Flattening.Direction.LIFT);
        return CanonLift.of(b.inst, CoreFunction.host(coreType, this::callB), type, b.opts);
    }

    private long[] callB(long[] args) {
        coreArgs = args.clone();
        if (core != null) return core.call(args);
        received = List.of(LiftingAndLowering.liftFlatValues(b.cx, Flattening.MAX_FLAT_PARAMS, new CoreValueIter(args),
                abi.params));
        Optional<Value> result = body.apply(received);
        return LiftingAndLowering.lowerFlatValues(b.cx, Flattening.MAX_FLAT_RESULTS,
                result.map(List::of).orElse(List.of()), abi.results, null);
    }

    /** $A's lowered import of $B's function: fused, or through values (a callee that hides the lifted target). */
    CoreHostFunction lowered(boolean fused) {
        CanonLift lift = lift();
        Callee callee = fused ? lift : new Callee() {
            @Override
            public Optional<Value> call(List<Value> args) {
                return lift.call(args);
            }

            @Override
            public Optional<Value> call(ComponentInstanceState caller, List<Value> args) {
                return lift.call(caller, args);
            }
        };
        return CanonLower.lower(a.inst, type, a.opts, callee);
    }

    /** {@code args} lowered into $A, as its core code would pass them (with the result buffer, if needed). */
    long[] prepare(List<Value> args) {
        long[] flat = LiftingAndLowering.lowerFlatValues(a.cx, Flattening.MAX_FLAT_PARAMS, args, abi.params, null);
        events.clear();
        a.realloc.calls.clear();
        return withRetptr(flat);
    }

    /** Adds the pointer to the result buffer to $A's core arguments when the results spill. */
    long[] withRetptr(long[] flat) {
        if (!abi.results().spills(Flattening.MAX_FLAT_RESULTS)) return flat;
        long[] withOut = Arrays.copyOf(flat, flat.length + 1);
        withOut[flat.length] = RETPTR;
        return withOut;
    }

    /** The result that $A's core code got from {@code out} (and its result buffer), lifted. */
    Optional<Value> result(long[] out) {
        long[] flat = abi.results().spills(Flattening.MAX_FLAT_RESULTS) ? new long[] {RETPTR} : out;
        Value[] v = LiftingAndLowering.liftFlatValues(a.cx.withSubtask(new Subtask()), Flattening.MAX_FLAT_RESULTS,
                new CoreValueIter(flat), abi.results);
        return v.length == 0 ? Optional.empty() : Optional.of(v[0]);
    }

    /** Lowers {@code args} into $A, calls through {@code f}, lifts the result out of $A. */
    Optional<Value> call(CoreHostFunction f, List<Value> args) {
        return result(f.call(prepare(args)));
    }

    /** What a call through a fresh pair looks like from the outside, to compare the fused and the value path. */
    record Outcome(String result, String received, String coreArgs, List<String> aReallocs, List<String> bReallocs,
                   List<Long> postReturns, String aMemory, String bMemory, int aHandles, int bHandles,
                   boolean bMayEnter, boolean bPoisoned) {}

    /**
     * A memory, readably: the runs of bytes that differ from the fill pattern, as {@code offset:hex},
     * and a checksum of all of it (which also covers written bytes that happen to equal the pattern).
     */
    static String written(byte[] memory, byte pattern) {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < memory.length; ) {
            if (memory[i] == pattern) {
                i++;
                continue;
            }
            int start = i;
            while (i < memory.length && memory[i] != pattern) i++;
            runs.append(start).append(':').append(HexFormat.of().formatHex(memory, start, i)).append(' ');
        }
        CRC32 crc = new CRC32();
        crc.update(memory);
        return runs + "crc " + Long.toHexString(crc.getValue());
    }

    /** Calls {@code f} with {@code flatArgs} (prepared by the caller) and records everything observable. */
    Outcome outcome(CoreHostFunction f, long[] flatArgs) {
        String result;
        try {
            long[] out = f.call(flatArgs);
            result = "returned " + Arrays.toString(out) + " = " + result(out).map(Value::toString).orElse("nothing");
        } catch (Trap t) {
            result = "trap: " + t.reason();
        }
        List<String> aReallocs = events.stream().filter(e -> e.startsWith("A realloc")).toList();
        List<String> bReallocs = events.stream().filter(e -> e.startsWith("B realloc")).toList();
        return new Outcome(result, String.valueOf(received), Arrays.toString(coreArgs), aReallocs, bReallocs,
                List.copyOf(postReturns), written(a.memory.bytes, (byte) 0xAA), written(b.memory.bytes, (byte) 0x55),
                a.inst.handles().size(), b.inst.handles().size(), b.inst.mayEnter(), b.inst.poisoned());
    }
}
