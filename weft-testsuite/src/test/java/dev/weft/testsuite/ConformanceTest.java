package dev.weft.testsuite;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * The spec's conformance tests ({@code ../shared/conformance/component-model}), one dynamic test per
 * command: a failure fails, a skip (and a listed known failure) is reported as skipped (aborted).
 */
class ConformanceTest {
    private static final int CRASH_FRAMES = 6;
    private static RunResult result;

    /** Runs the whole suite once (both tests read it); aborts when {@code ../shared} is missing. */
    private static synchronized RunResult result() {
        SharedDir.Found suite = SharedDir.componentModelSuite();
        if (suite.dir().isEmpty()) {
            System.err.println("[weft-testsuite] " + suite.missingMessage());
            Assumptions.abort(suite.missingMessage());
        }
        if (result == null) {
            result = ConformanceRunner.standard().run(List.of(suite.dir().get()));
        }
        return result;
    }

    @TestFactory
    Stream<DynamicNode> componentModel() {
        RunResult run = result();
        KnownFailures known = KnownFailures.load();
        return run.files().stream().map(file -> dynamicContainer(file.displayName(), file.path().toUri(),
                file.outcomes().stream().map(outcome -> test(outcome, wast(file.path()), known))));
    }

    @Test
    void knownFailuresStillFail() {
        Map<String, CommandOutcome> byLocation = result().outcomes().stream()
                .collect(Collectors.toMap(CommandOutcome::location, Function.identity(), (a, b) -> a));
        List<String> stale = new ArrayList<>();
        KnownFailures.load().reasons().keySet().stream().sorted().forEach(location -> {
            CommandOutcome outcome = byLocation.get(location);
            if (outcome == null) {
                stale.add(location + ": no such command");
            } else if (outcome.status() != Status.FAILED) {
                stale.add(location + ": now " + outcome.status().name().toLowerCase() + " ("
                        + outcome.verdict().reason() + ")");
            }
        });
        if (!stale.isEmpty()) {
            fail("listed in known-failures.txt but not failing; remove them from the list:\n  "
                    + String.join("\n  ", stale));
        }
    }

    private static DynamicNode test(CommandOutcome outcome, Path wast, KnownFailures known) {
        String name = "line " + outcome.line() + " " + outcome.commandType();
        URI source = Files.exists(wast) ? URI.create(wast.toUri() + "?line=" + outcome.line()) : null;
        return dynamicTest(name, source, check(outcome, known));
    }

    private static Executable check(CommandOutcome outcome, KnownFailures known) {
        Verdict verdict = outcome.verdict();
        return switch (verdict.status()) {
            case PASSED -> () -> {};
            case SKIPPED -> () -> Assumptions.abort(verdict.reason());
            case FAILED -> known.reason(outcome.location())
                    .<Executable>map(reason -> () -> Assumptions.abort("known failure: " + reason))
                    .orElse(() -> {
                        throw failure(outcome);
                    });
        };
    }

    /**
     * The failure, without a stack trace of its own (it would only show JUnit replaying a verdict);
     * a crash shows its top frames. The full trace: {@code ./weft wast --verbose --debug FILE}.
     */
    private static AssertionFailedError failure(CommandOutcome outcome) {
        String crashFrames = outcome.verdict().crash().map(ConformanceTest::topFrames).orElse("");
        AssertionFailedError error = new AssertionFailedError(describe(outcome) + crashFrames);
        error.setStackTrace(new StackTraceElement[0]);
        return error;
    }

    private static String topFrames(Throwable crash) {
        return Stream.of(crash.getStackTrace())
                .limit(CRASH_FRAMES)
                .map(frame -> "\n      at " + frame)
                .collect(Collectors.joining());
    }

    static String describe(CommandOutcome outcome) {
        Verdict verdict = outcome.verdict();
        return outcome.location() + " " + outcome.commandType() + ": " + verdict.reason()
                + verdict.expected().map(e -> "\n  expected: " + e).orElse("")
                + verdict.actual().map(a -> "\n  actual:   " + a).orElse("");
    }

    private static Path wast(Path json) {
        String name = json.getFileName().toString();
        return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".wast");
    }
}
