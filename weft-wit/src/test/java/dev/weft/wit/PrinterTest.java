package dev.weft.wit;

import static dev.weft.wit.WitTesting.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WitPrinter}: one canonical format, and printing then parsing gives the same model. */
class PrinterTest {

    @Test
    void kitchenSinkPrintsCanonicallyAndRoundTrips() throws Exception {
        String source = ErrorGoldenTest.resource("printer/kitchen-sink.wit");
        Resolve r = Wit.resolveText("kitchen-sink.wit", source);
        String printed = WitPrinter.printAll(r);
        assertEquals(ErrorGoldenTest.resource("printer/kitchen-sink.printed.wit"), printed);
        Resolve again = WitTesting.roundTrip(r);
        assertEquals(r.root(), again.root());
        // the model keeps what the text said
        Interface types = WitTesting.iface(r, "types");
        assertEquals(java.util.Optional.of("The resource."), r.get(types.types().get("blob")).docs().contents());
        assertEquals(java.util.Optional.of("DB.Blob"), r.get(types.types().get("blob")).externalId());
        assertEquals(java.util.Optional.of("x coordinate"),
                ((TypeDefKind.RecordDef) r.get(types.types().get("point")).kind()).fields().get(0).docs().contents());
    }

    @Test
    void onePackageAsAFile() {
        Resolve r = resolve("package a:b@1.0.0;\ninterface i { f: func(); }\nworld w { export i; }\n");
        assertEquals("package a:b@1.0.0;\n\ninterface i {\n  f: func();\n}\n\nworld w {\n  export i;\n}\n",
                WitPrinter.print(r, r.root().orElseThrow()));
    }

    @Test
    void resourceFunctionsGoBackIntoTheirResourceAndOrderIsKept() {
        Resolve r = resolve("""
                package a:b;
                interface i {
                  first: func();
                  resource r {
                    constructor(x: u32);
                    m: func() -> r;
                  }
                  type t = u8;
                  last: func(r: borrow<r>);
                  record rec { a: t }
                }
                """);
        assertEquals("""
                package a:b;

                interface i {
                  first: func();

                  resource r {
                    constructor(x: u32);
                    m: func() -> r;
                  }

                  type t = u8;

                  record rec {
                    a: t,
                  }

                  last: func(r: borrow<r>);
                }
                """, WitPrinter.printAll(r)); // types first where the orders allow it
        Interface i = WitTesting.iface(r, "i");
        assertEquals(List.of("first", "[constructor]r", "[method]r.m", "last"), List.copyOf(i.functions().keySet()));
        assertEquals(List.of("r", "t", "rec"), List.copyOf(i.types().keySet()));
        WitTesting.roundTrip(r);
    }

    @Test
    void keywordsAreEscapedAndDocsKept() {
        Resolve r = resolve("""
                package a:b;
                /// Two lines
                ///
                /// of docs.
                interface %interface {
                  %record: func(%type: u8) -> %string;
                  type %string = string;
                }
                """);
        String printed = WitPrinter.printAll(r);
        assertTrue(printed.contains("/// Two lines\n///\n/// of docs.\ninterface %interface {\n"), printed);
        assertTrue(printed.contains("%record: func(%type: u8) -> %string;"), printed);
        WitTesting.roundTrip(r);
    }

    @Test
    void externalIdStringsAreQuoted() {
        Resolve r = resolve("package a:b;\nworld w {\n  @external-id(\"a\\\"b\\\\c\\u{7}\")\n  import x: func();\n}\n");
        assertTrue(WitPrinter.printAll(r).contains("@external-id(\"a\\\"b\\\\c\\u{7}\")"));
        WitTesting.roundTrip(r);
    }

    @Test
    void typeReferencesAsText() {
        Resolve r = resolve("package a:b;\ninterface i { resource res; f: func(a: list<tuple<borrow<res>, option<res>>>); }\n");
        Function f = WitTesting.iface(r, "i").functions().get("f");
        assertEquals("list<tuple<borrow<res>, option<res>>>", WitPrinter.type(r, f.params().get(0).type()));
    }

    @Test
    void everyWasiPackageRoundTripsOnItsOwn() throws Exception {
        for (String set : List.of("wasi-0.2.12", "wasi-0.3.0")) {
            Resolve r = Wit.resolvePackages(WitTesting.packageDirs(set), WitOptions.DEFAULT);
            for (PackageId id : r.packageIds()) {
                String text = WitPrinter.print(r, id);
                assertTrue(text.startsWith("package " + r.get(id).name() + ";\n"), text);
            }
        }
    }
}
