package dev.weft.wit;

import static dev.weft.wit.WitTesting.assertError;
import static dev.weft.wit.WitTesting.iface;
import static dev.weft.wit.WitTesting.resolve;
import static dev.weft.wit.WitTesting.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.PrimitiveType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Name resolution: {@code use}, types, resources, packages, duplicates, cycles. */
class ResolveTest {

    @Test
    void useBetweenInterfacesInAnyOrderWithRenames() {
        Resolve r = resolve("""
                package local:demo;
                interface my-host-functions {
                  use types.{errno, size as my-size};
                  f: func(s: my-size) -> result<_, errno>;
                }
                interface types {
                  enum errno { too-big, too-small }
                  type size = u32;
                }
                """);
        Interface host = iface(r, "my-host-functions");
        Interface types = iface(r, "types");
        assertEquals(List.of("errno", "my-size"), List.copyOf(host.types().keySet()));
        assertEquals(new TypeDefKind.AliasDef(new Type.Named(types.types().get("size"))), type(r, host, "my-size").kind());
        assertEquals(new TypeOwner.OfInterface(r.findInterface("local:demo/my-host-functions").orElseThrow()),
                type(r, host, "my-size").owner());
        assertEquals(Optional.of(PrimitiveType.U32), r.valueType(host.types().get("my-size")));
        // `types` is resolved first: it is used by the other
        assertTrue(r.findInterface("local:demo/types").orElseThrow().index()
                > r.findInterface("local:demo/my-host-functions").orElseThrow().index());
        assertTrue(r.get(types.types().get("errno")).owner() instanceof TypeOwner.OfInterface);
    }

    @Test
    void typesMayBeUsedBeforeTheirDefinition() {
        Resolve r = resolve("package a:b;\ninterface i {\n  type foo = bar;\n  record bar { age: u32 }\n}\n");
        Interface i = iface(r, "i");
        assertEquals(r.valueType(i.types().get("bar")), r.valueType(i.types().get("foo")));
        assertEquals(i.types().get("bar"), r.definition(i.types().get("foo")));
    }

    @Test
    void unknownNames() {
        assertError("package a:b;\ninterface i {\n  type foo = bar;\n}\n", 3, 14, "name `bar` is not defined");
        assertError("package a:b;\ninterface i {\n  use types.{x};\n}\n", 3, 7, "interface or world `types` does not exist");
        assertError("package a:b;\ninterface i {\n  use j.{x};\n}\ninterface j { f: func(); x: func(); }\n", 3, 10,
                "`x` is a function, not a type, in interface `j`");
        assertError("package a:b;\ninterface i {\n  use j.{y};\n}\ninterface j { type x = u8; }\n", 3, 10,
                "`y` is not defined in interface `j`");
        assertError("package a:b;\ninterface i {\n  use w.{y};\n}\nworld w {}\n", 3, 7, "`w` is a world, not an interface");
        assertError("package a:b;\nworld w {\n  import i;\n}\nworld i {}\n", 3, 10, "`i` is a world, not an interface");
        assertError("package a:b;\nworld w {\n  include i;\n}\ninterface i {}\n", 3, 11, "`i` is an interface, not a world");
        assertError("package a:b;\nworld w {\n  import x:y/z;\n}\n", 3, 10, "package `x:y` not found");
        assertError("package a:b;\npackage x:y { interface z {} }\nworld w {\n  import x:y/q;\n}\n", 4, 14,
                "interface or world `q` does not exist in package `x:y`");
    }

