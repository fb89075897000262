package dev.weft.wasi.sockets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.UnlinkableException;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.io.IoModule;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real guest ({@code probe/}: a hand-written core module made a component by wit-component) calling
 * {@code wasi:sockets} through the canonical ABI, linked by {@link Wasi#addToLinker}: the declared
 * function types must match what wit-component imports, handles cross for real, and the guest sees
 * {@code access-denied} as a WASI error code. Loopback only.
 */
class SocketsComponentTest {
    private static final Path PROBE = Path.of("src/test/java/dev/weft/wasi/sockets/probe/probe.wasm");
    private static final int ERROR_BASE = 100;
    private static Engine engine;
    private static Component probe;

    @BeforeAll
    static void load() throws IOException {
        assumeTrue(Files.exists(PROBE), "the probe component is missing: " + PROBE.toAbsolutePath()
                + " (run the tests from the weft-wasi module folder)");
        engine = Engine.create();
        probe = Component.fromFile(engine, PROBE);
    }

    /** Calls {@code func(arg)} of a fresh probe instance linked with {@code config}. */
    private static long call(WasiConfig config, String func, Value arg) {
        Linker linker = new Linker(engine);
        try (WasiContext ctx = Wasi.addToLinker(linker, config)) {
            Instance instance = linker.instantiate(probe);
            Optional<Value> result = instance.func(func).orElseThrow().call(arg);
            return ((U32) result.orElseThrow()).value();
        }
    }

    @Test
    void theGuestEchoesThroughAnAllowedConnection() throws Exception {
        try (EchoServers.Tcp server = new EchoServers.Tcp(InetAddress.getLoopbackAddress())) {
            int port = server.address().getPort();
            assertEquals(0, call(WasiConfig.builder().allowTcp("127.0.0.1", port).build(), "echo", Value.u16(port)));
        }
    }

    @Test
    void theGuestIsDeniedWithoutAGrant() throws Exception {
        try (EchoServers.Tcp server = new EchoServers.Tcp(InetAddress.getLoopbackAddress())) {
            long got = call(WasiConfig.denyAll(), "echo", Value.u16(server.address().getPort()));
            assertEquals(ERROR_BASE + ErrorCode.ACCESS_DENIED.ordinal(), got, "access-denied, as a WASI error code");
        }
    }

    @Test
    void theGuestCannotLookUpNamesByDefault() {
        assertEquals(ERROR_BASE + ErrorCode.ACCESS_DENIED.ordinal(), call(WasiConfig.denyAll(), "lookup", Value.string("localhost")));
    }

    @Test
    void theGuestLooksUpWithTheGrant() {
        WasiConfig config = WasiConfig.builder().allowNameLookup().build();
        assertEquals(10, call(config, "lookup", Value.string("127.0.0.1")), "the ipv4 case");
        assertEquals(11, call(config, "lookup", Value.string("::1")), "the ipv6 case");
        assertEquals(ERROR_BASE + ErrorCode.INVALID_ARGUMENT.ordinal(), call(config, "lookup", Value.string("no such..name")));
    }

    @Test
    void socketsAndIoAloneLinkTheProbe() {
        Linker linker = new Linker(engine);
        try (WasiContext ctx = new WasiContext(WasiConfig.denyAll())) {
            assertThrows(UnlinkableException.class, () -> linker.instantiatePre(probe), "nothing defined yet");
            new IoModule().addToLinker(linker, ctx);
            new Sockets().addToLinker(linker, ctx);
            linker.instantiatePre(probe);    // every imported sockets function matched its declared type
        }
    }
}
