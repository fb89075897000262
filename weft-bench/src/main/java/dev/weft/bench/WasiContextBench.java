package dev.weft.bench;

import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The per-instance cost of WASI linked once ({@code Wasi.addToLinker(linker)}): making and closing
 * the {@link WasiContext} an instance gets as its data, as {@code weft serve} does per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WasiContextBench {
    private WasiConfig denyAll;
    private WasiConfig configured;
    private Path dir;

    @Setup
    public void setup() throws IOException {
        denyAll = WasiConfig.denyAll();
        dir = Files.createTempDirectory("weft-bench-wasi");
        configured = WasiConfig.builder().args(List.of("prog", "x")).env("A", "1").env("B", "2")
                .preopen(dir, "/data", true).build();
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir);
    }

    /** A deny-all context, made and closed. */
    @Benchmark
    public WasiContext createAndClose() {
        WasiContext ctx = WasiContext.create(denyAll);
        ctx.close();
        return ctx;
    }

    /** A context with arguments, two environment variables and one (checked) preopen, made and closed. */
    @Benchmark
    public WasiContext createAndCloseConfigured() {
        WasiContext ctx = WasiContext.create(configured);
        ctx.close();
        return ctx;
    }
}