    @Test
    void duplicateNames() {
        assertError("package a:b;\ninterface i {\n  type foo = u32;\n  type foo = u64;\n}\n", 4, 8,
                "name `foo` is defined more than once (first at test.wit:3:8)");
        assertError("package a:b;\ninterface i {\n  type foo = u32;\n  FOO: func();\n}\n", 4, 3,
                "name `FOO` conflicts with `foo` at test.wit:3:8 (names must differ in more than case)");
        assertError("package a:b;\ninterface i {}\nworld i {}\n", 3, 7, "name `i` is defined more than once (first at test.wit:2:11)");
        assertError("package a:b;\ninterface i { record r { a: u8, a: u16 } }\n", 2, 33,
                "name `a` is defined more than once (first at test.wit:2:26)");
        assertError("package a:b;\ninterface i { f: func(x: u8, X: u8); }\n", 2, 30,
                "name `X` conflicts with `x` at test.wit:2:23 (names must differ in more than case)");
        assertError("package a:b;\ninterface i { variant v { a, b(u8), a } }\n", 2, 37,
                "name `a` is defined more than once (first at test.wit:2:27)");
        assertError("package a:b;\ninterface i { use j.{t, t}; }\ninterface j { type t = u8; }\n", 2, 25,
                "name `t` is defined more than once (first at test.wit:2:22)");
    }

    @Test
    void recursiveTypes() {
        assertError("package a:b;\ninterface i {\n  type foo = foo;\n}\n", 3, 14, "type `foo` refers to itself");
        assertError("package a:b;\ninterface i {\n  record bar1 { a: bar2 }\n  record bar2 { a: bar1 }\n}\n", 3, 20,
                "type `bar1` depends on itself (bar1 -> bar2 -> bar1)");
        assertError("package a:b;\ninterface i {\n  variant v { a(list<v>) }\n}\n", 3, 22, "type `v` refers to itself");
        assertError("package a:b;\ninterface i {\n  type a = b;\n  type b = a;\n}\n", 3, 12,
                "type `a` depends on itself (a -> b -> a)");
        // a resource does not contain itself through a handle
        resolve("package a:b;\ninterface i {\n  resource r { next: func() -> option<r>; }\n  record holder { r: r }\n}\n");
    }

    @Test
    void interfaceAndWorldCycles() {
        assertError("package a:b;\ninterface a { use b.{x}; type y = u8; }\ninterface b { use a.{y}; type x = u8; }\n", 2, 19,
                "interface `a` depends on itself (a -> b -> a)");
        assertError("package a:b;\ninterface a { use a.{x}; type x = u8; }\n", 2, 19, "interface `a` depends on itself");
        assertError("package a:b;\nworld a { include b; }\nworld b { include a; }\n", 2, 19,
                "world `a` depends on itself (a -> b -> a)");
    }

    @Test
    void resourcesDesugar() {
        Resolve r = resolve("""
                package local:demo;
                interface blobs {
                  resource blob {
                    constructor(init: list<u8>);
                    write: func(bytes: list<u8>);
                    read: func(n: u32) -> list<u8>;
                    merge: static func(lhs: borrow<blob>, rhs: borrow<blob>) -> blob;
                  }
                  resource blob2 {
                    constructor(init: list<u8>) -> result<blob2, string>;
                  }
                  transform: func(b: blob) -> own<blob>;
                }
                """);
        Interface i = iface(r, "blobs");
        TypeId blob = i.types().get("blob");
        assertEquals(List.of("[constructor]blob", "[method]blob.write", "[method]blob.read", "[static]blob.merge",
                "[constructor]blob2", "transform"), List.copyOf(i.functions().keySet()));
        Function ctor = i.functions().get("[constructor]blob");
        assertEquals(new FunctionKind.Constructor(blob), ctor.kind());
        assertEquals(Optional.of(new Type.Own(blob)), ctor.result());
        assertEquals("blob", ctor.itemName());
        Function write = i.functions().get("[method]blob.write");
        assertEquals(new Function.Param("self", new Type.Borrow(blob)), write.params().get(0));
        assertEquals("write", write.itemName());
        assertEquals("func(self: borrow<blob>, bytes: list<u8>)", r.funcType(write).wit());
        assertEquals(new FunctionKind.Static(blob), i.functions().get("[static]blob.merge").kind());
        assertEquals(new Type.Own(blob), i.functions().get("transform").params().get(0).type());
        assertEquals(Optional.of(new Type.Own(blob)), i.functions().get("transform").result());
        assertTrue(r.valueType(blob).isEmpty());
        assertEquals("blob", r.resourceType(blob).name());
        assertEquals(r.resourceType(blob), r.resourceType(blob));
        assertFalse(r.resourceType(blob).equals(r.resourceType(i.types().get("blob2"))));
    }

