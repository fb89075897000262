package dev.weft.wit;

import static dev.weft.wit.WasiPackagesTest.names;
import static dev.weft.wit.WitTesting.assertError;
import static dev.weft.wit.WitTesting.iface;
import static dev.weft.wit.WitTesting.resolve;
import static dev.weft.wit.WitTesting.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worlds: imports and exports, {@code include} and {@code with}, implicit imports, world selection. */
class WorldTest {

    @Test
    void importsAndExportsOfEveryKind() {
        Resolve r = resolve("""
                package local:demo;
                interface my-interface { f: func(); }
                world command {
                  import my-interface;
                  import wasi:filesystem/types;
                  import foo: func();
                  import bar: interface { g: func() -> string; }
                  @external-id("//One")
                  import one: my-interface;
                  export run: func(args: list<string>);
                  export my-interface;
                }
                package wasi:filesystem { interface types { resource descriptor; } }
                """);
        World w = world(r, "command");
        assertEquals(List.of("local:demo/my-interface", "wasi:filesystem/types", "foo", "bar", "one"),
                names(r, w.imports().keySet()));
        assertEquals(List.of("run", "local:demo/my-interface"), names(r, w.exports().keySet()));
        var bar = (WorldItem.InterfaceItem) w.imports().get(new WorldKey.Name("bar"));
        assertEquals(Optional.empty(), r.get(bar.id()).name());
        assertEquals(r.get(w.pkg()).name(), r.get(r.get(bar.id()).pkg()).name());
        assertTrue(r.get(bar.id()).functions().containsKey("g"));
        var one = (WorldItem.InterfaceItem) w.imports().get(new WorldKey.Name("one"));
        assertEquals(r.findInterface("local:demo/my-interface").orElseThrow(), one.id());
        assertEquals(Optional.of("//One"), one.externalId());
        var run = (WorldItem.FunctionItem) w.exports().get(new WorldKey.Name("run"));
        assertEquals("func(args: list<string>)", r.funcType(run.function()).wit());
    }

    @Test
    void importNamesAreUniqueExportNamesSeparately() {
        assertError("package a:b;\nworld w {\n  import a: func();\n  import A: func();\n}\n", 4, 10,
                "name `A` conflicts with `a` at test.wit:3:10 (names must differ in more than case)");
        resolve("package a:b;\nworld w {\n  import a: func();\n  export a: func();\n}\n");
        assertError("package a:b;\ninterface i {}\nworld w {\n  import i;\n  import i;\n}\n", 5, 10,
                "interface `i` is imported more than once");
        assertError("package a:b;\nworld w {\n  type a = u8;\n  import a: func();\n}\n", 4, 10,
                "name `a` is defined more than once (first at test.wit:3:8)");
    }

    @Test
    void unionOfWorlds() {
        Resolve r = resolve("""
                package local:demo;
                interface a {} interface b {} interface c {} interface foo {} interface bar {} interface baz {}
                world my-world-a { import a; import b; export c; }
                world my-world-b { import foo; import bar; export baz; }
                world union-my-world { include my-world-a; include my-world-b; }
                world expected { import a; import b; export c; import foo; import bar; export baz; }
                """);
        World union = world(r, "union-my-world");
        World expected = world(r, "expected");
        assertEquals(expected.imports(), union.imports());
        assertEquals(expected.exports(), union.exports());
        assertEquals(List.copyOf(expected.imports().keySet()), List.copyOf(union.imports().keySet()));
    }

    @Test
    void interfaceNamesAreDeduplicated() {
        Resolve r = resolve("""
                package local:demo;
                interface a1 {} interface b1 {}
                world my-world-a { import a1; import b1; }
                world my-world-b { import a1; import b1; }
                world union-my-world-a { include my-world-a; include my-world-b; }
                """);
        assertEquals(List.of("local:demo/a1", "local:demo/b1"), names(r, world(r, "union-my-world-a").imports().keySet()));
    }

    @Test
    void plainNamesConflictUnlessRenamed() {
        Resolve r = resolve("""
                package local:demo;
                world world-one { import a: func(); }
                world world-two { import a: func(); }
                world union-my-world-a { include world-one; include world-two with { a as b } }
                world union-my-world-b { import a: func(); import b: func(); }
                """);
        assertEquals(world(r, "union-my-world-b").imports(), world(r, "union-my-world-a").imports());
        assertEquals("b", ((WorldItem.FunctionItem) world(r, "union-my-world-a").imports().get(new WorldKey.Name("b")))
                .function().name());
        assertError("""
                package local:demo;
                interface store { get: func(key: string) -> option<string>; }
                world base-a { import cache: store; }
                world base-b { import cache: store; }
                world conflict { include base-a; include base-b; }
                """, 5, 42, "the import `cache` of world `base-b` conflicts with an import of the same name; "
                + "rename it with `with { cache as other-name }`");
        Resolve ok = resolve("""
                package local:demo;
                interface store { get: func(key: string) -> option<string>; }
                world base-a { import cache: store; }
                world base-b { import cache: store; }
                world resolved { include base-a; include base-b with { cache as other-cache } }
                world extended { import cache: func(); include base-a with { cache as my-cache } }
                """);
        assertEquals(List.of("cache", "other-cache"), names(ok, world(ok, "resolved").imports().keySet()));
        var myCache = (WorldItem.InterfaceItem) world(ok, "extended").imports().get(new WorldKey.Name("my-cache"));
        assertEquals(ok.findInterface("local:demo/store").orElseThrow(), myCache.id());
    }

