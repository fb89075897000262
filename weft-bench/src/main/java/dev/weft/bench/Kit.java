package dev.weft.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code kit} component ({@code ../shared/components/kit}) and the inputs of its call shapes,
 * identical for every layer measured (component API, bare core, and jco's {@code bench-kit.mjs}).
 */
final class Kit {
    /** FNV-1a of {1, 2, 3}, as the shared README gives it. */
    static final int CHECKSUM_1_2_3 = 1456420779;

    static final int MIB = 1 << 20;
    static final int SUM_LIST_LENGTH = 1024;
    static final int CENTROID_POINTS = 1000;

    private Kit() {}

    /**
     * The bytes of kit.wasm. Found through {@code -Dweft.shared=DIR}, the {@code WEFT_SHARED}
     * environment variable, or {@code ../shared} beside the working directory (the repository root).
     */
    static byte[] wasm() {
        Path path = shared().resolve("components/kit/kit.wasm");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("kit.wasm is missing: expected " + path.toAbsolutePath()
                    + " (set -Dweft.shared=DIR or WEFT_SHARED to the shared/ directory beside the repository)");
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Path shared() {
        String property = System.getProperty("weft.shared");
        if (property != null) {
            return Path.of(property);
        }
        String env = System.getenv("WEFT_SHARED");
        if (env != null) {
            return Path.of(env);
        }
        Path beside = Path.of("..", "shared");
        return Files.isDirectory(beside) ? beside : Path.of("shared");
    }

    /** The string of {@code n} copies of {@code c}: bench-kit.mjs uses 'x' (64 B), 'y' (4 KiB), 'z' (1 MiB). */
    static String string(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    /** 0, 1, ..., n-1, as bench-kit.mjs's {@code Uint32Array(1024).map((_, i) => i)}. */
    static int[] sumListInput() {
        int[] xs = new int[SUM_LIST_LENGTH];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
        }
        return xs;
    }

    /** {@code i & 255} for i in [0, 1 MiB), as bench-kit.mjs. */
    static byte[] checksumInput() {
        byte[] bytes = new byte[MIB];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** Points {x: i, y: 2i} for i in [0, 1000), interleaved x, y. */
    static double[] centroidInput() {
        double[] xy = new double[2 * CENTROID_POINTS];
        for (int i = 0; i < CENTROID_POINTS; i++) {
            xy[2 * i] = i;
            xy[2 * i + 1] = 2.0 * i;
        }
        return xy;
    }

    static long sumListExpected() {
        long s = 0;
        for (int x : sumListInput()) {
            s += x;
        }
        return s;
    }

    static int fnv1a(byte[] data) {
        int h = 0x811c9dc5;
        for (byte b : data) {
            h ^= b & 0xff;
            h *= 16777619;
        }
        return h;
    }

    /** Throws (so the run fails loudly) when a call shape answers wrongly. */
    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("kit answered wrongly: " + what);
        }
    }
}