    @Test
    void resourceErrors() {
        String p = "package a:b;\ninterface i {\n";
        assertError(p + "  resource r { constructor(); constructor(x: u32); }\n}\n", 3, 31,
                "resource `r` has more than one constructor");
        assertError(p + "  resource r { constructor() -> r; }\n}\n", 3, 33,
                "the result of a constructor must be `result<r>` or `result<r, error-type>` (or left out)");
        assertError(p + "  resource r { constructor() -> result<string>; }\n}\n", 3, 33,
                "the result of a constructor must be `result<r>` or `result<r, error-type>` (or left out)");
        assertError(p + "  resource r { m: func(); m: static func(); }\n}\n", 3, 27,
                "name `m` is defined more than once (first at test.wit:3:16)");
        assertError(p + "  resource r { m: func(self: u32); }\n}\n", 3, 24,
                "a method has an implicit `self` parameter; another parameter cannot be called `self`");
        assertError(p + "  record x { a: u8 }\n  f: func(b: borrow<x>);\n}\n", 4, 21,
                "`x` is not a resource, so it cannot be used in `borrow<...>`");
        assertError(p + "  f: func(b: own<u32>);\n}\n", 3, 18, "expected an identifier, found keyword `u32` "
                + "(write `%u32` to use it as a name)");
        assertError("package a:b;\nworld w {\n  resource r { m: func(); }\n}\n", 3, 16,
                "a resource defined in a world cannot have functions here; define `r` in an interface and `use` it");
    }

    @Test
    void aliasesOfResourcesAreResources() {
        Resolve r = resolve("""
                package a:b;
                interface i {
                  resource fields;
                  type headers = fields;
                  type more = headers;
                  f: func(h: headers, b: borrow<more>) -> more;
                }
                """);
        Interface i = iface(r, "i");
        TypeId headers = i.types().get("headers");
        assertEquals(new TypeDefKind.AliasDef(new Type.Named(i.types().get("fields"))), r.get(headers).kind());
        Function f = i.functions().get("f");
        assertEquals(new Type.Own(headers), f.params().get(0).type());
        assertEquals(new Type.Borrow(i.types().get("more")), f.params().get(1).type());
        assertEquals(r.resourceType(i.types().get("fields")), r.resourceType(i.types().get("more")));
        assertEquals("func(h: own<fields>, b: borrow<fields>) -> own<fields>", r.funcType(f).wit());
    }

    @Test
    void packagesWithVersions() {
        Resolve r = resolve("""
                package local:demo;
                use wasi:http/types@1.0.0 as http-types1;
                use wasi:http/types@2.0.0 as http-types2;
                interface my {
                  use http-types1.{request as request1};
                  use http-types2.{request};
                  use wasi:clocks/clock.{instant};
                }
                package wasi:http@1.0.0 { interface types { resource request; } }
                package wasi:http@2.0.0 { interface types { resource request; } }
                package wasi:clocks@0.2.0 { interface clock { type instant = u64; } }
                """);
        Interface my = iface(r, "my");
        TypeId r1 = r.definition(my.types().get("request1"));
        TypeId r2 = r.definition(my.types().get("request"));
        assertEquals(Optional.of("wasi:http/types@1.0.0"),
                r.interfaceName(((TypeOwner.OfInterface) r.get(r1).owner()).id()));
        assertEquals(Optional.of("wasi:http/types@2.0.0"),
                r.interfaceName(((TypeOwner.OfInterface) r.get(r2).owner()).id()));
        // no version: the only version there is
        assertEquals(Optional.of(PrimitiveType.U64), r.valueType(my.types().get("instant")));
        // the root comes after its dependencies, which keep their order
        assertEquals(List.of("wasi:http@1.0.0", "wasi:http@2.0.0", "wasi:clocks@0.2.0", "local:demo"),
                r.packages().stream().map(p -> p.name().toString()).toList());
        assertEquals(r.packageIds().get(3), r.root().orElseThrow());
        assertError("""
                package local:demo;
                interface my { use wasi:http/types.{request}; }
                package wasi:http@1.0.0 { interface types { resource request; } }
                package wasi:http@2.0.0 { interface types { resource request; } }
                """, 2, 20, "package `wasi:http` is ambiguous: say which version (there is `wasi:http@1.0.0`, `wasi:http@2.0.0`)");
        assertError("""
                package local:demo;
                interface my { use wasi:http/types@3.0.0.{request}; }
                package wasi:http@1.0.0 { interface types { resource request; } }
                """, 2, 20, "package `wasi:http@3.0.0` not found (there is `wasi:http@1.0.0`)");
    }

