package dev.weft.testsuite;

import java.nio.file.Path;
import java.util.List;

/**
 * One parsed conformance JSON file.
 *
 * @param path           where the JSON file is; binaries are resolved beside it
 * @param displayName    how reports name it, for example {@code validation/abi.json}
 * @param sourceFilename the {@code .wast} it was converted from (may be empty)
 * @param commands       the commands, in file order
 */
public record ConformanceFile(Path path, String displayName, String sourceFilename, List<ConformanceCommand> commands) {
    public ConformanceFile {
        commands = List.copyOf(commands);
    }

    /** Where the binary named {@code filename} is: beside the JSON file. */
    public Path resolve(String filename) {
        return path.resolveSibling(filename);
    }
}
