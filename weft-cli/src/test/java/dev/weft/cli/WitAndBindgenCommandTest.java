package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weft wit} and {@code weft bindgen} on kit ({@code ../shared}) and on bad input. */
class WitAndBindgenCommandTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    private static Run weft(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static Path kit() {
        Path p = Path.of(System.getProperty("weft.shared", "../../shared"), "components", "kit");
        Assumptions.assumeTrue(Files.isDirectory(p), "../shared is missing: " + p.toAbsolutePath());
        return p;
    }

    @Test
    void witOfAComponentIsItsWorld() {
        Run run = weft("wit", kit().resolve("kit.wasm").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("world root {\n  import log: func(msg: string);\n  export bench:kit/api;\n}"), run.out());
        assertTrue(run.out().contains("record point {\n      x: f64,\n      y: f64,\n    }"), run.out());
        for (String f : new String[] {"noop: func();", "add: func(a: u32, b: u32) -> u32;", "echo-string: func(s: string) -> string;",
                "sum-list: func(xs: list<u32>) -> u64;", "checksum: func(data: list<u8>) -> u32;",
                "centroid: func(pts: list<point>) -> point;", "repeat: func(c: char, n: u32) -> string;"}) {
            assertTrue(run.out().contains(f), f);
        }
    }

    @Test
    void witOfADirectoryIsItsPackages() {
        Run run = weft("wit", kit().resolve("wit").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("package bench:kit;\n"), run.out());
        assertTrue(run.out().contains("/// Does nothing: measures the bare cost of a call across the boundary."), run.out());
    }

    @Test
    void witErrorsSayWhere() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.wit"), "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n");
        Run run = weft("wit", bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("bad.wit:3:"), run.err());
        assertEquals(1, weft("wit", dir.resolve("missing.wasm").toString()).exitCode());
    }

    @Test
    void bindgenWritesTheWorldsClasses() {
        Path out = dir.resolve("gen");
        Run run = weft("bindgen", "--out", out.toString(), "--package", "com.example.kit", kit().resolve("kit.wasm").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("11 Java files written"), run.out());
        assertTrue(Files.exists(out.resolve("com/example/kit/Kit.java")), "named after the file");
        assertTrue(Files.exists(out.resolve("com/example/kit/KitImports.java")));
        assertTrue(Files.exists(out.resolve("com/example/kit/bench/kit/Api.java")));

        Run fromWit = weft("bindgen", "--out", out.toString(), "--package", "com.example.w", "--world", "kit",
                "--world-class", "KitWorld", kit().resolve("wit").toString());
        assertEquals(0, fromWit.exitCode(), fromWit.err());
        assertTrue(Files.exists(out.resolve("com/example/w/KitWorld.java")));
    }

    @Test
    void bindgenUsageErrors() {
        assertEquals(2, weft("bindgen", "--package", "x", kit().resolve("kit.wasm").toString()).exitCode(), "--out is required");
        Run keyword = weft("bindgen", "--out", dir.toString(), "--package", "com.int", kit().resolve("kit.wasm").toString());
        assertEquals(1, keyword.exitCode());
        assertTrue(keyword.err().contains("`int` is a keyword"), keyword.err());
        Run world = weft("bindgen", "--out", dir.toString(), "--package", "x", "--world", "w", kit().resolve("kit.wasm").toString());
        assertEquals(1, world.exitCode());
        assertTrue(world.err().contains("a component has exactly one world"), world.err());
    }
}
