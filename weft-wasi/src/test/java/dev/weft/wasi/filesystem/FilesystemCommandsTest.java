package dev.weft.wasi.filesystem;

import static dev.weft.wasi.filesystem.Fs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Trap;
import dev.weft.wasi.WasiCommand;
import dev.weft.wasi.WasiConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real commands of {@code ../shared/components} using the file system through the preview1
 * adapter (C's {@code fopen}, Rust's {@code std::fs}), run with {@link WasiCommand#run}.
 */
class FilesystemCommandsTest {
    private static final Engine ENGINE = Engine.create();
    private static final String TEXT = "the cat and the hat\nand the bat sat on the mat\n";

    @TempDir
    Path root;

    private record Outcome(int code, String out, String err) {}

    private static Path component(String rel) {
        Path p = Path.of(System.getProperty("weft.shared", "../../shared"), "components", rel);
        assumeTrue(Files.exists(p), "../shared is missing: cannot read " + p.toAbsolutePath() + " (set -Dweft.shared=...)");
        return p;
    }

    private static Outcome run(String rel, WasiConfig.Builder config) throws IOException {
        WasiConfig.Capture out = WasiConfig.Capture.create();
        WasiConfig.Capture err = WasiConfig.Capture.create();
        Component component = Component.fromBytes(ENGINE, Files.readAllBytes(component(rel)));
        int code = WasiCommand.run(ENGINE, component, config.stdout(out).stderr(err).build());
        return new Outcome(code, out.text(), err.text());
    }

    /** A run that ends in a guest panic (Rust's {@code expect}: {@code unreachable}); what it printed before. */
    private static Outcome panicking(String rel, WasiConfig.Builder config) throws IOException {
        WasiConfig.Capture out = WasiConfig.Capture.create();
        WasiConfig.Capture err = WasiConfig.Capture.create();
        Component component = Component.fromBytes(ENGINE, Files.readAllBytes(component(rel)));
        Trap trap = assertThrows(Trap.class, () -> WasiCommand.run(ENGINE, component, config.stdout(out).stderr(err).build()));
        assertEquals("wasm trap: wasm `unreachable` instruction executed", trap.getMessage());
        return new Outcome(-1, out.text(), err.text());
    }

    @Test
    void cHelloPrintsTheFileOfItsPreopen() throws IOException {
        Path data = Files.createDirectory(root.resolve("data"));
        write(data.resolve("input.txt"), "hello from the host\n");
        Outcome o = run("c-hello/hello.wasm", WasiConfig.builder().args(List.of("hello.wasm")).env("GREETING", "hi")
                .preopen(data, "/data", false));
        assertEquals("""
                hello from C, argc=1
                argv[0]=hello.wasm
                GREETING=hi
                read 20 bytes: hello from the host
                """, o.out());
        assertEquals(1, o.code(), "exit(3) reaches the host as exit(err)");
    }

    @Test
    void wordfreqReadsItsArgumentWritesTheReportAndListsTheDirectory() throws IOException {
        Path data = Files.createDirectory(root.resolve("data"));
        write(data.resolve("in.txt"), TEXT);
        Outcome o = run("rust-wordfreq/wordfreq.wasm", WasiConfig.builder().args(List.of("wordfreq", "/data/in.txt"))
                .env("OUT", "/data/report.txt").preopen(data, "/data", false));
        assertEquals("""
                the 4
                and 2
                bat 1
                cat 1
                hat 1
                distinct=8 total=12
                wrote 30 bytes to /data/report.txt
                dir: in.txt report.txt
                clock ok: true
                """, o.out(), o.err());
        assertEquals(0, o.code(), o.err());
        assertEquals("the 4\nand 2\nbat 1\ncat 1\nhat 1\n", Fs.read(data.resolve("report.txt")));
    }

    @Test
    void wordfreqCountsStdinWithoutAnyPreopen() throws IOException {
        Outcome o = run("rust-wordfreq/wordfreq.wasm", WasiConfig.builder().args(List.of("wordfreq")).stdin(Fs.utf8(TEXT)));
        assertTrue(o.out().startsWith("the 4\nand 2\nbat 1\ncat 1\nhat 1\ndistinct=8 total=12\n"), o.out() + o.err());
        assertTrue(o.out().endsWith("clock ok: true\n"), o.out());
        assertEquals(0, o.code(), o.err());
    }

    @Test
    void wordfreqWithoutThePreopenFailsWithItsOwnMessage() throws IOException {
        Outcome o = run("rust-wordfreq/wordfreq.wasm", WasiConfig.builder().args(List.of("wordfreq", "/data/in.txt")));
        assertTrue(o.err().startsWith("cannot read /data/in.txt: "), o.err());
        assertEquals("", o.out());
        assertEquals(1, o.code(), "exit(2) reaches the host as exit(err)");
    }

    @Test
    void wordfreqCannotReadOutsideItsPreopen() throws IOException {
        Path data = Files.createDirectory(root.resolve("data"));
        write(root.resolve("secret.txt"), "secret words");
        Outcome o = run("rust-wordfreq/wordfreq.wasm", WasiConfig.builder().args(List.of("wordfreq", "/data/../secret.txt"))
                .preopen(data, "/data", false));
        assertTrue(o.err().startsWith("cannot read /data/../secret.txt: "), o.err());
        assertFalse(o.out().contains("secret"), o.out());
        assertEquals(1, o.code());
    }

    @Test
    void wordfreqCannotWriteIntoAReadOnlyPreopen() throws IOException {
        Path data = Files.createDirectory(root.resolve("data"));
        write(data.resolve("in.txt"), TEXT);
        Outcome o = panicking("rust-wordfreq/wordfreq.wasm", WasiConfig.builder().args(List.of("wordfreq", "/data/in.txt"))
                .env("OUT", "/data/report.txt").preopen(data, "/data", true));
        assertTrue(o.out().startsWith("the 4\n"), o.out());
        assertTrue(o.err().contains("create output") && o.err().contains("Read-only file system"), o.err());
        assertFalse(Files.exists(data.resolve("report.txt")));
    }
}
