package dev.weft.testsuite;

import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import dev.weft.errors.WeftException;

/** The words of verdicts: what a command expects, what an error says. */
final class Expectations {
    private Expectations() {}

    /** What {@code command} expects, in words, with its expected message if any. */
    static String of(ConformanceCommand command) {
        String text = command.text().map(t -> " with a message containing \"" + t + "\"").orElse("");
        return switch (command.type()) {
            case ASSERT_MALFORMED -> "rejected as malformed" + text;
            case ASSERT_INVALID -> "rejected as invalid" + text;
            case COMPONENT -> command.definition() ? "validates" : "validates and instantiates";
            case ASSERT_UNLINKABLE -> "fails to link" + text;
            case ASSERT_TRAP_INSTANTIATE -> "traps while instantiating" + text;
            case ASSERT_TRAP -> "traps" + text;
            case ASSERT_RETURN -> "returns the expected values";
            case INSTANCE -> "instantiates";
            case ACTION -> "runs";
            case UNKNOWN -> command.typeName();
        };
    }

    /** The failure reason when a binary that must be rejected validated. */
    static String acceptedWrongly(ConformanceCommand command) {
        return command.type() == CommandType.ASSERT_MALFORMED
                ? "accepted a malformed component"
                : "accepted an invalid component";
    }

    /** Whether the rejection's message contains the expected text. */
    static MessageMatch match(ConformanceCommand command, ComponentFormatException e) {
        String message = String.valueOf(e.getMessage());
        return command.text()
                .map(t -> message.contains(t) ? MessageMatch.MATCHED : MessageMatch.MISMATCHED)
                .orElse(MessageMatch.NOT_CHECKED);
    }

    /** {@code malformed: <message>}, {@code invalid: <message>}, or the class and message of another error. */
    static String describe(WeftException e) {
        return switch (e) {
            case ComponentFormatException format -> kind(format) + ": " + format.getMessage();
            default -> e.getClass().getSimpleName() + ": " + e.getMessage();
        };
    }

    private static String kind(ComponentFormatException e) {
        return switch (e) {
            case MalformedComponentException malformed -> "malformed";
            case InvalidComponentException invalid -> "invalid";
        };
    }
}
