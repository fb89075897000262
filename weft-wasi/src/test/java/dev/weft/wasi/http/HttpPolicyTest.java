package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiConfig.HttpOrigin;
import org.junit.jupiter.api.Test;

/** The HTTP allow-list: parsing origins and matching requests against them. */
class HttpPolicyTest {
    @Test
    void nothingIsAllowedByDefault() {
        HttpPolicy p = HttpPolicy.of(WasiConfig.denyAll());
        assertFalse(p.allows("https", "example.com", 443));
        assertFalse(p.allows("http", "localhost", 80));
    }

    @Test
    void aHostAloneAllowsBothSchemesOnTheirDefaultPorts() {
        HttpPolicy p = HttpPolicy.of(WasiConfig.builder().allowHttp("Example.com").build());
        assertTrue(p.allows("https", "example.com", 443));
        assertTrue(p.allows("http", "EXAMPLE.COM", 80));
        assertFalse(p.allows("http", "example.com", 8080));
        assertFalse(p.allows("https", "api.example.com", 443));
    }

    @Test
    void schemesAndPortsNarrowOrWiden() {
        HttpPolicy p = HttpPolicy.of(WasiConfig.builder().allowHttp("http://localhost:8080").allowHttp("api.test:*")
                .allowHttp("[::1]:9000").build());
        assertTrue(p.allows("http", "localhost", 8080));
        assertFalse(p.allows("https", "localhost", 8080));
        assertFalse(p.allows("http", "127.0.0.1", 8080));
        assertTrue(p.allows("https", "api.test", 1234));
        assertTrue(p.allows("http", "[::1]", 9000));
    }

    @Test
    void originsParseOrSayWhy() {
        assertEquals("https://example.com:8443", HttpOrigin.parse("https://example.com:8443").toString());
        assertEquals("[::1]:*", HttpOrigin.parse("[::1]:*").toString());
        assertEquals("localhost", HttpOrigin.parse("localhost").toString());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HttpOrigin.parse("ftp://x")).getMessage().contains("http or https"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HttpOrigin.parse("x:http")).getMessage().contains("port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HttpOrigin.parse("x:0")).getMessage().contains("port"));
        assertThrows(IllegalArgumentException.class, () -> HttpOrigin.parse("http://"));
        assertThrows(IllegalArgumentException.class, () -> HttpOrigin.parse("a/b"));
    }
}
