package dev.weft.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownFailuresTest {
    @Test
    void readsEntriesWithTheirReasons() {
        KnownFailures known = KnownFailures.parse(List.of(
                "# header",
                "",
                "validation/abi.json:39  # memory index bounds not checked yet",
                "  values/strings.json:12 #utf-16 transcoding  "));
        assertEquals(Optional.of("memory index bounds not checked yet"), known.reason("validation/abi.json:39"));
        assertEquals(Optional.of("utf-16 transcoding"), known.reason("values/strings.json:12"));
        assertEquals(Optional.empty(), known.reason("validation/abi.json:40"));
    }

    @Test
    void insistsOnAReasonAndNoDuplicates() {
        var noReason = assertThrows(IllegalArgumentException.class,
                () -> KnownFailures.parse(List.of("validation/abi.json:39")));
        assertTrue(noReason.getMessage().contains("line 1"), noReason.getMessage());
        var twice = assertThrows(IllegalArgumentException.class,
                () -> KnownFailures.parse(List.of("a/b.json:1 # x", "a/b.json:1 # y")));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
    }

    @Test
    void theCommittedListParses() {
        KnownFailures.load();
    }
}