    @Test
    void withRenamesOnlyPlainNamesOfTheIncludedWorld() {
        assertError("""
                package local:demo;
                interface a { foo: func(); }
                world world-using-a { import a; }
                world invalid-union-world { include world-using-a with { a as b } }
                """, 4, 58, "`a` is an interface name, and `with` can only rename plain names");
        assertError("package a:b;\nworld w1 { import x: func(); }\nworld w2 { include w1 with { y as z } }\n", 3, 30,
                "`y` is not an import or export of world `w1`");
        assertError("package a:b;\nworld w1 { type t = u8; }\nworld w2 { include w1 with { t as u } }\n", 3, 35,
                "`t` is a type of world `w1`, and `with` can rename only functions and interfaces");
        assertError("package a:b;\nworld w1 { import x: func(); }\nworld w2 { include w1 with { x as y, x as z } }\n", 3, 38,
                "name `x` is defined more than once (first at test.wit:3:30)");
    }

    @Test
    void includeAcrossPackagesIsTransitive() {
        Resolve r = resolve("""
                package local:app;
                world app { include wasi:cli/command; }
                package wasi:io { interface streams { resource output-stream; } world imports { import streams; } }
                package wasi:cli {
                  interface stdout { use wasi:io/streams.{output-stream}; get-stdout: func() -> output-stream; }
                  interface run { run: func() -> result; }
                  world imports { include wasi:io/imports; import stdout; }
                  world command { include imports; export run; }
                }
                """);
        World app = world(r, "app");
        assertEquals(List.of("wasi:io/streams", "wasi:cli/stdout"), names(r, app.imports().keySet()));
        assertEquals(List.of("wasi:cli/run"), names(r, app.exports().keySet()));
    }

    @Test
    void transitiveImportsAreAddedBeforeTheirUsers() {
        Resolve r = resolve("""
                package local:demo;
                interface shared { record metadata { a: u8 } }
                interface a { resource r; }
                interface b { use a.{r}; foo: func() -> r; }
                world w1 { export b; }
                world w2 { import a; export b; }
                world host-world {
                  import host: interface {
                    use shared.{metadata};
                    get: func() -> metadata;
                  }
                }
                world typed { use b.{r}; import f: func(x: r); }
                """);
        assertEquals(world(r, "w2").imports(), world(r, "w1").imports());
        assertEquals(List.of("local:demo/shared", "host"), names(r, world(r, "host-world").imports().keySet()));
        assertEquals(List.of("local:demo/a", "local:demo/b", "r", "f"), names(r, world(r, "typed").imports().keySet()));
        World typed = world(r, "typed");
        assertInstanceOf(WorldItem.TypeItem.class, typed.imports().get(new WorldKey.Name("r")));
        TypeId rInWorld = ((WorldItem.TypeItem) typed.imports().get(new WorldKey.Name("r"))).id();
        assertEquals(new TypeOwner.OfWorld(new WorldId(r.worlds().indexOf(typed))), r.get(rInWorld).owner());
        assertTrue(r.isResource(rInWorld));
    }

    @Test
    void anExportMayNotNeedAnImportThatNeedsAnExport() {
        assertError("""
                package a:b;
                interface a { type t = u8; }
                interface b { use a.{t}; }
                interface c { use b.{t}; }
                world w { export a; export c; }
                """, 5, 7, "interface `b` must be imported because exported interface `c` uses it, but it uses "
                + "interface `a`, which is exported: import and export it, or export neither");
    }

    @Test
    void worldSelection() {
        Resolve r = resolve("package a:b;\nworld only {}\npackage x:y { world other {} }\n");
        assertEquals("only", r.get(r.selectWorld(Optional.empty())).name());
        assertEquals("only", r.get(r.selectWorld(Optional.of("only"))).name());
        assertEquals("other", r.get(r.selectWorld(Optional.of("x:y/other"))).name());
        assertEquals("package `a:b` has no world `nope` (it has [only])",
                assertThrows(IllegalArgumentException.class, () -> r.selectWorld(Optional.of("nope"))).getMessage());
        Resolve two = resolve("package a:b;\nworld one {}\nworld two {}\n");
        assertEquals("package `a:b` has 2 worlds [one, two]: say which one",
                assertThrows(IllegalArgumentException.class, () -> two.selectWorld(Optional.empty())).getMessage());
    }

    @Test
    void inlineInterfacesAreResolvedInTheWorldsPackage() {
        Resolve r = resolve("""
                package local:demo;
                interface out-of-line { the-function: func(); }
                world your-world {
                  import out-of-line;
                  import in-line: interface { use out-of-line.{}; }
                }
                """.replace("use out-of-line.{}; ", "the-function: func();"));
        World w = world(r, "your-world");
        var inline = (WorldItem.InterfaceItem) w.imports().get(new WorldKey.Name("in-line"));
        assertEquals(iface(r, "out-of-line").functions(), r.get(inline.id()).functions());
    }
}
