package dev.weft.testsuite.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreTrap;
import dev.weft.runtime.Trap;
import dev.weft.runtime.UnlinkableException;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.testsuite.Status;
import dev.weft.testsuite.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictsTest {
    @Test
    void unsupportedFeaturesAreSkipsGroupedByFeature() {
        Verdict v = Verdicts.unexpected("returns 1", "loading", new UnsupportedFeatureException("async",
                "the async ABI (`canon lift` of async func(in: stream<u8>) with the `async` option) is not supported yet"));
        assertEquals(Status.SKIPPED, v.status());
        assertEquals("not supported yet: async", v.reason());
        assertTrue(v.actual().orElseThrow().contains("func(in: stream<u8>)"));
        assertEquals("not supported yet: start-function", Verdicts.unexpected("instantiates", "loading",
                new UnsupportedFeatureException("start-function", "component start functions are not supported yet")).reason());
    }

    @Test
    void weftErrorsAreFailuresAndOthersCrashes() {
        assertEquals("trapped while calling", Verdicts.unexpected("x", "calling", new Trap("unreachable")).reason());
        assertEquals("failed to link", Verdicts.unexpected("x", "instantiating", UnlinkableException.missing("a", "a")).reason());
        assertEquals("a core trap escaped unconverted (not a dev.weft.runtime.Trap) while calling",
                Verdicts.unexpected("x", "calling", new CoreTrap("unreachable")).reason());
        Verdict crash = Verdicts.unexpected("x", "calling", new IllegalStateException("bug"));
        assertEquals(Status.FAILED, crash.status());
        assertEquals("crash", crash.reason());
        assertTrue(crash.crash().isPresent());
    }

    @Test
    void trapTextsAreMatchedAsWasmtimeDoes() {
        assertTrue(Verdicts.trapMatches("unknown handle index 1", "wasm trap: unknown handle index 1"));
        assertFalse(Verdicts.trapMatches("unknown handle index 1", "wasm trap: unknown handle index 2"));
        assertTrue(Verdicts.trapMatches("cannot write to stream after being notified", "wasm trap: cannot write to a dropped stream"));
        assertEquals("wasm trap: unreachable (caused by: engine says so)",
                Verdicts.trapText(new Trap("unreachable", new IllegalStateException("engine says so"))));
        assertEquals("wasm trap: unreachable", Verdicts.trapText(Trap.fromCore(new CoreTrap("unreachable"))));
        assertEquals(Optional.of("x"), Verdicts.failed("r", "x", "y").expected());
    }
}
