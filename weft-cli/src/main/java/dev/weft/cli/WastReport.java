package dev.weft.cli;

import dev.weft.testsuite.CommandOutcome;
import dev.weft.testsuite.FileResult;
import dev.weft.testsuite.MessageMatch;
import dev.weft.testsuite.RunResult;
import dev.weft.testsuite.Verdict;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The text report of {@code weft wast}: a line per file (details under it with {@code --verbose}),
 * the reasons of failures and skips with counts, the message-match count, and last, alone,
 * {@code N passed, M failed, K skipped}.
 */
final class WastReport {
    private static final int REASON_WIDTH = 120;

    private final PrintWriter out;
    private final boolean verbose;
    private final boolean debug;

    WastReport(PrintWriter out, boolean verbose, boolean debug) {
        this.out = out;
        this.verbose = verbose;
        this.debug = debug;
    }

    /** {@code validation/abi.json: 10 passed, 0 failed, 2 skipped}, and the details when verbose. */
    void file(FileResult file) {
        out.println(file.displayName() + ": " + file.tally());
        if (verbose) {
            file.outcomes().forEach(this::details);
        }
        out.flush();
    }

    void summary(RunResult result) {
        reasons("failed, by reason:", result.failureReasons());
        reasons("skipped, by reason:", result.skipReasons());
        out.println("message matched expected text in " + result.messageMatches() + " of " + result.messageChecks());
        out.println(result.tally());
        out.flush();
    }

    private void details(CommandOutcome outcome) {
        Verdict verdict = outcome.verdict();
        switch (verdict.status()) {
            case PASSED -> {
                if (verdict.messageMatch() == MessageMatch.MISMATCHED) {
                    heading("MESSAGE", outcome, "passed, but the message differs");
                    expectedAndActual(verdict);
                }
            }
            case FAILED -> {
                heading("FAIL", outcome, verdict.reason());
                expectedAndActual(verdict);
                if (debug) {
                    verdict.crash().ifPresent(crash -> crash.printStackTrace(out));
                }
            }
            case SKIPPED -> heading("SKIP", outcome, verdict.reason());
        }
    }

    private void heading(String label, CommandOutcome outcome, String what) {
        out.println("  " + label + " " + outcome.location() + " " + outcome.commandType() + ": " + what);
    }

    private void expectedAndActual(Verdict verdict) {
        verdict.expected().ifPresent(e -> out.println("      expected: " + e));
        verdict.actual().ifPresent(a -> out.println("      actual:   " + a));
    }

    private void reasons(String heading, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(heading);
        counts.forEach((reason, count) -> out.printf("  %6d  %s%n", count, abbreviate(reason)));
    }

    private String abbreviate(String reason) {
        return verbose || reason.length() <= REASON_WIDTH ? reason : reason.substring(0, REASON_WIDTH - 3) + "...";
    }
}
