package dev.weft.testsuite;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcomes of one conformance file, in command order.
 *
 * @param displayName for example {@code validation/abi.json}
 * @param path        the JSON file
 * @param outcomes    one per command (a single {@code file} outcome when the file itself is unusable)
 */
public record FileResult(String displayName, Path path, List<CommandOutcome> outcomes) {
    public FileResult {
        outcomes = List.copyOf(outcomes);
    }

    public Tally tally() {
        return Tally.of(outcomes);
    }
}
