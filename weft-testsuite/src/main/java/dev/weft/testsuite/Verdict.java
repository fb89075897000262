package dev.weft.testsuite;

import java.util.Objects;
import java.util.Optional;

/**
 * The judgement on one command.
 *
 * @param status       passed, failed or skipped
 * @param reason       short and stable, good for grouping: the skip reason, or what kind of failure
 *                     ("crash", "accepted an invalid component", ...)
 * @param expected     what the test expected, in words (with the expected message, if any)
 * @param actual       what happened (the actual message, the exception of a crash)
 * @param messageMatch for rejections: whether the message contained the expected text
 * @param crash        the unexpected exception, if one was thrown
 */
public record Verdict(
        Status status,
        String reason,
        Optional<String> expected,
        Optional<String> actual,
        MessageMatch messageMatch,
        Optional<Throwable> crash) {

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(messageMatch, "messageMatch");
        Objects.requireNonNull(crash, "crash");
    }

    public static Verdict passed(String reason) {
        return new Verdict(Status.PASSED, reason, Optional.empty(), Optional.empty(), MessageMatch.NOT_CHECKED,
                Optional.empty());
    }

    public static Verdict passed(String reason, String expected, String actual, MessageMatch match) {
        return new Verdict(Status.PASSED, reason, Optional.of(expected), Optional.of(actual), match, Optional.empty());
    }

    public static Verdict failed(String reason, String expected, String actual) {
        return new Verdict(Status.FAILED, reason, Optional.of(expected), Optional.of(actual), MessageMatch.NOT_CHECKED,
                Optional.empty());
    }

    /** A failure because something other than a Weft exception escaped: a bug, reported as "crash: ...". */
    public static Verdict crashed(String expected, Throwable error) {
        return new Verdict(Status.FAILED, "crash", Optional.of(expected), Optional.of("crash: " + error),
                MessageMatch.NOT_CHECKED, Optional.of(error));
    }

    public static Verdict skipped(String reason) {
        return new Verdict(Status.SKIPPED, reason, Optional.empty(), Optional.empty(), MessageMatch.NOT_CHECKED,
                Optional.empty());
    }
}
