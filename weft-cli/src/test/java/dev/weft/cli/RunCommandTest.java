package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code weft run}: WASI commands with the flags' grants, and {@code --invoke} with WASI. */
class RunCommandTest {
    @TempDir
    Path dir;

    /** Exit code; what the guest printed (the process's stdout) and what weft printed. */
    record Run(int exitCode, String guestOut, String out, String err) {}

    private static Run weft(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream guest = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(guest, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(code, guest.toString(StandardCharsets.UTF_8), out.toString(), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    private static String component(String rel) {
        Path p = Path.of(System.getProperty("weft.shared", "../../shared"), "components", rel);
        assumeTrue(Files.exists(p), "../shared is missing: cannot read " + p.toAbsolutePath());
        return p.toString();
    }

    @Test
    void runsACommandWithItsArguments() {
        String hello = component("c-hello/hello.wasm");
        Run run = weft("run", "--no-cache", hello, "a", "--b");
        assertEquals(1, run.exitCode(), run.err()); // main returned 3: exit(err) through the preview1 adapter
        assertEquals("hello from C, argc=3\nargv[0]=" + hello + "\nargv[1]=a\nargv[2]=--b\nGREETING=(unset)\n"
                + "no /data/input.txt (no preopen?)\n", run.guestOut());
        assertEquals("", run.err());
    }

    @Test
    void propagatesTheExitCodeTheGuestGives() {
        // examples/exit-code calls wasi:cli/exit.exit-with-code with argv[1] (default 3)
        String exitCode = Path.of("..", "examples", "exit-code", "exit-code.wasm").toString();
        assertEquals(3, weft("run", "--no-cache", exitCode).exitCode());
        assertEquals(42, weft("run", "--no-cache", exitCode, "42").exitCode());
        assertEquals(0, weft("run", "--no-cache", exitCode, "0").exitCode());
    }

    @Test
    void grantsEnvironmentAndDirectories() throws IOException {
        Files.writeString(dir.resolve("input.txt"), "hi there\n");
        Run run = weft("run", "--no-cache", "--env", "GREETING=hi", "--dir", dir + "::/data:ro", component("c-hello/hello.wasm"));
        assertTrue(run.guestOut().contains("GREETING=hi\n"), run.guestOut());
        assertTrue(run.guestOut().contains("read 9 bytes: hi there\n"), run.guestOut() + run.err());
    }

    /** {@code unknown-import.wat}: a command importing {@code example:missing/greeter}, which it never calls. */
    private static String unknownImport() {
        return resource("unknown-import.wasm");
    }

    private static String resource(String name) {
        try {
            return Path.of(RunCommandTest.class.getResource(name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anImportWasiDoesNotDefineSaysWhatToDo() {
        Run run = weft("run", "--no-cache", unknownImport());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: missing import `example:missing/greeter@1.0.0`"), run.err());
        assertTrue(run.err().contains("--trap-unknown-imports"), run.err());
        Run trapping = weft("run", "--no-cache", "--trap-unknown-imports", unknownImport());
        assertEquals(0, trapping.exitCode(), trapping.err());
    }

    @Test
    void theJavaScriptCommandRunsWithoutTrappingImports() {
        // js-cli imports wasi:http/types and outgoing-handler @0.2.10 (never calling them): WASI defines both
        Run run = weft("run", "--interpret", component("js-cli/cli-hello.wasm"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("hello from a JavaScript component\nsum=499500\n", run.guestOut());
    }

    @Test
    void allowHttpIsAGrant() {
        String hello = component("c-hello/hello.wasm");
        Run bad = weft("run", "--allow-http", "ftp://example.com", hello);
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("error: --allow-http ftp://example.com: the scheme must be http or https"), bad.err());
        assertTrue(weft("run", "--allow-http", "example.com:http", hello).err().contains("the port must be a number"));
        assertEquals(1, weft("run", "--no-cache", "--allow-http", "localhost:8080", hello).exitCode()); // c-hello's exit(err)
    }

    @Test
    void invokeGrantsWasiToo() {
        Run run = weft("run", "--interpret", "--trap-unknown-imports", "--invoke", "count-vowels(\"Hello World\")",
                component("js-greeter/hello.wasm"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("3\n", run.out());
    }

    @Test
    void aComponentThatIsNotACommandNeedsInvoke() {
        Run run = weft("run", "--trap-unknown-imports", component("kit/kit.wasm"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: the component is not a command"), run.err());
        assertTrue(run.err().contains("--invoke"), run.err());
    }

    @Test
    void badGrantsAreErrors() {
        String hello = component("c-hello/hello.wasm");
        assertTrue(weft("run", "--allow-tcp", "localhost", hello).err().startsWith("error: --allow-tcp localhost: expected HOST:PORT"));
        assertTrue(weft("run", "--allow-udp", "h:99999", hello).err().contains("the port must be a number"));
        assertTrue(weft("run", "--dir", dir.resolve("nope") + "::/x", hello).err().contains("is not a directory"));
        assertTrue(weft("run", "--env", "=x", hello).err().contains("the variable name is empty"));
    }

    /** {@code spin.wat}: a command that loops forever. */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void timeoutStopsASpinningGuest() {
        for (String mode : new String[] {"--no-cache", "--interpret"}) {
            Run run = weft("run", mode, "--timeout", "200ms", "--max-memory", "64M", resource("spin.wasm"));
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("error: wasm trap: deadline exceeded (200 ms)\n", run.err());
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void badLimitsAreUsageErrors() {
        Run timeout = weft("run", "--timeout", "5x", resource("spin.wasm"));
        assertEquals(2, timeout.exitCode());
        assertTrue(timeout.err().contains("'5x' is not a duration such as 500ms or 5s"), timeout.err());
        assertTrue(weft("run", "--timeout", "0s", resource("spin.wasm")).err().contains("must be positive"));
        Run memory = weft("run", "--max-memory", "lots", resource("spin.wasm"));
        assertEquals(2, memory.exitCode());
        assertTrue(memory.err().contains("'lots' is not a size such as 64M or 1G"), memory.err());
    }

    @Test
    void sizesAndDurations() {
        assertEquals(64L << 20, new LimitOptions.Size().convert("64M"));
        assertEquals(1L << 30, new LimitOptions.Size().convert("1GiB"));
        assertEquals(65536L, new LimitOptions.Size().convert("65536"));
        assertEquals(java.time.Duration.ofMillis(500), new LimitOptions.Timeout().convert("500ms"));
        assertEquals(java.time.Duration.ofSeconds(5), new LimitOptions.Timeout().convert("5s"));
    }
}
