package dev.weft.testsuite;

import static dev.weft.testsuite.Fixture.cmd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceRunnerTest {
    private static final ComponentValidator ACCEPTS = bytes -> {};
    private static final ComponentValidator REJECTS = bytes -> {
        throw new InvalidComponentException(0x1c, "canonical option `memory` is required");
    };
    private static final ComponentValidator CRASHES = bytes -> {
        throw new NullPointerException("oops");
    };

    @TempDir
    Path dir;

    private Fixture fixture;

    @BeforeEach
    void binaries() {
        fixture = new Fixture(dir);
        for (int i = 0; i < 4; i++) {
            fixture.binary("validation/t." + i + ".wasm");
        }
    }

    private static RunResult run(ComponentValidator validator, Path root) {
        return new ConformanceRunner(validator, new SkippingExecutor(), Duration.ZERO).run(List.of(root));
    }

    private Verdict only(ComponentValidator validator, String command) {
        List<CommandOutcome> outcomes = run(validator, fixture.json("validation/t.json", command)).outcomes();
        assertEquals(1, outcomes.size());
        return outcomes.get(0).verdict();
    }

    @Test
    void rejectionPassesAndItsMessageIsCompared() {
        Verdict matched = only(REJECTS, cmd("assert_invalid", 5,
                "\"filename\": \"t.0.wasm\", \"text\": \"canonical option `memory` is required\""));
        assertEquals(Status.PASSED, matched.status());
        assertEquals(MessageMatch.MATCHED, matched.messageMatch());
        assertEquals(Optional.of("invalid: canonical option `memory` is required (at offset 0x1c)"), matched.actual());

        Verdict mismatched = only(REJECTS, cmd("assert_malformed", 6, "\"filename\": \"t.0.wasm\", \"text\": \"unexpected end\""));
        assertEquals(Status.PASSED, mismatched.status());
        assertEquals(MessageMatch.MISMATCHED, mismatched.messageMatch());

        Verdict noText = only(bytes -> {
            throw new MalformedComponentException(3, "bad magic");
        }, cmd("assert_malformed", 7, "\"filename\": \"t.0.wasm\""));
        assertEquals(Status.PASSED, noText.status());
        assertEquals(MessageMatch.NOT_CHECKED, noText.messageMatch());
        assertEquals(Optional.of("malformed: bad magic (at offset 0x3)"), noText.actual());
    }

    @Test
    void acceptingWhatMustBeRejectedFails() {
        Verdict verdict = only(ACCEPTS, cmd("assert_invalid", 5, "\"filename\": \"t.0.wasm\", \"text\": \"type mismatch\""));
        assertEquals(Status.FAILED, verdict.status());
        assertEquals("accepted an invalid component", verdict.reason());
        assertEquals(Optional.of("rejected as invalid with a message containing \"type mismatch\""), verdict.expected());
        assertEquals(Optional.of("validated"), verdict.actual());
    }

    @Test
    void aNonWeftExceptionIsACrash() {
        Verdict verdict = only(CRASHES, cmd("assert_invalid", 5, "\"filename\": \"t.0.wasm\""));
        assertEquals(Status.FAILED, verdict.status());
        assertEquals("crash", verdict.reason());
        assertEquals(Optional.of("crash: java.lang.NullPointerException: oops"), verdict.actual());
        assertInstanceOf(NullPointerException.class, verdict.crash().orElseThrow());

        Verdict component = only(CRASHES, cmd("component", 5, "\"filename\": \"t.0.wasm\", \"definition\": true"));
        assertEquals(Status.FAILED, component.status());
        assertEquals("crash", component.reason());
    }

    @Test
    void componentsMustValidateThenNeedInstantiation() {
        assertEquals(Status.PASSED, only(ACCEPTS, cmd("component", 3, "\"filename\": \"t.0.wasm\", \"definition\": true")).status());

        Verdict instance = only(ACCEPTS, cmd("component", 3, "\"filename\": \"t.0.wasm\""));
        assertEquals(Status.SKIPPED, instance.status());
        assertEquals(SkippingExecutor.COMPONENT_NOT_INSTANTIATED, instance.reason());

        Verdict rejected = only(REJECTS, cmd("component", 3, "\"filename\": \"t.0.wasm\""));
        assertEquals(Status.FAILED, rejected.status());
        assertEquals("rejected a valid component", rejected.reason());
        assertEquals(Optional.of("invalid: canonical option `memory` is required (at offset 0x1c)"), rejected.actual());
    }

    @Test
    void instanceCommandsAreSkippedWithAReason() {
        for (String type : List.of("assert_return", "assert_trap", "action", "instance")) {
            Verdict verdict = only(ACCEPTS, cmd(type, 9, ""));
            assertEquals(Status.SKIPPED, verdict.status(), type);
            assertEquals(SkippingExecutor.NEEDS_INSTANTIATION, verdict.reason(), type);
        }
        for (String type : List.of("assert_unlinkable", "assert_trap_instantiate")) {
            Verdict verdict = only(REJECTS, cmd(type, 9, "\"filename\": \"t.0.wasm\""));
            assertEquals(Status.SKIPPED, verdict.status(), type);
            assertEquals(SkippingExecutor.NEEDS_INSTANTIATION, verdict.reason(), type);
        }
    }

    @Test
    void entriesWithoutABinaryAreSkipped() {
        Verdict textError = only(ACCEPTS, cmd("assert_malformed", 78,
                "\"quote\": true, \"text\": \"x\", \"text_error\": \"Error { kind: Lex }\\nmore\""));
        assertEquals(Status.SKIPPED, textError.status());
        assertEquals("no binary: Error { kind: Lex }", textError.reason());

        assertEquals("no binary", only(ACCEPTS, cmd("component", 1, "")).reason());
        assertEquals("unknown command type `register`", only(ACCEPTS, cmd("register", 1, "")).reason());
    }

    @Test
    void aMissingBinaryIsAFailureNotACrashOfTheRun() {
        Verdict verdict = only(ACCEPTS, cmd("assert_invalid", 5, "\"filename\": \"missing.wasm\""));
        assertEquals(Status.FAILED, verdict.status());
        assertEquals("cannot read binary", verdict.reason());
        assertTrue(verdict.actual().orElseThrow().startsWith("cannot read missing.wasm: "), verdict.actual().orElseThrow());
    }

    @Test
    void anUnreadableFileIsOneFailureAndTheRunGoesOn() {
        fixture.write("validation/a-broken.json", "{\"commands\": [");
        fixture.json("validation/b.json", cmd("assert_invalid", 5, "\"filename\": \"t.0.wasm\""));
        RunResult result = run(REJECTS, dir.resolve("validation"));
        assertEquals(2, result.files().size());
        CommandOutcome broken = result.files().get(0).outcomes().get(0);
        assertEquals("validation/a-broken.json:0", broken.location());
        assertEquals("file", broken.commandType());
        assertEquals(Status.FAILED, broken.status());
        assertEquals("1 passed, 1 failed, 0 skipped", result.tally().toString());
    }

    @Test
    void theExecutorSeesWhatValidationCannotDecide() {
        List<String> seen = new ArrayList<>();
        CommandExecutor recording = file -> (command, binary) -> {
            seen.add(command.typeName() + "@" + command.line() + (binary.isPresent() ? "+binary" : ""));
            return Verdict.passed("executed");
        };
        fixture.json("validation/t.json",
                cmd("component", 1, "\"filename\": \"t.0.wasm\", \"name\": \"$a\", \"definition\": true"),
                cmd("instance", 2, "\"name\": \"$i\", \"of\": \"$a\""),
                cmd("assert_return", 3, "\"action\": {\"type\": \"invoke\", \"field\": \"f\", \"args\": []}, \"expected\": []"),
                cmd("assert_invalid", 4, "\"filename\": \"t.1.wasm\""),
                cmd("assert_unlinkable", 5, "\"filename\": \"t.2.wasm\""),
                cmd("component", 6, "\"text_error\": \"no\""));
        RunResult result = new ConformanceRunner(ACCEPTS, recording, Duration.ZERO).run(List.of(dir.resolve("validation")));
        assertEquals(List.of("component@1+binary", "instance@2", "assert_return@3", "assert_unlinkable@5+binary"), seen);
        assertEquals("4 passed, 1 failed, 1 skipped", result.tally().toString());
    }

    @Test
    void whatTheExecutorThrowsIsReported() {
        fixture.json("validation/t.json", cmd("assert_return", 3, ""), cmd("assert_trap", 4, ""));
        CommandExecutor throwing = file -> (command, binary) -> {
            if (command.line() == 3) {
                throw new InvalidComponentException(1, "no such export");
            }
            throw new IllegalStateException("bug");
        };
        List<CommandOutcome> outcomes = new ConformanceRunner(ACCEPTS, throwing, Duration.ZERO)
                .run(List.of(dir.resolve("validation"))).outcomes();
        assertEquals("unexpected error", outcomes.get(0).verdict().reason());
        assertEquals(Optional.of("invalid: no such export (at offset 0x1)"), outcomes.get(0).verdict().actual());
        assertEquals("crash", outcomes.get(1).verdict().reason());
    }

    @Test
    void aHangingValidatorBecomesATimedOutFailure() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        ComponentValidator hangs = bytes -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        fixture.json("validation/t.json", cmd("assert_invalid", 5, "\"filename\": \"t.0.wasm\""));
        RunResult result = new ConformanceRunner(hangs, new SkippingExecutor(), Duration.ofMillis(50))
                .run(List.of(dir.resolve("validation")));
        never.countDown();
        Verdict verdict = result.outcomes().get(0).verdict();
        assertEquals(Status.FAILED, verdict.status());
        assertEquals("timed out", verdict.reason());
    }

    @Test
    void summarisesSkipReasonsAndMessageMatches() {
        fixture.json("validation/t.json",
                cmd("assert_invalid", 1, "\"filename\": \"t.0.wasm\", \"text\": \"memory\""),
                cmd("assert_invalid", 2, "\"filename\": \"t.1.wasm\", \"text\": \"something else\""),
                cmd("assert_invalid", 3, "\"filename\": \"t.2.wasm\""),
                cmd("assert_return", 4, ""),
                cmd("assert_return", 5, ""),
                cmd("component", 6, "\"filename\": \"t.3.wasm\""),
                cmd("assert_malformed", 7, "\"text_error\": \"parse\""));
        RunResult result = run(REJECTS, dir.resolve("validation"));
        assertEquals("3 passed, 1 failed, 3 skipped", result.tally().toString());
        assertEquals(Map.of(SkippingExecutor.NEEDS_INSTANTIATION, 2L, "no binary: parse", 1L), result.skipReasons());
        assertEquals(SkippingExecutor.NEEDS_INSTANTIATION, result.skipReasons().keySet().iterator().next());
        assertEquals(2, result.messageChecks());
        assertEquals(1, result.messageMatches());
        assertTrue(result.hasFailures());
    }
}
