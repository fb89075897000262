package dev.weft.testsuite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The outcome of a conformance run: every file, in the order run. */
public record RunResult(List<FileResult> files) {
    public RunResult {
        files = List.copyOf(files);
    }

    /** Every command outcome, file by file. */
    public List<CommandOutcome> outcomes() {
        return files.stream().flatMap(f -> f.outcomes().stream()).toList();
    }

    public Tally tally() {
        return Tally.of(outcomes());
    }

    public boolean hasFailures() {
        return tally().failed() > 0;
    }

    /** Skip reasons with their counts, most frequent first (ties by reason). */
    public Map<String, Long> skipReasons() {
        return reasons(Status.SKIPPED);
    }

    /** Failure reasons ("crash", "accepted an invalid component", ...) with their counts, most frequent first. */
    public Map<String, Long> failureReasons() {
        return reasons(Status.FAILED);
    }

    private Map<String, Long> reasons(Status status) {
        Map<String, Long> counts = outcomes().stream()
                .filter(o -> o.status() == status)
                .collect(Collectors.groupingBy(o -> o.verdict().reason(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** How many rejections had an expected text to compare with. */
    public long messageChecks() {
        return countMatch(m -> m != MessageMatch.NOT_CHECKED);
    }

    /** How many rejections' messages contained the expected text. */
    public long messageMatches() {
        return countMatch(m -> m == MessageMatch.MATCHED);
    }

    private long countMatch(Predicate<MessageMatch> which) {
        return outcomes().stream().filter(o -> which.test(o.verdict().messageMatch())).count();
    }
}
