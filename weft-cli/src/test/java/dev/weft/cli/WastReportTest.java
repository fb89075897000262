package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.testsuite.CommandOutcome;
import dev.weft.testsuite.FileResult;
import dev.weft.testsuite.MessageMatch;
import dev.weft.testsuite.RunResult;
import dev.weft.testsuite.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WastReportTest {
    private static final String FILE = "validation/abi.json";

    private static final RunResult RESULT = new RunResult(List.of(
            new FileResult(FILE, Path.of("/s/validation/abi.json"), List.of(
                    outcome(5, "assert_invalid", Verdict.passed("rejected", "rejected as invalid with a message containing \"memory\"",
                            "invalid: canonical option `memory` is required (at offset 0x1c)", MessageMatch.MATCHED)),
                    outcome(12, "assert_invalid", Verdict.passed("rejected", "rejected as invalid with a message containing \"realloc\"",
                            "invalid: type mismatch (at offset 0x2a)", MessageMatch.MISMATCHED)),
                    outcome(22, "component", Verdict.skipped("instantiation not implemented yet")),
                    outcome(39, "assert_invalid", Verdict.failed("accepted an invalid component",
                            "rejected as invalid", "validated")))),
            new FileResult("values/strings.json", Path.of("/s/values/strings.json"), List.of(
                    outcome(3, "assert_return", Verdict.skipped("needs instantiation (not implemented yet)")),
                    outcome(4, "assert_return", Verdict.skipped("needs instantiation (not implemented yet)"))))));

    private static CommandOutcome outcome(int line, String type, Verdict verdict) {
        String file = type.equals("assert_return") ? "values/strings.json" : FILE;
        return new CommandOutcome(file, line, type, verdict);
    }

    private static String report(boolean verbose) {
        StringWriter text = new StringWriter();
        WastReport report = new WastReport(new PrintWriter(text), verbose, false);
        RESULT.files().forEach(report::file);
        report.summary(RESULT);
        return text.toString();
    }

    @Test
    void summarisesFileByFileThenReasonsThenTheTally() {
        assertEquals("""
                validation/abi.json: 2 passed, 1 failed, 1 skipped
                values/strings.json: 0 passed, 0 failed, 2 skipped
                failed, by reason:
                       1  accepted an invalid component
                skipped, by reason:
                       2  needs instantiation (not implemented yet)
                       1  instantiation not implemented yet
                message matched expected text in 1 of 2
                2 passed, 1 failed, 3 skipped
                """, report(false));
    }

    @Test
    void verboseShowsFailuresSkipsAndMessageMismatches() {
        String report = report(true);
        assertEquals("""
                validation/abi.json: 2 passed, 1 failed, 1 skipped
                  MESSAGE validation/abi.json:12 assert_invalid: passed, but the message differs
                      expected: rejected as invalid with a message containing "realloc"
                      actual:   invalid: type mismatch (at offset 0x2a)
                  SKIP validation/abi.json:22 component: instantiation not implemented yet
                  FAIL validation/abi.json:39 assert_invalid: accepted an invalid component
                      expected: rejected as invalid
                      actual:   validated
                values/strings.json: 0 passed, 0 failed, 2 skipped
                  SKIP values/strings.json:3 assert_return: needs instantiation (not implemented yet)
                  SKIP values/strings.json:4 assert_return: needs instantiation (not implemented yet)
                """, report.substring(0, report.indexOf("failed, by reason:")));
    }
}
