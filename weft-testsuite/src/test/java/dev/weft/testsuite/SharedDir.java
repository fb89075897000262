package dev.weft.testsuite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds {@code ../shared} for tests: the {@code weft.shared} system property (the root pom sets it
 * for Surefire), else {@code shared} beside the repository found upwards from the working directory.
 */
final class SharedDir {
    static final String PROPERTY = "weft.shared";
    static final Path COMPONENT_MODEL_SUITE = Path.of("conformance", "component-model");

    private SharedDir() {}

    /**
     * @param dir       the conformance suite directory, when found
     * @param lookedAt  every place tried, for the message when it is not
     */
    record Found(Optional<Path> dir, List<Path> lookedAt) {
        String missingMessage() {
            return "../shared not found (looked for " + COMPONENT_MODEL_SUITE + " in " + lookedAt
                    + "): the conformance tests did not run. Put the shared directory beside the repository, "
                    + "or pass -D" + PROPERTY + "=DIR.";
        }
    }

    /** The component-model conformance suite under {@code shared}. */
    static Found componentModelSuite() {
        List<Path> lookedAt = new ArrayList<>(candidates());
        Optional<Path> found = lookedAt.stream()
                .map(shared -> shared.resolve(COMPONENT_MODEL_SUITE))
                .filter(Files::isDirectory)
                .findFirst();
        return new Found(found, lookedAt);
    }

    private static Set<Path> candidates() {
        Set<Path> candidates = new LinkedHashSet<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("weft-testsuite")) && dir.getParent() != null) {
                candidates.add(dir.getParent().resolve("shared"));
                break;
            }
        }
        return candidates;
    }
}
