package dev.weft.runtime.canon;

import dev.weft.engine.CoreEngine;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ValueType;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A throwaway measurement, not a test: a guest-to-guest {@code echo} of a 1 MiB string and of a
 * {@code list<u32>} of 1024 elements (and a call with two {@code u32}s), through the fused adapter
 * and through values, between two Chicory guests ({@link FusedChicoryTest.Guests}). Times the lowered import itself, as $A's core code would
 * call it: the arguments are already in $A's memory, the result lands there; both bump allocators
 * are reset after each call. Prints the median and best time per call of 15 rounds and the bytes
 * allocated per call.
 *
 * <p>Run after {@code mvn -pl weft-runtime test-compile}, with the test classpath:
 * {@code java -cp weft-runtime/target/test-classes:weft-runtime/target/classes:... dev.weft.runtime.canon.FusedMeasure}.
 * Benchmarks proper belong in {@code weft-bench} (JMH).
 */
public final class FusedMeasure {
    private static final int PAGES = 64;

    private FusedMeasure() {}

    public static void main(String[] args) {
        CoreEngine.Execution execution = args.length > 0 ? CoreEngine.Execution.valueOf(args[0]) : CoreEngine.Execution.COMPILER;
        CoreEngine engine = CoreEngine.chicory(new CoreEngine.Options(execution));
        System.out.println("engine: Chicory " + execution + ", " + Runtime.version());
        byte[] string = "0123456789abcdef".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
        ByteBuffer numbers = ByteBuffer.allocate(4 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 1024; i++) numbers.putInt((int) (i * 2654435761L));
        String only = args.length > 1 ? args[1] : "";
        FuncType add = T.func(List.of(PrimitiveType.U32, PrimitiveType.U32), PrimitiveType.U32);
        for (boolean fused : new boolean[] {true, false}) {
            if (only.isEmpty() || only.equals("string")) {
                measure(engine, "echo-string 1 MiB", T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING), string,
                        string.length, fused, 200);
            }
            if (only.isEmpty() || only.equals("list")) {
                ValueType list = new ListType(PrimitiveType.U32);
                measure(engine, "echo list<u32> x1024", T.func(List.of(list), list), numbers.array(), 1024, fused, 20_000);
            }
            if (only.isEmpty() || only.equals("u32")) measure(engine, "(u32, u32) -> u32", add, null, 7, fused, 200_000);
        }
    }

    /** Calls $A's lowered import of {@code ft} with {@code bytes} (if any) in $A's memory and {@code length}. */
    private static void measure(CoreEngine engine, String name, FuncType ft, byte[] bytes, long length, boolean fused,
                                int callsPerRound) {
        FusedChicoryTest.Guests g = FusedChicoryTest.Guests.of(engine, ft, fused, PAGES);
        long src = 0;
        long aMark = 1024;
        if (bytes != null) {
            src = g.aLibc().function("realloc").call(0, 0, 4, bytes.length)[0];
            g.aLibc().memory("mem").write(src, bytes);
            aMark = src + bytes.length;
        }
        long[] callArgs = bytes != null ? new long[] {src, length, 16} : new long[] {length, length};
        long mark = aMark;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3 * callsPerRound; i++) call(g, callArgs, mark); // warm-up
        double[] perCall = new double[15];
        long allocated = 0;
        for (int round = 0; round < perCall.length; round++) {
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < callsPerRound; i++) call(g, callArgs, mark);
            perCall[round] = (System.nanoTime() - start) / (double) callsPerRound;
            allocated = (threads.getCurrentThreadAllocatedBytes() - bytesBefore) / callsPerRound;
        }
        Arrays.sort(perCall);
        System.out.printf("%-22s %-7s median %10.2f us/call, best %10.2f us/call, %,10d bytes allocated/call%n",
                name, fused ? "fused" : "values", perCall[perCall.length / 2] / 1000, perCall[0] / 1000, allocated);
    }

    private static void call(FusedChicoryTest.Guests g, long[] args, long aMark) {
        g.echo().call(args);
        g.reset(aMark, 1024);
    }
}
