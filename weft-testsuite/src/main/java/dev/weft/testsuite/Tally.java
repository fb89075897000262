package dev.weft.testsuite;

import java.util.Collection;

/** Counts of passed, failed and skipped commands. */
public record Tally(int passed, int failed, int skipped) {
    public static final Tally ZERO = new Tally(0, 0, 0);

    public static Tally of(Collection<CommandOutcome> outcomes) {
        Tally tally = ZERO;
        for (CommandOutcome outcome : outcomes) {
            tally = tally.plus(outcome.status());
        }
        return tally;
    }

    public Tally plus(Status status) {
        return switch (status) {
            case PASSED -> new Tally(passed + 1, failed, skipped);
            case FAILED -> new Tally(passed, failed + 1, skipped);
            case SKIPPED -> new Tally(passed, failed, skipped + 1);
        };
    }

    public Tally plus(Tally other) {
        return new Tally(passed + other.passed, failed + other.failed, skipped + other.skipped);
    }

    public int total() {
        return passed + failed + skipped;
    }

    /** {@code N passed, M failed, K skipped}: the exact closing line of {@code weft wast}. */
    @Override
    public String toString() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
