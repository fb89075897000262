package dev.weft.wit.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.PrimitiveType;
import dev.weft.wit.Docs;
import dev.weft.wit.PackageName;
import dev.weft.wit.SemVer;
import dev.weft.wit.SourceFile;
import dev.weft.wit.Stability;
import dev.weft.wit.WitException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static Ast.File parse(String text) {
        return WitParser.parse(new SourceFile("t.wit", text));
    }

    private static String error(String text) {
        WitException e = assertThrows(WitException.class, () -> parse(text));
        return e.line() + ":" + e.column() + ": " + e.reason();
    }

    private static List<InterfaceItem> items(String body) {
        Ast.File f = parse("package a:b;\ninterface i {\n" + body + "\n}\n");
        return ((Ast.InterfaceDecl) f.items().get(0)).items();
    }

    private static TypeExpr type(String ty) {
        return ((InterfaceItem.Alias) items("type t = " + ty + ";").get(0)).type();
    }

    @Test
    void packageDeclarations() {
        assertEquals(PackageName.of("wasi", "clocks", SemVer.parse("1.2.0-rc.1")),
                parse("package wasi:clocks@1.2.0-rc.1;").pkg().orElseThrow().name());
        PackageName nested = parse("package foo:bar:baz/quux@1.0.0;").pkg().orElseThrow().name();
        assertEquals(List.of("foo", "bar"), nested.namespaces());
        assertEquals("baz", nested.name());
        assertEquals(List.of("quux"), nested.nested());
        assertEquals("foo:bar:baz/quux@1.0.0", nested.toString());
        assertEquals(Optional.of("The package."),
                parse("/// The package.\npackage a:b;").pkg().orElseThrow().docs().contents());
        assertEquals("1:10: expected ':' (a package name looks like `namespace:name`), found ';'", error("package a;"));
        assertEquals("1:13: `01.0.0` is not a valid semver version (`01` has a leading zero)", error("package a:b@01.0.0;"));
    }

    @Test
    void nestedPackageBlocks() {
        Ast.File f = parse("package local:root;\npackage local:a { interface foo {} }\ninterface r {}\n"
                + "package local:b { use local:a/foo; world w { import foo; } }\n");
        assertEquals("local:root", f.pkg().orElseThrow().name().toString());
        assertEquals(List.of("local:a", "local:b"), f.nested().stream().map(n -> n.decl().name().toString()).toList());
        assertEquals(1, f.items().size());
        assertEquals(2, f.nested().get(1).items().size());
        assertEquals("3:1: a `package ...;` declaration must come first in the file (later ones need a body: "
                + "`package a:c { ... }`)", error("package a:b;\ninterface i {}\npackage a:c;"));
        assertEquals("1:15: package blocks cannot be nested in other package blocks",
                error("package a:b { package c:d { } }"));
    }

    @Test
    void topLevelUse() {
        Ast.File f = parse("package a:b;\nuse wasi:http/types@1.0.0 as http-types;\nuse other;");
        Ast.TopUse u = (Ast.TopUse) f.items().get(0);
        assertEquals("http-types", u.name().name());
        Ast.QualifiedPath q = (Ast.QualifiedPath) u.path();
        assertEquals("wasi:http@1.0.0", q.pkg().toString());
        assertEquals("types", q.name().name());
        assertEquals("other", f.items().get(1).name().name());
        assertEquals("2:1: attributes are not allowed on a top-level `use`", error("package a:b;\n@since(version = 1.0.0) use x;"));
    }

    @Test
    void nestedPackagePathsInUse() {
        Ast.File f = parse("package a:b;\nuse foo:bar:baz/quux/iface@2.0.0;");
        Ast.QualifiedPath q = (Ast.QualifiedPath) ((Ast.TopUse) f.items().get(0)).path();
        assertEquals(new PackageName(List.of("foo", "bar"), "baz", List.of("quux"), Optional.of(SemVer.of(2, 0, 0))), q.pkg());
        assertEquals("iface", q.name().name());
    }

    @Test
    void primitiveAndAnonymousTypes() {
        for (PrimitiveType p : PrimitiveType.values()) {
            assertEquals(p, ((TypeExpr.Primitive) type(p.wit())).type());
        }
        assertInstanceOf(TypeExpr.TupleOf.class, type("tuple<u32, string,>"));
        assertEquals(2, ((TypeExpr.TupleOf) type("tuple<u32, string,>")).types().size());
        assertInstanceOf(TypeExpr.ListOf.class, type("list<string>"));
        assertEquals(4, ((TypeExpr.FixedListOf) type("list<u8, 4>")).length());
        assertInstanceOf(TypeExpr.OptionOf.class, type("option<u32>"));
        assertInstanceOf(TypeExpr.MapOf.class, type("map<string, list<u8>>"));
        assertInstanceOf(TypeExpr.Borrow.class, type("borrow<r>"));
        assertInstanceOf(TypeExpr.Own.class, type("own<r>"));
        assertEquals(Optional.empty(), ((TypeExpr.FutureOf) type("future")).element());
        assertTrue(((TypeExpr.FutureOf) type("future<u8>")).element().isPresent());
        assertEquals(Optional.empty(), ((TypeExpr.StreamOf) type("stream")).element());
        assertTrue(((TypeExpr.StreamOf) type("stream<tuple<u8, u8>>")).element().isPresent());
        assertEquals("x", ((TypeExpr.Name) type("%x")).name().name());
    }

    @Test
    void theFourResultForms() {
        TypeExpr.ResultOf none = (TypeExpr.ResultOf) type("result");
        assertTrue(none.ok().isEmpty() && none.err().isEmpty());
        TypeExpr.ResultOf ok = (TypeExpr.ResultOf) type("result<string>");
        assertTrue(ok.ok().isPresent() && ok.err().isEmpty());
        TypeExpr.ResultOf err = (TypeExpr.ResultOf) type("result<_, errno>");
        assertTrue(err.ok().isEmpty() && err.err().isPresent());
        TypeExpr.ResultOf both = (TypeExpr.ResultOf) type("result<char, errno>");
        assertTrue(both.ok().isPresent() && both.err().isPresent());
        assertEquals("3:18: expected ',', found '>'", error("package a:b;\ninterface i {\ntype t = result<_>;\n}"));
    }

    @Test
    void typeErrors() {
        assertEquals("3:14: a map key must be an integer type, `char`, `bool` or `string`",
                error("package a:b;\ninterface i {\ntype t = map<f32, u8>;\n}"));
        assertEquals("3:19: fixed-size list length 4294967296 is too large (at most 4294967295)",
                error("package a:b;\ninterface i {\ntype t = list<u8, 4294967296>;\n}"));
        assertEquals("3:19: `1x` is not a valid list length (expected a positive integer)",
                error("package a:b;\ninterface i {\ntype t = list<u8, 1x>;\n}"));
        assertEquals("3:10: expected a type, found keyword `func`", error("package a:b;\ninterface i {\ntype t = func;\n}"));
    }

    @Test
    void typeDefinitions() {
        List<InterfaceItem> items = items("""
                /// A record.
                record r {
                  /// The a.
                  a: u32,
                  b: string,
                }
                variant v { none, some(list<string>) }
                enum e { red, green, }
                flags f { read, write }
                type t = r;
                """);
        InterfaceItem.Record r = (InterfaceItem.Record) items.get(0);
        assertEquals(Optional.of("A record."), r.attrs().docs().contents());
        assertEquals(Optional.of("The a."), r.fields().get(0).attrs().docs().contents());
        assertEquals(List.of("a", "b"), r.fields().stream().map(f -> f.name().name()).toList());
        InterfaceItem.Variant v = (InterfaceItem.Variant) items.get(1);
        assertTrue(v.cases().get(0).type().isEmpty());
        assertTrue(v.cases().get(1).type().isPresent());
        assertEquals(2, ((InterfaceItem.Enum) items.get(2)).cases().size());
        assertEquals(2, ((InterfaceItem.Flags) items.get(3)).flags().size());
        assertInstanceOf(InterfaceItem.Alias.class, items.get(4));
        assertEquals("3:10: expected at least one field", error("package a:b;\ninterface i {\nrecord r {}\n}"));
        assertEquals("3:11: expected at least one case", error("package a:b;\ninterface i {\nvariant v {}\n}"));
    }

    @Test
    void resourcesAndFunctions() {
        List<InterfaceItem> items = items("""
                resource blob;
                resource blob2 {
                  constructor(init: list<u8>) -> result<blob2>;
                  write: func(bytes: list<u8>);
                  merge: static func(lhs: borrow<blob>, rhs: borrow<blob>) -> blob;
                  wait: static async func();
                  @since(version = 1.0.0)
                  read: async func(n: u32) -> list<u8>;
                }
                run: async func() -> result;
                """);
        assertTrue(((InterfaceItem.Resource) items.get(0)).funcs().isEmpty());
        List<InterfaceItem.ResourceFunc> fs = ((InterfaceItem.Resource) items.get(1)).funcs();
        assertEquals(List.of(InterfaceItem.ResourceFuncKind.CONSTRUCTOR, InterfaceItem.ResourceFuncKind.METHOD,
                InterfaceItem.ResourceFuncKind.STATIC, InterfaceItem.ResourceFuncKind.STATIC,
                InterfaceItem.ResourceFuncKind.METHOD), fs.stream().map(InterfaceItem.ResourceFunc::kind).toList());
        assertTrue(fs.get(0).sig().result().isPresent());
        assertTrue(fs.get(3).sig().async());
        assertEquals(new Stability.Stable(SemVer.of(1, 0, 0), Optional.empty()), fs.get(4).attrs().stability());
        InterfaceItem.Func run = (InterfaceItem.Func) items.get(2);
        assertTrue(run.sig().async());
        assertEquals("3:10: expected `func`, found keyword `static`",
                error("package a:b;\ninterface i {\nf: async static func();\n}"));
    }

    @Test
    void gates() {
        List<InterfaceItem> items = items("""
                @since(version = 0.2.1)
                b: func();
                @unstable(feature = fancier-foo)
                d: func();
                @since(version = 0.2.0)
                @deprecated(version = 0.2.2)
                e: func();
                @unstable(feature = x) @deprecated(version = 1.0.0) f: func();
                """);
        assertEquals(new Stability.Stable(SemVer.of(0, 2, 1), Optional.empty()), items.get(0).attrs().stability());
        assertEquals(new Stability.Unstable("fancier-foo", Optional.empty()), items.get(1).attrs().stability());
        assertEquals(new Stability.Stable(SemVer.of(0, 2, 0), Optional.of(SemVer.of(0, 2, 2))), items.get(2).attrs().stability());
        assertEquals(new Stability.Unstable("x", Optional.of(SemVer.of(1, 0, 0))), items.get(3).attrs().stability());
        String p = "package a:b;\ninterface i {\n";
        assertEquals("3:25: an item cannot be both `@since` and `@unstable`",
                error(p + "@since(version = 1.0.0) @unstable(feature = x) f: func();\n}"));
        assertEquals("3:1: `@deprecated` must be paired with `@since` or `@unstable`",
                error(p + "@deprecated(version = 1.0.0) f: func();\n}"));
        assertEquals("3:25: duplicate `@since` attribute", error(p + "@since(version = 1.0.0) @since(version = 1.0.0) f: func();\n}"));
        assertEquals("3:1: unknown attribute `@stable` (expected `@since`, `@unstable`, `@deprecated` or `@external-id`)",
                error(p + "@stable(version = 1.0.0) f: func();\n}"));
        assertEquals("3:8: expected `version`, found identifier `feature`", error(p + "@since(feature = x) f: func();\n}"));
    }

    @Test
    void docsFromBothKindsOfDocComment() {
        List<InterfaceItem> items = items("""
                /**
                 * Block docs,
                 * two lines.
                 */
                a: func();
                // not docs
                ///   indented
                ///
                /// after an empty line
                b: func();
                /// before the gate
                @since(version = 1.0.0)
                /// after the gate
                c: func();
                """);
        assertEquals(Optional.of("Block docs,\ntwo lines."), items.get(0).attrs().docs().contents());
        assertEquals(Optional.of("  indented\n\nafter an empty line"), items.get(1).attrs().docs().contents());
        assertEquals(Optional.of("before the gate\nafter the gate"), items.get(2).attrs().docs().contents());
        assertEquals(Docs.NONE, AttrParser.docs(List.of()));
    }

    @Test
    void worldItems() {
        Ast.File f = parse("""
                package a:b;
                world w {
                  import wasi:clocks/monotonic-clock@0.2.0;
                  import host;
                  import log: func(msg: string);
                  export run: async func() -> result;
                  import cfg: interface { get: func() -> string; }
                  @external-id("user-db")
                  import users: wasi:keyvalue/store;
                  import primary: store;
                  use types.{t};
                  type u = u32;
                  include other with { a as b, c as d };
                  include wasi:cli/imports@0.2.0;
                }
                """);
        List<WorldMember> m = ((Ast.WorldDecl) f.items().get(0)).items();
        var e0 = (WorldMember.ImportExport) m.get(0);
        assertInstanceOf(Ast.QualifiedPath.class, ((WorldMember.ByPath) e0.extern()).path());
        assertInstanceOf(Ast.LocalPath.class, ((WorldMember.ByPath) ((WorldMember.ImportExport) m.get(1)).extern()).path());
        assertInstanceOf(WorldMember.NamedFunc.class, ((WorldMember.ImportExport) m.get(2)).extern());
        var run = (WorldMember.ImportExport) m.get(3);
        assertTrue(!run.isImport() && ((WorldMember.NamedFunc) run.extern()).sig().async());
        assertEquals(1, ((WorldMember.NamedInline) ((WorldMember.ImportExport) m.get(4)).extern()).items().size());
        var users = (WorldMember.ImportExport) m.get(5);
        assertEquals(Optional.of("user-db"), users.attrs().externalId());
        assertInstanceOf(WorldMember.NamedPath.class, users.extern());
        assertInstanceOf(WorldMember.NamedPath.class, ((WorldMember.ImportExport) m.get(6)).extern());
        assertInstanceOf(InterfaceItem.Use.class, m.get(7));
        assertInstanceOf(InterfaceItem.Alias.class, m.get(8));
        assertEquals(2, ((WorldMember.Include) m.get(9)).with().size());
        assertInstanceOf(Ast.QualifiedPath.class, ((WorldMember.Include) m.get(10)).path());
    }

    @Test
    void packagePathVersusPlainName() {
        assertEquals("2:18: `a:b` names a package, not an interface or world (expected `a:b/name`)",
                error("package x:y;\nworld w { import a:b; }"));
        Ast.File f = parse("package x:y;\nworld w { import a: b; }");
        var ie = (WorldMember.ImportExport) ((Ast.WorldDecl) f.items().get(0)).items().get(0);
        assertEquals("b", ((WorldMember.NamedPath) ie.extern()).path().name().name());
    }

    @Test
    void externalIdOnlyWhereAllowed() {
        assertEquals("2:11: `@external-id` is not allowed on an import or export of an interface by its name "
                + "(use `name: path`)", error("package x:y;\nworld w { @external-id(\"x\") import a:b/c; }"));
        assertEquals("2:15: `@external-id` is not allowed on a `use`",
                error("package x:y;\ninterface i { @external-id(\"x\") use j.{t}; }"));
        Ast.File f = parse("package x:y;\ninterface i { @external-id(\"DB.Bar\") resource bar { @external-id(\"baz/1\") baz: func(); } }");
        var res = (InterfaceItem.Resource) ((Ast.InterfaceDecl) f.items().get(0)).items().get(0);
        assertEquals(Optional.of("DB.Bar"), res.attrs().externalId());
        assertEquals(Optional.of("baz/1"), res.funcs().get(0).attrs().externalId());
    }

    @Test
    void identifiers() {
        List<InterfaceItem> items = items("%variant: func(%enum: s32);\nget-JSON: func();\nA1-2-3: func();\na11-w0rds: func();");
        assertEquals(List.of("variant", "get-JSON", "A1-2-3", "a11-w0rds"),
                items.stream().map(i -> ((InterfaceItem.Func) i).name().name()).toList());
        String p = "package a:b;\ninterface i {\n";
        assertEquals("3:1: `1-2-3` is not a valid identifier: it must start with a letter", error(p + "%1-2-3: func();\n}"));
        assertEquals("3:1: `Foo` is not a valid identifier: the word `Foo` mixes lower-case and upper-case letters",
                error(p + "Foo: func();\n}"));
        assertEquals("3:1: `a--b` is not a valid identifier: words are separated by single `-`s, with no `-` at either end",
                error(p + "a--b: func();\n}"));
        assertEquals("3:1: `a_b` is not a valid identifier: `_` is not allowed (only ASCII letters and digits, in words "
                + "separated by `-`)", error(p + "a_b: func();\n}"));
        assertEquals("3:1: `café` is not a valid identifier: `é` is not allowed (only ASCII letters and digits, in words "
                + "separated by `-`)", error(p + "café: func();\n}"));
        assertEquals("3:1: `variant` is a keyword; write `%variant` to use it as a name", error(p + "variant: func();\n}"));
        assertEquals("3:12: expected an identifier, found keyword `type` (write `%type` to use it as a name)",
                error(p + "record r { type: u32 }\n}"));
    }

    @Test
    void syntaxErrorsAtTheOffendingToken() {
        assertEquals("2:1: expected `package`, `use`, `interface` or `world`, found identifier `foo`",
                error("package a:b;\nfoo"));
        assertEquals("3:21: expected ',' or '}', found identifier `b`",
                error("package a:b;\ninterface i {\n  record r { a: u32 b: u32 }\n}"));
        assertEquals("2:18: `type` is a keyword; write `%type` to use it as a name",
                error("package a:b;\nworld w { import type: func(); }"));
        assertEquals("2:20: expected ';', found '}'", error("package a:b;\nworld w { import x }"));
        assertEquals("2:23: expected an identifier, found end of file", error("package a:b;\ninterface i { f: func("));
    }
}
