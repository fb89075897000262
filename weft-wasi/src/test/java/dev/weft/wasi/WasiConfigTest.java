package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configuration: nothing granted by default, each grant explicit. */
class WasiConfigTest {
    @Test
    void denyAllGrantsNothing() {
        WasiConfig c = WasiConfig.denyAll();
        assertEquals(List.of("main"), c.args());
        assertTrue(c.env().isEmpty());
        assertTrue(c.preopens().isEmpty());
        assertTrue(c.tcp().isEmpty() && c.udp().isEmpty());
        assertFalse(c.nameLookup());
        assertTrue(c.terminals().isEmpty());
        assertEquals(WasiConfig.Output.discard(), c.stdout());
        assertTrue(c.initialCwd().isEmpty());
    }

    @Test
    void grantsAreRecorded() {
        WasiConfig c = WasiConfig.builder().preopen(Path.of("/tmp"), "/data", true)
                .allowTcp("localhost", 8080).allowUdp("::1", 53).allowNameLookup().inheritStdio().build();
        assertEquals(List.of(new WasiConfig.Preopen(Path.of("/tmp"), "/data", true)), c.preopens());
        assertEquals(List.of(new WasiConfig.Endpoint("localhost", 8080)), c.tcp());
        assertEquals(List.of(new WasiConfig.Endpoint("::1", 53)), c.udp());
        assertTrue(c.nameLookup());
        assertEquals(WasiConfig.Input.inherit(), c.stdin());
        assertEquals(WasiConfig.Output.inherit(), c.stderr());
    }

    @Test
    void badGrantsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> WasiConfig.builder().allowTcp("h", 70000));
        assertThrows(IllegalArgumentException.class, () -> WasiConfig.builder().args(List.of()));
    }
}
