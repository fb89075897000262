package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    /** The exit code and what went to stdout and stderr. */
    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run weft(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsVersionAndHelp() {
        Run version = weft("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("weft "), version.out());
        assertTrue(version.out().contains("Java "), version.out());

        Run help = weft("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("wast"), help.out());
        assertTrue(help.out().contains("inspect"), help.out());
    }

    @Test
    void wrongUsageIsAnErrorLineAndExitCode2() {
        assertUsageError(weft(), "error: missing command");
        assertUsageError(weft("--frobnicate"), "error: Unknown option: '--frobnicate'");
        assertUsageError(weft("wast"), "error: Missing required parameter: 'PATH'");
        assertUsageError(weft("wast", dir.resolve("nope").toString()), "error: no such file or directory: ");
        assertUsageError(weft("wast", dir.toString()), "error: no .json files in ");
        assertUsageError(weft("wast", "--timeout=-1", dir.toString()), "error: --timeout must be 0 or more");
    }

    @Test
    void wastRejectsFilesThatAreNotConformanceJson() throws IOException {
        Path wast = Files.writeString(dir.resolve("abi.wast"), "(component)");
        Run run = weft("wast", wast.toString());
        assertUsageError(run, "error: " + wast + " is not a .json conformance file or a directory");
    }

    private static void assertUsageError(Run run, String start) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(start), run.err());
        assertTrue(run.err().contains("--help"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void wastReportsCountsAndEndsWithTheTally() throws IOException {
        Files.createDirectories(dir.resolve("values"));
        Files.writeString(dir.resolve("values/strings.json"), """
                {"source_filename": "strings.wast", "commands": [
                  {"type": "assert_return", "line": 3, "action": {"type": "invoke", "field": "f", "args": []}, "expected": []},
                  {"type": "instance", "line": 5, "name": "$i", "of": "$a"},
                  {"type": "assert_malformed", "line": 9, "quote": true, "text": "x", "text_error": "cannot parse"}
                ]}""");
        Run run = weft("wast", "--validate-only", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals("values/strings.json: 0 passed, 0 failed, 3 skipped", lines.get(0));
        assertTrue(lines.contains("       2  needs instantiation (not implemented yet)"), run.out());
        assertTrue(lines.contains("       1  no binary: cannot parse"), run.out());
        assertEquals("message matched expected text in 0 of 0", lines.get(lines.size() - 2));
        assertEquals("0 passed, 0 failed, 3 skipped", lines.get(lines.size() - 1));
        assertEquals("", run.err());
    }

    @Test
    void wastInstantiatesByDefault() throws IOException {
        Files.createDirectories(dir.resolve("values"));
        Files.writeString(dir.resolve("values/strings.json"), """
                {"source_filename": "strings.wast", "commands": [
                  {"type": "assert_return", "line": 3, "action": {"type": "invoke", "field": "f", "args": []}, "expected": []}
                ]}""");
        Run run = weft("wast", "--verbose", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("FAIL values/strings.json:3 assert_return: no such instance"), run.out());
        assertEquals("0 passed, 1 failed, 0 skipped", run.outLines().get(run.outLines().size() - 1));
    }

    @Test
    void aBrokenConformanceFileIsAFailureNotACrash() throws IOException {
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"commands\": [");
        Run run = weft("wast", "--verbose", json.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("FAIL " + dir.getFileName() + "/broken.json:0 file: unusable conformance file"),
                run.out());
        assertEquals("0 passed, 1 failed, 0 skipped", run.outLines().get(run.outLines().size() - 1));
    }

    @Test
    void inspectSaysWhatIsWrongWithTheInputWithoutAStackTrace() {
        Run run = weft("inspect", dir.resolve("missing.wasm").toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: cannot read " + dir.resolve("missing.wasm") + ": no such file", run.err().strip());
        assertNoStackTrace(run);

        Run directory = weft("inspect", dir.toString());
        assertEquals(1, directory.exitCode());
        assertTrue(directory.err().contains("it is a directory"), directory.err());
    }

    @Test
    void debugAddsTheStackTrace() {
        Run run = weft("--debug", "inspect", dir.resolve("missing.wasm").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: cannot read "), run.err());
        assertTrue(run.err().contains("\tat dev.weft.cli."), run.err());
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.out().contains("\tat "), run.out());
    }
}
