package dev.weft.wasi.http;

import static dev.weft.wasi.http.HttpCalls.isNone;
import static dev.weft.wasi.http.HttpCalls.isOk;
import static dev.weft.wasi.http.HttpCalls.some;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.Value;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code outgoing-request} and {@code request-options}: defaults, setters and their checks, the body once. */
class OutgoingRequestTest {
    private final HttpCalls calls = new HttpCalls();
    private final Value request = calls.types("[constructor]outgoing-request", calls.types("[constructor]fields"));

    private Value req(String method, Value... args) {
        return calls.method("outgoing-request", method, request, args);
    }

    private static Value someString(String s) {
        return Value.option(HttpTypes.OPTION_STRING, Optional.of(Value.string(s)));
    }

    @Test
    void defaultsAreGetAndNone() {
        assertEquals(Value.variant(HttpTypes.METHOD, "get"), req("method"));
        assertTrue(isNone(req("scheme")));
        assertTrue(isNone(req("authority")));
        assertTrue(isNone(req("path-with-query")));
    }

    @Test
    void settersStoreValidValues() {
        assertTrue(isOk(req("set-method", Value.variant(HttpTypes.METHOD, "post"))));
        assertEquals(Value.variant(HttpTypes.METHOD, "post"), req("method"));
        assertTrue(isOk(req("set-method", Value.variant(HttpTypes.METHOD, "other", Value.string("PURGE")))));
        assertEquals(Value.variant(HttpTypes.METHOD, "other", Value.string("PURGE")), req("method"));
        assertTrue(isOk(req("set-scheme", Value.option(HttpTypes.OPTION_SCHEME, Optional.of(Value.variant(HttpTypes.SCHEME, "HTTP"))))));
        assertEquals(Value.variant(HttpTypes.SCHEME, "HTTP"), some(req("scheme")));
        assertTrue(isOk(req("set-authority", someString("example.com:8080"))));
        assertEquals(Value.string("example.com:8080"), some(req("authority")));
        assertTrue(isOk(req("set-authority", someString("[::1]:80"))));
        assertTrue(isOk(req("set-path-with-query", someString("/a/b?c=d&e"))));
        assertEquals(Value.string("/a/b?c=d&e"), some(req("path-with-query")));
        assertTrue(isOk(req("set-path-with-query", Value.none(dev.weft.types.PrimitiveType.STRING))));
        assertTrue(isNone(req("path-with-query")));
    }

    @Test
    void settersRefuseMalformedValuesAndKeepTheOldOne() {
        assertFalse(isOk(req("set-method", Value.variant(HttpTypes.METHOD, "other", Value.string("BAD METHOD")))));
        assertFalse(isOk(req("set-method", Value.variant(HttpTypes.METHOD, "other", Value.string("")))));
        assertEquals(Value.variant(HttpTypes.METHOD, "get"), req("method"));
        assertFalse(isOk(req("set-scheme", Value.option(HttpTypes.OPTION_SCHEME,
                Optional.of(Value.variant(HttpTypes.SCHEME, "other", Value.string("1nope")))))));
        assertTrue(isNone(req("scheme")));
        for (String bad : new String[] {"", "exa mple.com", "example.com:99999", "example.com:x", "a/b", "[::1", "host?q"}) {
            assertFalse(isOk(req("set-authority", someString(bad))), bad);
        }
        assertTrue(isNone(req("authority")));
        assertFalse(isOk(req("set-path-with-query", someString("/a b"))));
        assertFalse(isOk(req("set-path-with-query", someString("/a#frag"))));
        assertTrue(isNone(req("path-with-query")));
    }

    @Test
    void theBodyIsHandedOutOnce() {
        assertTrue(isOk(req("body")));
        assertFalse(isOk(req("body")));
    }

    @Test
    void requestOptionsKeepTheirTimeouts() {
        Value options = calls.types("[constructor]request-options");
        assertTrue(isNone(calls.method("request-options", "connect-timeout", options)));
        Value fiveSeconds = Value.option(HttpTypes.OPTION_DURATION, Optional.of(Value.u64(5_000_000_000L)));
        for (String t : new String[] {"connect-timeout", "first-byte-timeout", "between-bytes-timeout"}) {
            assertTrue(isOk(calls.method("request-options", "set-" + t, options, fiveSeconds)), t);
            assertEquals(Value.u64(5_000_000_000L), some(calls.method("request-options", t, options)), t);
            assertTrue(isOk(calls.method("request-options", "set-" + t, options, Value.none(dev.weft.types.PrimitiveType.U64))));
            assertTrue(isNone(calls.method("request-options", t, options)), t);
        }
    }
}
