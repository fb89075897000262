package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketsHarness.assertErr;
import static dev.weft.wasi.sockets.SocketsHarness.await;
import static dev.weft.wasi.sockets.SocketsHarness.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.WasiConfig;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code wasi:sockets/ip-name-lookup}: denied by default; with the grant, only loopback names and literals are resolved here. */
class NameLookupTest {
    private static final String LOOKUP = "ip-name-lookup";

    private static Value resolve(SocketsHarness h, String name) {
        return h.call(LOOKUP, "resolve-addresses", h.network(), Value.string(name));
    }

    /** Every address of the stream, waiting on its pollable (bounded). */
    private static List<Value> drain(SocketsHarness h, Value own) {
        Value stream = SocketsHarness.borrow(h.resources.resolveAddressStreams(), own);
        await(h.pollable(h.call(LOOKUP, "[method]resolve-address-stream.subscribe", stream)));
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            OptionValue next = (OptionValue) ok(h.call(LOOKUP, "[method]resolve-address-stream.resolve-next-address", stream));
            if (next.value().isEmpty()) return out;
            out.add(next.value().get());
        }
        throw new AssertionError("the stream never ended");
    }

    @Test
    void lookupIsDeniedByDefault() {
        try (SocketsHarness h = SocketsHarness.denyAll()) {
            assertErr(ErrorCode.ACCESS_DENIED, resolve(h, "localhost"));
            assertErr(ErrorCode.ACCESS_DENIED, resolve(h, "127.0.0.1"));
        }
    }

    @Test
    void networkGrantsDoNotGrantLookup() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 0).allowUdp("127.0.0.1", 0).build())) {
            assertErr(ErrorCode.ACCESS_DENIED, resolve(h, "localhost"));
        }
    }

    @Test
    void ipLiteralsAreReturnedAsTheyAre() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowNameLookup().build())) {
            assertEquals(List.of(SocketAddresses.ipAddress(InetAddress.getLoopbackAddress())), drain(h, ok(resolve(h, "127.0.0.1"))));
            Value v6 = drain(h, ok(resolve(h, "[::1]"))).get(0);
            assertEquals("ipv6", ((dev.weft.runtime.value.VariantValue) v6).caseName());
        }
    }

    @Test
    void localhostResolvesToLoopback() throws Exception {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowNameLookup().build())) {
            List<Value> got = drain(h, ok(resolve(h, "localhost")));
            assertFalse(got.isEmpty());
            List<Value> expected = new ArrayList<>();
            for (InetAddress a : InetAddress.getAllByName("localhost")) {
                assertTrue(a.isLoopbackAddress(), "localhost is " + a);
                expected.add(SocketAddresses.ipAddress(a));
            }
            assertEquals(expected, got);
        }
    }

    @Test
    void malformedNamesAreInvalidArguments() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowNameLookup().build())) {
            for (String bad : List.of("", "a..b", "-leading.example", "spa ce", "1.2.3.999", "::zz", "x".repeat(300))) {
                assertErr(ErrorCode.INVALID_ARGUMENT, resolve(h, bad));
            }
        }
    }
}
