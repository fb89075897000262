package dev.weft.binary.validate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.errors.InvalidComponentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The name-only cases of the shared conformance suite: every
 * {@code (assert_invalid (component (import "NAME" (func))) "TEXT")} of {@code kebab.wast} and
 * {@code extern-names.wast} must be rejected by {@link ComponentName#parseExtern} with a message
 * containing {@code TEXT}, as the conformance runner checks.
 */
class ConformanceNamesTest {
    private static final Pattern SINGLE_IMPORT = Pattern.compile(
            "\\(assert_invalid\\s*\\(component\\s*\\(import\\s+\"([^\"\\\\]*)\"\\s*\\(func\\)\\)\\)\\s*\"([^\"]*)\"\\)");

    private record Case(String name, String expected) {}

    @ParameterizedTest
    @ValueSource(strings = {"kebab.wast", "extern-names.wast"})
    void singleImportNames(String file) throws IOException {
        List<Case> cases = cases(Files.readString(validation().resolve(file)));
        assertTrue(cases.size() >= 10, file + ": only " + cases.size() + " name cases found");
        for (Case c : cases) {
            InvalidComponentException e = assertThrows(InvalidComponentException.class,
                    () -> ComponentName.parseExtern(c.name(), ExternKind.IMPORT, 0), c.name());
            assertTrue(e.reason().contains(c.expected()), c.name() + ": `" + e.reason() + "` lacks `" + c.expected() + "`");
            assertEquals(0, e.offset());
        }
    }

    private static List<Case> cases(String wast) {
        List<Case> cases = new ArrayList<>();
        Matcher m = SINGLE_IMPORT.matcher(wast);
        while (m.find()) {
            cases.add(new Case(m.group(1), m.group(2)));
        }
        return cases;
    }

    /** {@code shared/conformance/component-model/validation} (system property {@code weft.shared}). */
    private static Path validation() {
        Path shared = Path.of(System.getProperty("weft.shared", "../shared"));
        Path dir = shared.resolve("conformance/component-model/validation");
        if (!Files.isDirectory(dir)) {
            Assumptions.abort("the shared conformance tests are missing: expected " + dir.toAbsolutePath()
                    + " (set -Dweft.shared=...)");
        }
        return dir;
    }
}
