package dev.weft.wasi.http;

import static dev.weft.wasi.http.HttpCalls.entries;
import static dev.weft.wasi.http.HttpCalls.errorCase;
import static dev.weft.wasi.http.HttpCalls.isOk;
import static dev.weft.wasi.http.HttpCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Calls;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code fields}: order, case, syntax, forbidden names, immutability, clone. */
class FieldsTest {
    private final HttpCalls calls = new HttpCalls();

    private Value f(String method, Value self, Value... args) {
        return calls.method("fields", method, self, args);
    }

    private static Value values(String... vs) {
        return Value.list(HttpTypes.FIELD_VALUE, java.util.Arrays.stream(vs).map(Calls::list).toList());
    }

    @Test
    void entriesKeepTheirOrderAndNamesCompareWithoutCase() {
        Value h = calls.types("[constructor]fields");
        assertTrue(isOk(f("append", h, Value.string("Accept"), text("text/plain"))));
        assertTrue(isOk(f("append", h, Value.string("x-b"), text("1"))));
        assertTrue(isOk(f("append", h, Value.string("ACCEPT"), text("text/html"))));
        assertEquals(List.of("accept: text/plain", "x-b: 1", "accept: text/html"), entries(f("entries", h)));
        ListValue got = (ListValue) f("get", h, Value.string("aCcept"));
        assertEquals(List.of("text/plain", "text/html"), got.elements().stream().map(Calls::text).toList());
        assertEquals(Value.bool(true), f("has", h, Value.string("X-B")));
        assertEquals(Value.bool(false), f("has", h, Value.string("x-c")));

        assertTrue(isOk(f("set", h, Value.string("accept"), values("*/*"))));
        assertEquals(List.of("accept: */*", "x-b: 1"), entries(f("entries", h)));
        assertTrue(isOk(f("delete", h, Value.string("x-b"))));
        assertTrue(isOk(f("delete", h, Value.string("x-absent"))));
        assertEquals(List.of("accept: */*"), entries(f("entries", h)));
    }

    @Test
    void badNamesAndValuesAreInvalidSyntax() {
        Value h = calls.types("[constructor]fields");
        assertEquals("invalid-syntax", errorCase(f("append", h, Value.string("bad name"), text("v"))));
        assertEquals("invalid-syntax", errorCase(f("append", h, Value.string(""), text("v"))));
        assertEquals("invalid-syntax", errorCase(f("append", h, Value.string("ok"), text("bad\nvalue"))));
        assertEquals("invalid-syntax", errorCase(f("set", h, Value.string("ok"), values("fine", "bad\r"))));
        assertEquals("invalid-syntax", errorCase(f("delete", h, Value.string("a:b"))));
        assertTrue(isOk(f("append", h, Value.string("ok"), text("tab\there"))));
        assertEquals(List.of(), ((ListValue) f("get", h, Value.string("bad name"))).elements());
        assertEquals(Value.bool(false), f("has", h, Value.string("bad name")));
        assertEquals("invalid-syntax", errorCase(calls.types("[static]fields.from-list", Value.list(HttpTypes.ENTRY,
                List.of(Value.tuple(HttpTypes.ENTRY, List.of(Value.string("x y"), text("1"))))))));
    }

    @Test
    void hostManagedNamesAreForbidden() {
        Value h = calls.types("[constructor]fields");
        for (String name : List.of("Connection", "keep-alive", "proxy-connection", "Transfer-Encoding", "upgrade", "HOST",
                "proxy-authorization", "proxy-authenticate", "http2-settings")) {
            assertEquals("forbidden", errorCase(f("append", h, Value.string(name), text("x"))), name);
            assertEquals("forbidden", errorCase(f("set", h, Value.string(name), values("x"))), name);
            assertEquals("forbidden", errorCase(f("delete", h, Value.string(name))), name);
        }
        assertEquals("forbidden", errorCase(calls.types("[static]fields.from-list", Value.list(HttpTypes.ENTRY,
                List.of(Value.tuple(HttpTypes.ENTRY, List.of(Value.string("host"), text("evil.example"))))))));
        assertEquals(List.of(), entries(f("entries", h)));
    }

    @Test
    void fieldsOwnedByARequestAreImmutableAndCloneIsMutable() {
        Value h = calls.fields("x-a", "1");
        Value request = calls.types("[constructor]outgoing-request", h);
        Value view = calls.method("outgoing-request", "headers", request);
        assertEquals(List.of("x-a: 1"), entries(f("entries", view)));
        assertEquals("immutable", errorCase(f("append", view, Value.string("x-b"), text("2"))));
        assertEquals("immutable", errorCase(f("set", view, Value.string("x-a"), values("2"))));
        assertEquals("immutable", errorCase(f("delete", view, Value.string("x-a"))));
        // syntax is checked first, as in Wasmtime
        assertEquals("invalid-syntax", errorCase(f("append", view, Value.string("a b"), text("2"))));

        Value copy = f("clone", view);
        assertTrue(isOk(f("append", copy, Value.string("x-b"), text("2"))));
        assertEquals(List.of("x-a: 1", "x-b: 2"), entries(f("entries", copy)));
        assertEquals(List.of("x-a: 1"), entries(f("entries", view)));
    }

    @Test
    void clonesAreIndependent() {
        Value h = calls.fields("x-a", "1");
        Value copy = f("clone", h);
        assertTrue(isOk(f("append", h, Value.string("x-a"), text("2"))));
        assertEquals(List.of("x-a: 1"), entries(f("entries", copy)));
    }
}
