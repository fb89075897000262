package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.types.Case;
import dev.weft.types.VariantType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The variants of {@link HttpTypes} against {@code ../shared}'s WIT: case names and order are the WIT's. */
class WitShapesTest {
    private static String wit() throws IOException {
        Path wit = Path.of(System.getProperty("weft.shared", "../../shared"), "wit", "wasi-0.2.12", "wasi-http", "package.wit");
        assumeTrue(Files.exists(wit), "../shared is missing: cannot read " + wit.toAbsolutePath());
        return Files.readString(wit).replaceAll("(?m)^\\s*///.*$", "").replaceAll("(?m)^\\s*@.*$", "");
    }

    private static List<String> cases(String wit, String name) {
        Matcher m = Pattern.compile("variant " + name + " \\{([^}]*)\\}").matcher(wit);
        if (!m.find()) throw new AssertionError("no variant " + name);
        return Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("\\(.*", "")).toList();
    }

    private static List<String> names(VariantType t) {
        return t.cases().stream().map(Case::name).toList();
    }

    @Test
    void variantsAreTheWits() throws IOException {
        String wit = wit();
        assertEquals(cases(wit, "error-code"), names(HttpTypes.ERROR_CODE));
        assertEquals(cases(wit, "method"), names(HttpTypes.METHOD));
        assertEquals(cases(wit, "scheme"), names(HttpTypes.SCHEME));
        assertEquals(cases(wit, "header-error"), names(HttpTypes.HEADER_ERROR));
    }
}