    @Test
    void topLevelUseScopesAreFileLocalAndConflictWithOwnItems() {
        assertError("package a:b;\nuse x:y/i;\ninterface i {}\npackage x:y { interface i {} }\n", 2, 9,
                "name `i` is defined more than once (first at test.wit:3:11)");
        Resolve r = resolve("package a:b;\nuse x:y/i as j;\ninterface k { use j.{t}; }\npackage x:y { interface i { type t = u8; } }\n");
        assertEquals(Optional.of(PrimitiveType.U8), r.valueType(iface(r, "k").types().get("t")));
        // a package may name itself
        Resolve self = resolve("package a:b@1.0.0;\ninterface i { use a:b/j@1.0.0.{t}; }\ninterface j { type t = u8; }\n");
        assertEquals(2, self.interfaces().size());
    }

    @Test
    void packageCycles() {
        assertError("""
                package root:r;
                package x:a { interface i { use x:b/j.{t}; type u = u8; } }
                package x:b { interface j { use x:a/i.{u}; type t = u8; } }
                """, 2, 33, "package `x:a` depends on itself: `x:a` -> `x:b` -> `x:a`");
    }

    @Test
    void packageBlocksAndHeaders() {
        assertError("interface i {}\n", 1, 11, "no `package` header was found in any WIT file for this package");
        Resolve nested = resolve("package x:y { interface i {} }\n");
        assertTrue(nested.root().isEmpty());
        assertEquals(1, nested.packages().size());
        assertError("package a:b;\npackage x:y { interface i {} }\npackage x:y { interface j {} }\n", 3, 9,
                "package `x:y` is defined more than once with different contents (also at test.wit:2:9)");
        assertEquals(2, resolve("package a:b;\npackage x:y { interface i {} }\npackage x:y { interface i {} }\n")
                .packages().size());
    }

    @Test
    void allTypeFormsResolve() {
        Resolve r = resolve("""
                package a:b;
                interface i {
                  resource res;
                  type t1 = tuple<u32, u64>;
                  type t2 = option<u32>;
                  type t3 = result<_, string>;
                  type t4 = result<string>;
                  type t5 = result<char, u8>;
                  type t6 = result;
                  type t7 = list<string>;
                  type t8 = list<u8, 4>;
                  type t9 = map<string, list<u8>>;
                  type t10 = future;
                  type t11 = future<u8>;
                  type t12 = stream;
                  type t13 = stream<string>;
                  type t14 = error-context;
                  type t15 = borrow<res>;
                  type t16 = own<res>;
                  type t17 = t16;
                }
                """);
        Interface i = iface(r, "i");
        List<String> wit = i.types().values().stream().filter(t -> !r.isResource(t))
                .map(t -> r.valueType(t).orElseThrow().wit()).toList();
        assertEquals(List.of("tuple<u32, u64>", "option<u32>", "result<_, string>", "result<string>", "result<char, u8>",
                "result", "list<string>", "list<u8, 4>", "map<string, list<u8>>", "future", "future<u8>", "stream",
                "stream<string>", "error-context", "borrow<res>", "own<res>", "own<res>"), wit);
        assertInstanceOf(Type.Own.class, ((TypeDefKind.AliasDef) type(r, i, "t16").kind()).target());
        assertFalse(r.isResource(i.types().get("t17")));
    }
}
