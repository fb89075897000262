package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Bad WIT files and the exact messages they give ({@code src/test/resources/errors/NAME.wit} and
 * {@code NAME.expected}): {@code file:line:col: reason}, the source line, a caret under the span.
 */
class ErrorGoldenTest {
    /** Every {@code errors/*.wit}; each must have its {@code .expected}. */
    static List<String> cases() throws Exception {
        Path dir = Path.of(ErrorGoldenTest.class.getClassLoader().getResource("errors").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wit"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void messageMatchesGolden(String name) throws Exception {
        String source = resource("errors/" + name + ".wit");
        String expected = resource("errors/" + name + ".expected").stripTrailing();
        WitException e = assertThrows(WitException.class, () -> Wit.resolveText("errors/" + name + ".wit", source));
        assertEquals(expected, e.getMessage());
        assertEquals("errors/" + name + ".wit", e.file());
        assertFalse(e.reason().contains("\n"));
    }

    @Test
    void theGoldenCasesAreThere() throws Exception {
        assertEquals(List.of("gate-weaker", "include-conflict", "missing-comma", "undefined-type", "use-cycle"), cases());
    }

    @Test
    void caretCoversTheSpanOnItsLine() {
        SourceFile f = new SourceFile("x.wit", "ab\n  héllo wörld\n");
        int start = f.text().indexOf("wörld");
        String rendered = WitException.render(new Span(f, start, start + 5), "here");
        assertEquals("x.wit:2:9: here\n 2 |   héllo wörld\n   |         ^^^^^", rendered);
        // a span at the end of the file gets one caret on the (empty) last line
        String atEnd = WitException.render(new Span(f, f.text().length(), f.text().length()), "end");
        assertEquals("x.wit:3:1: end\n 3 | \n   | ^", atEnd);
    }

    static String resource(String path) throws Exception {
        try (InputStream in = ErrorGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new AssertionError("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
