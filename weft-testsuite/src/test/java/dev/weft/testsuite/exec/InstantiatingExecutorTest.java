package dev.weft.testsuite.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.errors.InvalidComponentException;
import dev.weft.testsuite.CommandOutcome;
import dev.weft.testsuite.ComponentValidator;
import dev.weft.testsuite.ConformanceRunner;
import dev.weft.testsuite.MessageMatch;
import dev.weft.testsuite.RunResult;
import dev.weft.testsuite.Status;
import dev.weft.testsuite.Verdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executor end to end on {@code exec/executor.wast} (converted to JSON and binaries beside it):
 * one assertion per command, by line, on status and reason; the commands that must fail do.
 */
class InstantiatingExecutorTest {
    private static Path fixture;
    private static Map<Integer, Verdict> verdicts;

    @BeforeAll
    static void run() throws URISyntaxException {
        fixture = Path.of(InstantiatingExecutorTest.class.getResource("/exec/executor.json").toURI());
        verdicts = byLine(runner(ComponentValidator.weft()).run(List.of(fixture)));
    }

    private static ConformanceRunner runner(ComponentValidator validator) {
        return new ConformanceRunner(validator, InstantiatingExecutor.standard(), Duration.ZERO);
    }

    private static Map<Integer, Verdict> byLine(RunResult result) {
        return result.outcomes().stream().collect(Collectors.toMap(CommandOutcome::line, CommandOutcome::verdict));
    }

    private static void passed(int line) {
        Verdict v = verdicts.get(line);
        assertEquals(Status.PASSED, v.status(), () -> "line " + line + ": " + v);
    }

    private static Verdict failed(int line, String reason) {
        Verdict v = verdicts.get(line);
        assertEquals(Status.FAILED, v.status(), () -> "line " + line + ": " + v);
        assertEquals(reason, v.reason(), () -> "line " + line + ": " + v);
        return v;
    }

    @Test
    void everyCommandHasAVerdict() {
        assertEquals(53, verdicts.size());
    }

    @Test
    void returnsAreComparedInWave() {
        passed(7);
        passed(14);
        Verdict wrong = failed(15, "returned another value");
        assertEquals(Optional.of("returns 8"), wrong.expected());
        assertEquals(Optional.of("returned 7 (expected 8, found 7)"), wrong.actual());
        passed(18);
        assertTrue(failed(17, "no such export").actual().orElseThrow().contains("exports no function `eight`; it exports [seven, boom]"));
    }

    @Test
    void trapsMustCarryTheText() {
        Verdict trapped = verdicts.get(19);
        assertEquals(Status.PASSED, trapped.status());
        assertEquals(MessageMatch.MATCHED, trapped.messageMatch());
        assertEquals(Optional.of("returned 7"), failed(16, "returned instead of trapping").actual());
        Verdict otherText = failed(25, "trapped with another message");
        assertEquals(MessageMatch.MISMATCHED, otherText.messageMatch());
        assertTrue(otherText.actual().orElseThrow().startsWith("wasm trap: wasm `unreachable` instruction executed"), otherText.toString());
    }

    @Test
    void definitionsAndNamedInstances() {
        passed(28);
        passed(32);
        passed(33);
        passed(34);
        assertEquals(Optional.of("argument 0 (`x`): expected s32, the test gives a u32 (5)"),
                failed(35, "a value does not fit its type while typing the arguments of `id`").actual());
        assertEquals(Optional.of("no instance named $nope"), failed(36, "no such instance").actual());
    }

    @Test
    void aNamedInstanceIsRegisteredForLaterImports() {
        passed(39);
        passed(42);
        passed(48);
    }

    @Test
    void registrationHoldsOnlyCoreModulesAndResourceTypes() {
        passed(94);
        passed(100);
        // $res exports a function `one`, but functions are not registered (as in Wasmtime's runner)
        assertEquals(Optional.of("unlinkable: missing import `res#one`"), linkFailure(102).actual());
        // its resource type keeps its identity through a re-export, and is not the host's resource1
        passed(104);
        passed(108);
        assertTrue(linkFailure(113).actual().orElseThrow().contains("import `host#resource1` has the wrong type"));
    }

    @Test
    void theHostOffersWasmtimesHelpers() {
        passed(51);
        passed(71);
    }

