package dev.weft.binary.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.Section;
import dev.weft.errors.MalformedComponentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Shared helpers of the decoder tests. */
final class DecodeTesting {
    private DecodeTesting() {}

    /** Offset of the first item of the first section after a component preamble (id, 1-byte size, 1-byte count). */
    static final int FIRST_ITEM = 11;

    static Component decode(Bytes b) {
        return ComponentDecoder.decode(b.toArray());
    }

    /** Decodes a component made of the preamble and {@code sections}. */
    static Component decodeSections(Bytes... sections) {
        Bytes b = Bytes.component();
        for (Bytes s : sections) b.then(s);
        return decode(b);
    }

    /** The single section of {@code c}, which must be a {@code type}. */
    static <T extends Section> T only(Component c, Class<T> type) {
        assertEquals(1, c.sections().size(), "sections: " + c.sections());
        return assertInstanceOf(type, c.sections().get(0));
    }

    /** Decoding {@code bytes} fails with exactly {@code reason} at {@code offset}. */
    static MalformedComponentException malformed(byte[] bytes, String reason, long offset) {
        var e = assertThrows(MalformedComponentException.class, () -> ComponentDecoder.decode(bytes));
        assertEquals(reason, e.reason(), "reason");
        assertEquals(offset, e.offset(), "offset of: " + e.getMessage());
        return e;
    }

    static MalformedComponentException malformed(Bytes b, String reason, long offset) {
        return malformed(b.toArray(), reason, offset);
    }

    /** A component with one section {@code id} holding {@code vec(item)}: the item starts at {@link #FIRST_ITEM}. */
    static Bytes oneItem(int id, Bytes item) {
        return Bytes.component().vecSection(id, item);
    }

    /**
     * The {@code ../shared} directory (system property {@code weft.shared}); aborts the calling test,
     * saying so, when it is missing.
     */
    static Path shared() {
        Path p = Path.of(System.getProperty("weft.shared", "../shared"));
        if (!Files.isDirectory(p.resolve("conformance")) || !Files.isDirectory(p.resolve("components"))) {
            Assumptions.abort("the shared test data is missing: expected conformance/ and components/ under "
                    + p.toAbsolutePath() + " (set -Dweft.shared=...)");
        }
        return p;
    }

    /** The six real components, {@code shared/components/*}/{@code *.wasm}. */
    static List<Path> realComponents() throws Exception {
        List<Path> out = new ArrayList<>();
        try (var dirs = Files.list(shared().resolve("components"))) {
            for (Path d : dirs.sorted().toList()) {
                if (!Files.isDirectory(d)) continue;
                try (var files = Files.list(d)) {
                    files.filter(f -> f.toString().endsWith(".wasm")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    /** All sections of {@code c} and of its nested components, depth first. */
    static List<Section> allSections(Component c) {
        List<Section> out = new ArrayList<>();
        for (Section s : c.sections()) {
            out.add(s);
            if (s instanceof Section.NestedComponent n) out.addAll(allSections(n.component()));
        }
        return out;
    }
}
