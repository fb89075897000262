package dev.weft.testsuite.exec;

import dev.weft.engine.CoreTrap;
import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import dev.weft.errors.WeftException;
import dev.weft.runtime.Trap;
import dev.weft.runtime.UnlinkableException;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.testsuite.MessageMatch;
import dev.weft.testsuite.Status;
import dev.weft.testsuite.Verdict;
import dev.weft.testsuite.WastFormatException;
import java.util.Optional;

/**
 * The verdicts of {@link InstantiatingExecutor}: the short, stable reasons (grouped in reports and
 * {@code known-failures.txt}) and what an exception that was not expected means.
 */
final class Verdicts {
    /**
     * Skip reason prefix of a feature Weft reports it cannot run yet: an {@link UnsupportedFeatureException}
     * is a skip {@code not supported yet: <feature>} (its {@link UnsupportedFeatureException#feature()},
     * a short stable name such as {@code async}), so skips group by feature; its message, which says
     * what and where, is the verdict's actual.
     */
    static final String NOT_SUPPORTED = "not supported yet: ";

    private Verdicts() {}

    /**
     * The verdict on a command that expected {@code expected} and got {@code error} instead:
     * Weft's own exceptions are failures with a reason naming the kind of error (an unsupported
     * feature is a skip); anything else is a crash.
     *
     * @param during what was going on, for the reason: {@code "instantiating"}, {@code "calling"}...
     */
    static Verdict unexpected(String expected, String during, Throwable error) {
        return switch (error) {
            case UnsupportedFeatureException e -> skipped(NOT_SUPPORTED + e.feature(), expected, e.getMessage());
            case Trap e -> failed("trapped while " + during, expected, trapText(e));
            case CoreTrap e -> failed("a core trap escaped unconverted (not a dev.weft.runtime.Trap) while " + during,
                    expected, trapText(e));
            case UnlinkableException e -> failed("failed to link", expected, e.getMessage());
            case ComponentFormatException e -> failed("rejected a valid component", expected, describe(e));
            case ValueTypeException e -> failed("a value does not fit its type while " + during, expected, e.getMessage());
            case WastFormatException e -> failed("unusable command", expected, e.getMessage());
            case WeftException e -> failed("unexpected " + e.getClass().getSimpleName() + " while " + during, expected,
                    e.getMessage());
            default -> Verdict.crashed(expected, error);
        };
    }

    static Verdict failed(String reason, String expected, String actual) {
        return Verdict.failed(reason, expected, actual);
    }

    static Verdict failed(String reason, String expected, String actual, MessageMatch match) {
        return new Verdict(Status.FAILED, reason, Optional.of(expected), Optional.of(actual), match, Optional.empty());
    }

    static Verdict skipped(String reason, String expected, String actual) {
        return new Verdict(Status.SKIPPED, reason, Optional.of(expected), Optional.of(actual), MessageMatch.NOT_CHECKED,
                Optional.empty());
    }

    /**
     * The message of a trap with its causes, as Wasmtime's runner matches {@code {trap:?}} (the
     * error with its chain): {@code wasm trap: unreachable (caused by: ...)}.
     */
    static String trapText(Throwable trap) {
        StringBuilder text = new StringBuilder(String.valueOf(trap.getMessage()));
        for (Throwable cause = trap.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !text.toString().contains(message)) {
                text.append(" (caused by: ").append(message).append(')');
            }
        }
        return text.toString();
    }

    /**
     * Whether a trap's text satisfies the expected {@code text}: it contains it, or both speak of
     * {@code cannot read} / {@code cannot write} (the one leniency Wasmtime's runner has for the
     * component model tests, whose stream and future messages differ in the details).
     */
    static boolean trapMatches(String expectedText, String actual) {
        return actual.contains(expectedText)
                || (expectedText.contains("cannot write") && actual.contains("cannot write"))
                || (expectedText.contains("cannot read") && actual.contains("cannot read"));
    }

    /** {@code malformed: <message>} or {@code invalid: <message>}. */
    static String describe(ComponentFormatException e) {
        String kind = switch (e) {
            case MalformedComponentException m -> "malformed";
            case InvalidComponentException i -> "invalid";
        };
        return kind + ": " + e.getMessage();
    }
}
