package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketsHarness.address;
import static dev.weft.wasi.sockets.SocketsHarness.assertErr;
import static dev.weft.wasi.sockets.SocketsHarness.await;
import static dev.weft.wasi.sockets.SocketsHarness.ok;
import static dev.weft.wasi.sockets.SocketsHarness.readExactly;
import static dev.weft.wasi.sockets.SocketsHarness.writeAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.runtime.value.Bool;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.io.StreamException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code wasi:sockets/tcp} against a Java echo server on 127.0.0.1 / ::1 (loopback only). */
class TcpSocketsTest {
    private static final InetAddress V4 = InetAddress.getLoopbackAddress();

    /** start-connect, wait on subscribe, finish-connect: the connection's streams. */
    static SocketsHarness.Streams connect(SocketsHarness h, Value socket, InetSocketAddress to) {
        ok(h.tcp("start-connect", socket, h.network(), address(to)));
        await(h.pollable(h.tcp("subscribe", socket)));
        return h.streams(ok(h.tcp("finish-connect", socket)), 0);
    }

    @Test
    void anAllowedConnectionEchoes() throws Exception {
        try (EchoServers.Tcp server = new EchoServers.Tcp(V4);
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", server.address().getPort()).build())) {
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            SocketsHarness.Streams streams = connect(h, socket, server.address());
            byte[] message = "hello over wasi:sockets".getBytes(StandardCharsets.UTF_8);
            writeAll(streams.out(), message);
            assertArrayEquals(message, readExactly(streams.in(), message.length));
            assertEquals(address(server.address()), ok(h.tcp("remote-address", socket)));
            assertEquals(Value.bool(false), h.tcp("is-listening", socket));
            assertEquals(SocketTypes.family(AddressFamily.IPV4), h.tcp("address-family", socket));
        }
    }

