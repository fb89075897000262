package dev.weft.cli;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.ast.Component;
import dev.weft.binary.validate.ComponentValidator;

/** Decode and validate times of one binary: the first (cold) run and the best of ten warm runs. */
final class Timing {
    private static final int WARM_RUNS = 10;

    private Timing() {}

    static String measure(byte[] bytes) {
        long[] first = once(bytes);
        long bestDecode = Long.MAX_VALUE;
        long bestValidate = Long.MAX_VALUE;
        for (int i = 0; i < WARM_RUNS; i++) {
            long[] t = once(bytes);
            bestDecode = Math.min(bestDecode, t[0]);
            bestValidate = Math.min(bestValidate, t[1]);
        }
        return String.format("time: decode %.2f ms, validate %.2f ms (first run: %.2f ms + %.2f ms; best of %d warm runs; core module code is not parsed)",
                ms(bestDecode), ms(bestValidate), ms(first[0]), ms(first[1]), WARM_RUNS);
    }

    private static long[] once(byte[] bytes) {
        long t0 = System.nanoTime();
        Component ast = ComponentBinary.decode(bytes);
        long t1 = System.nanoTime();
        ComponentValidator.validate(ast);
        long t2 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t1};
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
