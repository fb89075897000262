package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WIT.md "Filesystem structure": root files, multi-file packages, {@code deps/}, error locations in files. */
class FilesystemTest {
    @TempDir
    Path dir;

    private Path write(String path, String text) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void rootDirectoryWithDeps() throws Exception {
        write("wit/types.wit", "interface types {\n  use wasi:clocks/wall-clock.{datetime};\n  type t = datetime;\n}\n");
        write("wit/world.wit", "/// The demo.\npackage local:demo;\nworld my-world { import host; export another-interface; }\n");
        write("wit/host.wit", "interface host { use types.{t}; }\ninterface another-interface {}\n");
        write("wit/deps/my-dependency.wit", "package my:dep;\ninterface d { use wasi:clocks/wall-clock.{datetime}; }\n"
                + "package my:inline { interface x {} }\n");
        write("wit/deps/wasi:clocks/types.wit", "interface wall-clock { record datetime { seconds: u64 } }\n");
        write("wit/deps/wasi:clocks/world.wit", "package wasi:clocks;\nworld imports { import wall-clock; }\n");
        write("wit/deps/wasi:clocks@0.3.0-pre/a.wit", "package wasi:clocks@0.3.0-pre;\ninterface wall-clock {}\n");
        write("wit/deps/ignored.txt", "not wit");
        Resolve r = Wit.resolve(dir.resolve("wit"));
        // deps in file-name order, each after what it uses (my:dep uses wasi:clocks), the root last
        assertEquals(List.of("my:inline", "wasi:clocks", "my:dep", "wasi:clocks@0.3.0-pre", "local:demo"),
                r.packages().stream().map(p -> p.name().toString()).toList());
        WitPackage root = r.get(r.root().orElseThrow());
        assertEquals(Optional.of("The demo."), root.docs().contents());
        assertEquals(List.of("host", "another-interface", "types"), List.copyOf(root.interfaces().keySet())); // files by name
        World w = r.get(r.selectWorld(Optional.empty()));
        assertEquals(List.of("wasi:clocks/wall-clock", "local:demo/types", "local:demo/host"),
                WasiPackagesTest.names(r, w.imports().keySet()));
        assertEquals(r, Wit.resolveDir(dir.resolve("wit"), WitOptions.DEFAULT));
        WitTesting.roundTrip(r);
    }

    @Test
    void packageHeadersMustAgree() throws Exception {
        write("p/a.wit", "package a:b;\n");
        Path b = write("p/b.wit", "package a:c;\n");
        WitException e = assertThrows(WitException.class, () -> Wit.resolve(dir.resolve("p")));
        assertEquals(b.toString(), e.file());
        assertEquals("package name `a:c` does not match `a:b` declared at " + dir.resolve("p/a.wit") + ":1:9", e.reason());
    }

    @Test
    void errorsNameTheFileTheyAreIn() throws Exception {
        write("wit/world.wit", "package local:demo;\nworld w { import wasi:io/streams@0.2.0; }\n");
        Path bad = write("wit/deps/io/streams.wit", "package wasi:io@0.2.0;\ninterface streams {\n  f: func() -> strem;\n}\n");
        WitException e = assertThrows(WitException.class, () -> Wit.resolve(dir.resolve("wit")));
        assertEquals(bad + ":3:16: name `strem` is not defined\n"
                + " 3 |   f: func() -> strem;\n"
                + "   |                ^^^^^", e.getMessage());
    }

    @Test
    void singleFileRootWithInlineDependencies() throws Exception {
        Path f = write("my.wit", "package a:b;\nworld w { import x:y/i; }\npackage x:y { interface i {} }\n");
        Resolve r = Wit.resolve(f);
        assertEquals(2, r.packages().size());
        assertEquals("a:b", r.get(r.root().orElseThrow()).name().toString());
    }

    @Test
    void packageListAndUnreadableInputs() throws Exception {
        Path a = write("a/a.wit", "package x:a;\ninterface i { type t = u8; }\n");
        Path b = write("b.wit", "package x:b;\ninterface j { use x:a/i.{t}; }\n");
        Resolve r = Wit.resolvePackages(List.of(b, a.getParent()), WitOptions.DEFAULT);
        assertEquals(List.of("x:a", "x:b"), r.packages().stream().map(p -> p.name().toString()).toList());
        assertTrue(r.root().isEmpty());
        WitException missing = assertThrows(WitException.class, () -> Wit.resolve(dir.resolve("nope.wit")));
        assertEquals(dir.resolve("nope.wit") + ": no such file or directory", missing.getMessage());
        Files.write(dir.resolve("latin1.wit"), new byte[] {'p', (byte) 0xE9});
        assertEquals("not valid UTF-8",
                assertThrows(WitException.class, () -> Wit.resolve(dir.resolve("latin1.wit"))).reason());
    }
}