    @Test
    void aLargeWriteArrivesWhole() throws Exception {
        try (EchoServers.Tcp server = new EchoServers.Tcp(V4);
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 0).build())) {
            SocketsHarness.Streams streams = connect(h, h.tcpSocket(AddressFamily.IPV4), server.address());
            byte[] big = new byte[300_000];
            for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
            Thread writer = Thread.ofVirtual().start(() -> writeAll(streams.out(), big));
            assertArrayEquals(big, readExactly(streams.in(), big.length));
            writer.join(SocketsHarness.TIMEOUT_MILLIS);
        }
    }

    @Test
    void connectingWithoutAGrantIsAccessDenied() throws Exception {
        try (EchoServers.Tcp server = new EchoServers.Tcp(V4); SocketsHarness h = SocketsHarness.denyAll()) {
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            assertErr(ErrorCode.ACCESS_DENIED, h.tcp("start-connect", socket, h.network(), address(server.address())));
            assertErr(ErrorCode.NOT_IN_PROGRESS, h.tcp("finish-connect", socket));
        }
    }

    @Test
    void aGrantForAnotherPortIsNoGrant() throws Exception {
        try (EchoServers.Tcp server = new EchoServers.Tcp(V4)) {
            int other = server.address().getPort() == 65535 ? 1 : server.address().getPort() + 1;
            try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", other)
                    .allowUdp("127.0.0.1", server.address().getPort()).build())) {
                assertErr(ErrorCode.ACCESS_DENIED, h.tcp("start-connect", h.tcpSocket(AddressFamily.IPV4), h.network(),
                        address(server.address())));
            }
        }
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, V4)) {
            port = s.getLocalPort();
        }
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", port).build())) {
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            Value started = h.tcp("start-connect", socket, h.network(), address("127.0.0.1", port));
            if (((dev.weft.runtime.value.ResultValue) started).isOk()) {
                await(h.pollable(h.tcp("subscribe", socket)));
                assertErr(ErrorCode.CONNECTION_REFUSED, h.tcp("finish-connect", socket));
            } else {
                assertErr(ErrorCode.CONNECTION_REFUSED, started);
            }
            assertErr(ErrorCode.INVALID_STATE, h.tcp("start-connect", socket, h.network(), address("127.0.0.1", port)));
        }
    }

    @Test
    void badRemoteAddressesAreInvalidArguments() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("0.0.0.0", 0).allowTcp("127.0.0.1", 0).build())) {
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("start-connect", socket, h.network(), address("0.0.0.0", 80)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("start-connect", socket, h.network(), address("127.0.0.1", 0)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("start-connect", socket, h.network(), address("::1", 80)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("start-connect", socket, h.network(), address("255.255.255.255", 80)));
            Value v6 = h.tcpSocket(AddressFamily.IPV6);
            Value mapped = SocketAddresses.socketAddress(new InetSocketAddress(V4, 80), AddressFamily.IPV6);
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("start-connect", v6, h.network(), mapped));
        }
    }

    @Test
    void finishWithoutStartIsNotInProgress() {
        try (SocketsHarness h = SocketsHarness.denyAll()) {
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            assertErr(ErrorCode.NOT_IN_PROGRESS, h.tcp("finish-bind", socket));
            assertErr(ErrorCode.NOT_IN_PROGRESS, h.tcp("finish-listen", socket));
            assertErr(ErrorCode.INVALID_STATE, h.tcp("start-listen", socket));
            assertErr(ErrorCode.INVALID_STATE, h.tcp("accept", socket));
            assertErr(ErrorCode.INVALID_STATE, h.tcp("local-address", socket));
            assertErr(ErrorCode.INVALID_STATE, h.tcp("remote-address", socket));
            assertErr(ErrorCode.INVALID_STATE, h.tcp("shutdown", socket, Value.enumCase(SocketTypes.SHUTDOWN_TYPE, "both")));
        }
    }

    @Test
    void bindingWithoutAGrantIsAccessDenied() {
        try (SocketsHarness h = SocketsHarness.denyAll()) {
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            assertErr(ErrorCode.ACCESS_DENIED, h.tcp("start-bind", socket, h.network(), address("127.0.0.1", 0)));
            assertErr(ErrorCode.NOT_IN_PROGRESS, h.tcp("finish-bind", socket));
        }
    }

    @Test
    void aGuestListensAndAcceptsWhenTheBindIsNamed() throws Exception {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 0).build())) {
            Value listener = h.tcpSocket(AddressFamily.IPV4);
            ok(h.tcp("start-bind", listener, h.network(), address("127.0.0.1", 0)));
            ok(h.tcp("finish-bind", listener));
            assertErr(ErrorCode.INVALID_STATE, h.tcp("start-bind", listener, h.network(), address("127.0.0.1", 0)));
            ok(h.tcp("set-listen-backlog-size", listener, Value.u64(16)));
            ok(h.tcp("start-listen", listener));
            ok(h.tcp("finish-listen", listener));
            assertEquals(Value.bool(true), h.tcp("is-listening", listener));
            assertErr(ErrorCode.WOULD_BLOCK, h.tcp("accept", listener));
            Value local = ok(h.tcp("local-address", listener));
            int port = SocketAddresses.socketAddress(local).port();
            try (java.net.Socket client = new java.net.Socket(V4, port)) {
                client.setSoTimeout((int) SocketsHarness.TIMEOUT_MILLIS);
                await(h.pollable(h.tcp("subscribe", listener)));
                Value accepted = ok(h.tcp("accept", listener));
                SocketsHarness.Streams streams = h.streams(accepted, 1);
                client.getOutputStream().write("ping".getBytes(StandardCharsets.US_ASCII));
                assertArrayEquals("ping".getBytes(StandardCharsets.US_ASCII), readExactly(streams.in(), 4));
                writeAll(streams.out(), "pong".getBytes(StandardCharsets.US_ASCII));
                assertArrayEquals("pong".getBytes(StandardCharsets.US_ASCII), client.getInputStream().readNBytes(4));
                Value conn = SocketsHarness.borrow(h.resources.tcpSockets(), ((dev.weft.runtime.value.TupleValue) accepted).get(0));
                h.remember(h.resources.tcpSockets().get(conn));
                assertEquals(address((InetSocketAddress) client.getLocalSocketAddress()), ok(h.tcp("remote-address", conn)));
            }
        }
    }

    @Test
    void aClientBindMayConnectButNotListen() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 9).build())) {
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            ok(h.tcp("start-bind", socket, h.network(), address("127.0.0.1", 0)));
            ok(h.tcp("finish-bind", socket));
            assertErr(ErrorCode.ACCESS_DENIED, h.tcp("start-listen", socket));
        }
    }

    @Test
    void shutdownSendReachesThePeerAsEndOfStream() throws Exception {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 0).build());
             java.net.ServerSocket peer = new java.net.ServerSocket(0, 1, V4)) {
            peer.setSoTimeout((int) SocketsHarness.TIMEOUT_MILLIS);
            Value socket = h.tcpSocket(AddressFamily.IPV4);
            SocketsHarness.Streams streams = connect(h, socket, (InetSocketAddress) peer.getLocalSocketAddress());
            try (java.net.Socket server = peer.accept()) {
                server.setSoTimeout((int) SocketsHarness.TIMEOUT_MILLIS);
                writeAll(streams.out(), new byte[] {1, 2, 3});
                ok(h.tcp("shutdown", socket, Value.enumCase(SocketTypes.SHUTDOWN_TYPE, "send")));
                ok(h.tcp("shutdown", socket, Value.enumCase(SocketTypes.SHUTDOWN_TYPE, "send")));
                assertArrayEquals(new byte[] {1, 2, 3}, server.getInputStream().readAllBytes());
                assertInstanceOf(StreamException.Closed.class, assertThrows(StreamException.class, () -> streams.out().checkWrite()));
                server.getOutputStream().write(7);
                assertArrayEquals(new byte[] {7}, readExactly(streams.in(), 1));
                server.shutdownOutput();
                await(streams.in().subscribe());
                assertThrows(StreamException.Closed.class, () -> streams.in().read(10));
            }
        }
    }

    @Test
    void optionsFollowTheWitRules() {
        try (SocketsHarness h = SocketsHarness.denyAll()) {
            Value s = h.tcpSocket(AddressFamily.IPV4);
            ok(h.tcp("set-keep-alive-enabled", s, Value.bool(true)));
            assertEquals(Value.bool(true), ok(h.tcp("keep-alive-enabled", s)));
            assertInstanceOf(Bool.class, ok(h.tcp("keep-alive-enabled", s)));
            ok(h.tcp("set-keep-alive-idle-time", s, Value.u64(1_500_000_000L)));
            assertEquals(Value.u64(2_000_000_000L), ok(h.tcp("keep-alive-idle-time", s)), "rounded up to whole seconds");
            ok(h.tcp("set-keep-alive-interval", s, Value.u64(3_000_000_000L)));
            assertEquals(Value.u64(3_000_000_000L), ok(h.tcp("keep-alive-interval", s)));
            ok(h.tcp("set-keep-alive-count", s, Value.u32(5)));
            assertEquals(Value.u32(5), ok(h.tcp("keep-alive-count", s)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("set-keep-alive-idle-time", s, Value.u64(0)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("set-keep-alive-count", s, Value.u32(0)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("set-receive-buffer-size", s, Value.u64(0)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("set-listen-backlog-size", s, Value.u64(0)));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("set-hop-limit", s, Value.u8(0)));
            assertErr(ErrorCode.NOT_SUPPORTED, h.tcp("hop-limit", s));
            ok(h.tcp("set-receive-buffer-size", s, Value.u64(64 * 1024)));
            ok(h.tcp("receive-buffer-size", s));
            ok(h.tcp("set-send-buffer-size", s, Value.u64(-1L)));   // u64 max: clamped, not an error
        }
    }

    @Test
    void anIpv6LoopbackConnectionEchoes() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        EchoServers.Tcp server;
        try {
            server = new EchoServers.Tcp(v6);
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback here: " + e.getMessage());
            return;
        }
        try (server; SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("::1", server.address().getPort()).build())) {
            Value socket = h.tcpSocket(AddressFamily.IPV6);
            SocketsHarness.Streams streams = connect(h, socket, server.address());
            writeAll(streams.out(), new byte[] {42});
            assertArrayEquals(new byte[] {42}, readExactly(streams.in(), 1));
            assertEquals(SocketTypes.family(AddressFamily.IPV6), h.tcp("address-family", socket));
            assertErr(ErrorCode.INVALID_ARGUMENT, h.tcp("start-connect", h.tcpSocket(AddressFamily.IPV6), h.network(),
                    address("127.0.0.1", server.address().getPort())));
        }
    }

    @Test
    void aResetTravelsAsAStreamErrorWithItsSocketsCode() throws Exception {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 0).build());
             java.net.ServerSocket peer = new java.net.ServerSocket(0, 1, V4)) {
            peer.setSoTimeout((int) SocketsHarness.TIMEOUT_MILLIS);
            SocketsHarness.Streams streams = connect(h, h.tcpSocket(AddressFamily.IPV4), (InetSocketAddress) peer.getLocalSocketAddress());
            try (java.net.Socket server = peer.accept()) {
                server.setSoLinger(true, 0);    // close with a reset
            }
            await(streams.in().subscribe());
            StreamException.Failed failed = assertThrows(StreamException.Failed.class, () -> streams.in().read(10));
            Value error = h.ctx.errors().own(failed.error());
            Value code = h.call("network", "network-error-code", SocketsHarness.borrow(h.ctx.errors(), error));
            assertEquals(Value.some(SocketTypes.errorCode(ErrorCode.CONNECTION_RESET)), code);
            Value foreign = h.ctx.errors().own(dev.weft.wasi.io.IoError.of("not from a socket"));
            assertEquals(Value.none(SocketTypes.ERROR_CODE),
                    h.call("network", "network-error-code", SocketsHarness.borrow(h.ctx.errors(), foreign)));
        }
    }

    @Test
    void socketsLeftOpenAreClosedWithTheLink() throws Exception {
        try (EchoServers.Tcp server = new EchoServers.Tcp(V4);
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 0).build())) {
            SocketsHarness.Streams streams = connect(h, h.tcpSocket(AddressFamily.IPV4), server.address());
            h.tcpSocket(AddressFamily.IPV4);
            assertEquals(2, h.resources.open().size());
            h.resources.open().close();
            assertEquals(0, h.resources.open().size());
            assertThrows(StreamException.class, () -> streams.in().read(1), "the connection is closed");
        }
    }
}
