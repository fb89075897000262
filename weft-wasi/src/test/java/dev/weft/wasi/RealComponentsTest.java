package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Linker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small command components of {@code ../shared}, run with {@link WasiCommand} (compiled: they are 200 KB). */
class RealComponentsTest {
    private static final Engine ENGINE = Engine.create();

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {}

    private static Outcome run(Path wasm, WasiConfig.Builder config) throws IOException {
        WasiConfig.Capture out = WasiConfig.Capture.create();
        WasiConfig.Capture err = WasiConfig.Capture.create();
        Component component = Component.fromBytes(ENGINE, Files.readAllBytes(wasm));
        Linker linker = new Linker(ENGINE);
        int code;
        try (WasiContext ctx = Wasi.addToLinker(linker, config.stdout(out).stderr(err).build())) {
            WasiTesting.addEmptyFilesystemIfMissing(linker);
            if (!WasiTesting.hasSockets()) linker.defineUnknownImportsAsTraps(component);
            code = WasiCommand.run(linker, component);
        }
        return new Outcome(code, out.text(), err.text());
    }

    @Test
    void cHelloPrintsItsArguments() throws IOException {
        assumeTrue(WasiTesting.hasFilesystem(), "needs dev.weft.wasi.filesystem.Filesystem in Wasi.modules()");
        Path wasm = WasiTesting.component("c-hello/hello.wasm");
        WasiConfig.Capture out = WasiConfig.Capture.create();
        int code = WasiCommand.run(ENGINE, Component.fromBytes(ENGINE, Files.readAllBytes(wasm)),
                WasiConfig.builder().args(List.of("hello.wasm", "a", "b")).stdout(out).build());
        assertEquals(1, code, "exit(3) reaches the host as exit(err): the component imports only wasi:cli/exit.exit(result)");
        assertEquals("""
                hello from C, argc=3
                argv[0]=hello.wasm
                argv[1]=a
                argv[2]=b
                GREETING=(unset)
                no /data/input.txt (no preopen?)
                """, out.text());
    }

    @Test
    void cHelloSeesGrantedEnvironmentAndPreopen() throws IOException {
        assumeTrue(WasiTesting.hasFilesystem(), "needs dev.weft.wasi.filesystem.Filesystem in Wasi.modules()");
        Path wasm = WasiTesting.component("c-hello/hello.wasm");
        Files.writeString(dir.resolve("input.txt"), "seven!\n");
        Outcome o = run(wasm, WasiConfig.builder().args(List.of("hello.wasm")).env("GREETING", "hi")
                .preopen(dir, "/data", true));
        assertEquals(1, o.code(), o.err());
        assertTrue(o.out().contains("GREETING=hi\n"), o.out());
        assertTrue(o.out().contains("read 7 bytes: seven!\n"), o.out());
    }

    @Test
    void wordfreqCountsStdinAndReadsTheClocks() throws IOException {
        Path wasm = WasiTesting.component("rust-wordfreq/wordfreq.wasm");
        Outcome o = run(wasm, WasiConfig.builder().args(List.of("wordfreq"))
                .stdin("the cat and the hat and the bat".getBytes()));
        assertEquals(0, o.code(), o.err());
        assertEquals("""
                the 3
                and 2
                bat 1
                cat 1
                hat 1
                distinct=5 total=8
                clock ok: true
                """, o.out());
    }

    @Test
    void wordfreqReadsAPipeThroughTheBackgroundPump() throws Exception {
        Path wasm = WasiTesting.component("rust-wordfreq/wordfreq.wasm");
        var pipeIn = new java.io.PipedInputStream();
        var pipeOut = new java.io.PipedOutputStream(pipeIn);
        Thread writer = Thread.ofPlatform().start(() -> {
            try (pipeOut) {
                for (int i = 0; i < 2000; i++) pipeOut.write("alpha beta alpha\n".getBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Outcome o = run(wasm, WasiConfig.builder().stdin(pipeIn));
        writer.join();
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("alpha 4000\nbeta 2000\ndistinct=2 total=6000\n"), o.out());
    }

    @Test
    void aFailingCommandExitsWith1() throws IOException {
        Path wasm = WasiTesting.component("rust-wordfreq/wordfreq.wasm");
        Outcome o = run(wasm, WasiConfig.builder().args(List.of("wordfreq", "/no/such/file")));
        assertEquals(1, o.code(), o.out()); // exit(2) reaches the host as exit(err)
        assertTrue(o.err().startsWith("cannot read /no/such/file: "), o.err());
    }
}
