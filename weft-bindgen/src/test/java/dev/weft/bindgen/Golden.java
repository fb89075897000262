package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Golden files under {@code src/test/resources/golden}: what a test produces must equal the file.
 * Run with {@code -Dweft.golden.update=true} to (re)write the files instead, then review the diff:
 * {@code mvn -o -pl weft-bindgen test -Dweft.golden.update=true}.
 */
final class Golden {
    static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    static boolean updating() {
        return Boolean.getBoolean("weft.golden.update");
    }

    /** Compares {@code actual} with {@code golden/<relative>} (or writes it when updating). */
    static void check(String relative, String actual) {
        Path file = ROOT.resolve(relative);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("missing golden file " + file.toAbsolutePath()
                        + ": run the test with -Dweft.golden.update=true to write it, then review it");
            }
            assertEquals(Files.readString(file), actual, "differs from " + file
                    + " (if the change is intended, run with -Dweft.golden.update=true and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ../shared}, or the test is skipped saying why. */
    static Path shared() {
        Path p = Path.of(System.getProperty("weft.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("components")),
                "../shared is missing: expected components/ under " + p.toAbsolutePath() + " (set -Dweft.shared=...)");
        return p;
    }
}