    @Test
    void theHostOffersWasmtimesCoreModule() {
        passed(120);
        passed(132);
        passed(133);
    }

    @Test
    void theHostsResource1AgainIsResource1() {
        passed(136);
        assertTrue(linkFailure(142).actual().orElseThrow().contains("import `host#resource1-again` has the wrong type"));
    }

    @Test
    void theHostsResource1CountsTheDropsOfGuestsOnly() {
        passed(150);
        for (int line = 200; line <= 209; line++) {
            passed(line);
        }
        Verdict assertion = verdicts.get(210);
        assertEquals(Status.PASSED, assertion.status(), assertion.toString());
        assertEquals(Optional.of("wasm trap: host assertion failed: [static]resource1.assert: the handle's rep is 8, expected 9"),
                assertion.actual());
    }

    @Test
    void aRegisteredInstanceShadowsTheHostsOfTheSameName() {
        passed(213);
        assertEquals(Optional.of("unlinkable: missing import `host#return-three`"), linkFailure(217).actual());
    }

    private static Verdict linkFailure(int line) {
        Verdict v = verdicts.get(line);
        assertEquals(Status.PASSED, v.status(), () -> "line " + line + ": " + v);
        assertEquals("failed to link", v.reason(), () -> "line " + line + ": " + v);
        assertEquals(MessageMatch.MATCHED, v.messageMatch(), () -> "line " + line + ": " + v);
        return v;
    }

    @Test
    void instantiationAndLinkingFailures() {
        Verdict trap = verdicts.get(75);
        assertEquals(Status.PASSED, trap.status(), trap.toString());
        assertEquals(MessageMatch.MATCHED, trap.messageMatch());
        Verdict unlinkable = verdicts.get(80);
        assertEquals(Status.PASSED, unlinkable.status(), unlinkable.toString());
        assertEquals(MessageMatch.MATCHED, unlinkable.messageMatch());
        failed(83, "linked and instantiated");
    }

    @Test
    void commandsOnAMissingInstanceInheritWhy() {
        failed(87, "failed to link");
        assertEquals(Optional.of("instance $Unlinked is missing: line 87 failed to link: missing import `missing`"),
                failed(88, "depends on a command that failed (failed to link)").actual());
        failed(89, "depends on a command that failed (failed to link)");
        assertEquals(Status.SKIPPED, verdicts.get(90).status());
        Verdict skipped = verdicts.get(91);
        assertEquals(Status.SKIPPED, skipped.status(), skipped.toString());
        assertEquals("no binary", skipped.reason());
    }

    @Test
    void aComponentTheRunnerRejectedIsNotReplacedByTheOneBefore(@TempDir Path dir) throws IOException {
        Files.copy(fixture.resolveSibling("executor.0.wasm"), dir.resolve("t.0.wasm"));
        Files.copy(fixture.resolveSibling("executor.0.wasm"), dir.resolve("t.1.wasm"));
        Path json = Files.writeString(dir.resolve("t.json"), """
                {"source_filename": "t.wast", "commands": [
                 {"type": "component", "line": 1, "filename": "t.0.wasm"},
                 {"type": "component", "line": 2, "filename": "t.1.wasm"},
                 {"type": "assert_return", "line": 3, "action": {"type": "invoke", "instance": null, "field": "seven",
                  "args": []}, "expected": [{"type": "u32", "value": "7"}]}
                ]}""");
        byte[] second = Files.readAllBytes(dir.resolve("t.1.wasm"));
        int[] calls = {0};
        ComponentValidator rejectsTheSecond = bytes -> {
            if (++calls[0] == 2 && Arrays.equals(bytes, second)) {
                throw new InvalidComponentException(0, "fake rejection");
            }
        };
        Map<Integer, Verdict> run = byLine(runner(rejectsTheSecond).run(List.of(json)));
        assertEquals(Status.PASSED, run.get(1).status(), run.get(1).toString());
        assertEquals(Status.FAILED, run.get(2).status());
        Verdict dependent = run.get(3);
        assertEquals(Status.FAILED, dependent.status(), dependent.toString());
        assertEquals("depends on a command that failed (the component did not validate or could not be read)", dependent.reason());
    }
}
