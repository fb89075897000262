package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Helpers for the WIT tests. */
final class WitTesting {
    private WitTesting() {}

    /** Resolves one root file. */
    static Resolve resolve(String text) {
        return Wit.resolveText("test.wit", text);
    }

    /** The error resolving one root file must raise. */
    static WitException error(String text) {
        return assertThrows(WitException.class, () -> resolve(text));
    }

    /** Asserts the error's reason and its 1-based line and column. */
    static void assertError(String text, int line, int column, String reason) {
        WitException e = error(text);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
    }

    /** Resolves, prints, parses again: the models must be equal, and printing again must give the same text. */
    static Resolve roundTrip(Resolve r) {
        String text = WitPrinter.printAll(r);
        Resolve again = Wit.resolveText("printed.wit", text);
        assertEquals(text, WitPrinter.printAll(again), "printing is not a fixpoint");
        assertEquals(r, again, () -> "the printed model differs:\n" + text);
        return again;
    }

    static Interface iface(Resolve r, String name) {
        return r.interfaces().stream().filter(i -> i.name().equals(java.util.Optional.of(name))).findFirst()
                .orElseThrow(() -> new AssertionError("no interface " + name));
    }

    static World world(Resolve r, String name) {
        return r.worlds().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no world " + name));
    }

    static TypeDef type(Resolve r, Interface i, String name) {
        TypeId id = i.types().get(name);
        if (id == null) throw new AssertionError("no type " + name + " in " + i.name());
        return r.get(id);
    }

    /** The {@code ../shared} directory (system property {@code weft.shared}); aborts the test when it is missing. */
    static Path shared() {
        Path p = Path.of(System.getProperty("weft.shared", "../shared"));
        if (!Files.isDirectory(p.resolve("wit")) || !Files.isDirectory(p.resolve("components"))) {
            Assumptions.abort("the shared test data is missing: expected wit/ and components/ under "
                    + p.toAbsolutePath() + " (set -Dweft.shared=...)");
        }
        return p;
    }

    /** The package directories of {@code shared/wit/<set>}. */
    static List<Path> packageDirs(String set) throws Exception {
        Path dir = shared().resolve("wit").resolve(set);
        if (!Files.isDirectory(dir)) Assumptions.abort("missing " + dir.toAbsolutePath());
        try (var s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
