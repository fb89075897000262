package dev.weft.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionedNamesTest {
    private static Optional<String> find(String name, String... defined) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (String d : defined) map.put(d, d);
        return VersionedNames.find(map, name);
    }

    @Test
    void exactNamesWin() {
        assertEquals(Optional.of("log"), find("log", "log"));
        assertEquals(Optional.of("a:b/c@0.2.12"), find("a:b/c@0.2.12", "a:b/c@0.2.13", "a:b/c@0.2.12"));
    }

    @Test
    void compatibleVersionsServeEachOther() {
        assertEquals(Optional.of("wasi:io/streams@0.2.3"), find("wasi:io/streams@0.2.12", "wasi:io/streams@0.2.3"));
        assertEquals(Optional.of("wasi:io/streams@0.2.12"), find("wasi:io/streams@0.2.3", "wasi:io/streams@0.2.12"));
        assertEquals(Optional.of("a:b/c@1.9.0"), find("a:b/c@1.0.0", "a:b/c@1.2.0", "a:b/c@1.9.0", "a:b/c@2.0.0"));
    }

    @Test
    void incompatibleOrUnversionedNamesDoNot() {
        assertEquals(Optional.empty(), find("wasi:io/streams@0.2.12", "wasi:io/streams@0.3.0", "wasi:io/streams",
                "wasi:io/poll@0.2.12"));
        assertEquals(Optional.empty(), find("a:b/c@0.0.1", "a:b/c@0.0.2"));
        assertEquals(Optional.empty(), find("a:b/c@1.0.0-rc.1", "a:b/c@1.0.0"));
        assertEquals(Optional.empty(), find("not a name@1.0.0", "not a name@1.0.1"));
    }
}
