package dev.weft.wasi.filesystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The enums and flags of this package against {@code ../shared}'s WIT: case names and order must be
 * the WIT's, since the canonical ABI passes them by index.
 */
class WitShapesTest {
    private static String wit() throws IOException {
        Path wit = Path.of(System.getProperty("weft.shared", "../../shared"), "wit", "wasi-0.2.12", "wasi-filesystem", "package.wit");
        assumeTrue(Files.exists(wit), "../shared is missing: cannot read " + wit.toAbsolutePath() + " (set -Dweft.shared=...)");
        return Files.readString(wit);
    }

    /** The cases of {@code kind name { ... }} in the WIT. */
    private static List<String> cases(String wit, String kind, String name) {
        Matcher m = Pattern.compile(kind + " " + name + " \\{([^}]*)\\}").matcher(wit);
        if (!m.find()) throw new AssertionError("no " + kind + " " + name + " in the WIT");
        return Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void enumsAndFlagsAreTheWits() throws IOException {
        String wit = wit();
        assertEquals(cases(wit, "enum", "error-code"), ErrorCode.witNames());
        assertEquals(cases(wit, "enum", "descriptor-type"), DescriptorType.witNames());
        assertEquals(cases(wit, "enum", "advice"), FsTypes.ADVICE.names());
        assertEquals(cases(wit, "flags", "descriptor-flags"), DescriptorFlag.witNames());
        assertEquals(cases(wit, "flags", "open-flags"), OpenFlag.witNames());
        assertEquals(cases(wit, "flags", "path-flags"), FsTypes.PATH_FLAGS.names());
    }
}
