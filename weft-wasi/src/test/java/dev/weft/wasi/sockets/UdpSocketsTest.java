package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketsHarness.address;
import static dev.weft.wasi.sockets.SocketsHarness.assertErr;
import static dev.weft.wasi.sockets.SocketsHarness.await;
import static dev.weft.wasi.sockets.SocketsHarness.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import dev.weft.types.OptionType;
import dev.weft.wasi.WasiConfig;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code wasi:sockets/udp} against a Java echo peer on 127.0.0.1 (loopback only). */
class UdpSocketsTest {
    private static final InetAddress V4 = InetAddress.getLoopbackAddress();
    private static final OptionType MAYBE_ADDRESS = new OptionType(SocketTypes.IP_SOCKET_ADDRESS);

    /** A bound socket's datagram streams: [incoming, outgoing] borrowed. */
    record Pair(Value incoming, Value outgoing) {}

    private static Value bound(SocketsHarness h, String ip) {
        Value socket = h.udpSocket(AddressFamily.IPV4);
        ok(h.udp("start-bind", socket, h.network(), address(ip, 0)));
        ok(h.udp("finish-bind", socket));
        return socket;
    }

    private static Pair stream(SocketsHarness h, Value socket, Optional<InetSocketAddress> peer) {
        Value remote = Value.option(MAYBE_ADDRESS, peer.map(SocketsHarness::address));
        TupleValue t = (TupleValue) ok(h.udp("stream", socket, remote));
        h.remember(h.resources.incomingDatagramStreams().get(t.get(0)));
        h.remember(h.resources.outgoingDatagramStreams().get(t.get(1)));
        return new Pair(SocketsHarness.borrow(h.resources.incomingDatagramStreams(), t.get(0)),
                SocketsHarness.borrow(h.resources.outgoingDatagramStreams(), t.get(1)));
    }

    private static Value datagram(String text, Optional<InetSocketAddress> to) {
        return Value.record(SocketTypes.OUTGOING_DATAGRAM, ListValue.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
                Value.option(MAYBE_ADDRESS, to.map(SocketsHarness::address)));
    }

    private static Value send(SocketsHarness h, Pair p, Value... datagrams) {
        long permitted = ((U64) ok(h.call("udp", "[method]outgoing-datagram-stream.check-send", p.outgoing()))).bits();
        assertTrue(permitted >= datagrams.length, "check-send permits " + permitted);
        return h.call("udp", "[method]outgoing-datagram-stream.send", p.outgoing(),
                Value.list(SocketTypes.OUTGOING_DATAGRAM, datagrams));
    }

    /** Receives until {@code n} datagrams arrived (bounded). */
    private static List<RecordValue> receive(SocketsHarness h, Pair p, int n) {
        List<RecordValue> out = new ArrayList<>();
        long deadline = System.nanoTime() + SocketsHarness.TIMEOUT_MILLIS * 1_000_000;
        while (out.size() < n && System.nanoTime() < deadline) {
            await(h.pollable(h.call("udp", "[method]incoming-datagram-stream.subscribe", p.incoming())));
            ListValue got = (ListValue) ok(h.call("udp", "[method]incoming-datagram-stream.receive", p.incoming(), Value.u64(8)));
            for (Value v : got.elements()) out.add((RecordValue) v);
        }
        if (out.size() != n) fail("received " + out.size() + " of " + n + " datagrams in time");
        return out;
    }

    private static RecordValue receiveOne(SocketsHarness h, Pair p) {
        return receive(h, p, 1).get(0);
    }

    private static String text(RecordValue datagram) {
        return StandardCharsets.UTF_8.decode(((ListValue) datagram.get("data")).bytes().orElseThrow()).toString();
    }

    @Test
    void anAllowedPeerAnswers() throws Exception {
        try (EchoServers.Udp peer = new EchoServers.Udp(V4);
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", peer.address().getPort()).build())) {
            Value socket = bound(h, "127.0.0.1");
            Pair p = stream(h, socket, Optional.empty());
            assertEquals(Value.u64(1), ok(send(h, p, datagram("hi", Optional.of(peer.address())))));
            RecordValue reply = receiveOne(h, p);
            assertEquals("echo:hi", text(reply));
            assertEquals(address(peer.address()), reply.get("remote-address"));
            assertErr(ErrorCode.INVALID_STATE, h.udp("remote-address", socket));
        }
    }

    @Test
    void aConnectedStreamSendsWithoutAddresses() throws Exception {
        try (EchoServers.Udp peer = new EchoServers.Udp(V4);
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", peer.address().getPort()).build())) {
            Value socket = bound(h, "0.0.0.0");
            Pair p = stream(h, socket, Optional.of(peer.address()));
            assertEquals(address(peer.address()), ok(h.udp("remote-address", socket)));
            assertEquals(Value.u64(2), ok(send(h, p, datagram("a", Optional.empty()), datagram("b", Optional.of(peer.address())))));
            List<String> got = new ArrayList<>(receive(h, p, 2).stream().map(UdpSocketsTest::text).toList());
            Collections.sort(got);
            assertEquals(List.of("echo:a", "echo:b"), got);
            InetSocketAddress other = new InetSocketAddress(V4, peer.address().getPort() == 1 ? 2 : 1);
            assertErr(ErrorCode.INVALID_ARGUMENT, send(h, p, datagram("x", Optional.of(other))));
        }
    }

    @Test
    void sendingToAnEndpointNotAllowedIsAccessDenied() throws Exception {
        try (EchoServers.Udp peer = new EchoServers.Udp(V4);
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", 9).build())) {
            Value socket = bound(h, "127.0.0.1");
            Pair p = stream(h, socket, Optional.empty());
            assertErr(ErrorCode.ACCESS_DENIED, send(h, p, datagram("no", Optional.of(peer.address()))));
            assertErr(ErrorCode.ACCESS_DENIED, h.udp("stream", socket,
                    Value.option(MAYBE_ADDRESS, Optional.of(address(peer.address())))));
            assertErr(ErrorCode.INVALID_ARGUMENT, send(h, p, datagram("to whom?", Optional.empty())));
        }
    }

    @Test
    void withoutAnyUdpGrantNothingBinds() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowTcp("127.0.0.1", 0).build())) {
            Value socket = h.udpSocket(AddressFamily.IPV4);
            assertErr(ErrorCode.ACCESS_DENIED, h.udp("start-bind", socket, h.network(), address("127.0.0.1", 0)));
            assertErr(ErrorCode.INVALID_STATE, h.udp("stream", socket, Value.option(MAYBE_ADDRESS, Optional.empty())));
            assertErr(ErrorCode.INVALID_STATE, h.udp("local-address", socket));
        }
    }

    @Test
    void aClientBoundSocketDropsDatagramsFromStrangers() throws Exception {
        try (EchoServers.Udp peer = new EchoServers.Udp(V4);
             DatagramSocket stranger = new DatagramSocket(new InetSocketAddress(V4, 0));
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", peer.address().getPort()).build())) {
            Value socket = bound(h, "127.0.0.1");
            Pair p = stream(h, socket, Optional.empty());
            InetSocketAddress local = SocketAddresses.socketAddress(ok(h.udp("local-address", socket))).address();
            byte[] spam = "spam".getBytes(StandardCharsets.UTF_8);
            stranger.send(new DatagramPacket(spam, spam.length, local));
            ok(send(h, p, datagram("real", Optional.of(peer.address()))));
            assertEquals("echo:real", text(receiveOne(h, p)), "the stranger's datagram is discarded");
        }
    }

    @Test
    void aServerBoundSocketHearsAnyone() throws Exception {
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(V4, 0));
             SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", 0).build())) {
            Value socket = bound(h, "127.0.0.1");
            Pair p = stream(h, socket, Optional.empty());
            InetSocketAddress local = SocketAddresses.socketAddress(ok(h.udp("local-address", socket))).address();
            byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
            client.send(new DatagramPacket(hello, hello.length, local));
            RecordValue got = receiveOne(h, p);
            assertEquals("hello", text(got));
            assertEquals(address((InetSocketAddress) client.getLocalSocketAddress()), got.get("remote-address"));
        }
    }

    @Test
    void sendingMoreThanPermittedTraps() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", 0).build())) {
            Pair p = stream(h, bound(h, "127.0.0.1"), Optional.empty());
            Value one = datagram("x", Optional.of(new InetSocketAddress(V4, 9)));
            assertThrows(Trap.class, () -> h.call("udp", "[method]outgoing-datagram-stream.send", p.outgoing(),
                    Value.list(SocketTypes.OUTGOING_DATAGRAM, one)), "send without check-send");
            assertEquals(Value.u64(0), ok(h.call("udp", "[method]outgoing-datagram-stream.send", p.outgoing(),
                    Value.list(SocketTypes.OUTGOING_DATAGRAM))), "an empty send needs no permit");
            assertEquals(Value.u64(UdpSocket.MAX_PERMITS), ok(h.call("udp", "[method]outgoing-datagram-stream.check-send", p.outgoing())));
            List<Value> many = Collections.nCopies(UdpSocket.MAX_PERMITS + 1, one);
            assertThrows(Trap.class, () -> h.call("udp", "[method]outgoing-datagram-stream.send", p.outgoing(),
                    Value.list(SocketTypes.OUTGOING_DATAGRAM, many)), "more than check-send permitted");
        }
    }

    @Test
    void aLaterStreamCallRetiresTheEarlierStreams() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", 0).build())) {
            Value socket = bound(h, "127.0.0.1");
            Pair first = stream(h, socket, Optional.empty());
            stream(h, socket, Optional.empty());
            assertErr(ErrorCode.INVALID_STATE, h.call("udp", "[method]incoming-datagram-stream.receive", first.incoming(), Value.u64(1)));
            assertErr(ErrorCode.INVALID_STATE, h.call("udp", "[method]outgoing-datagram-stream.check-send", first.outgoing()));
        }
    }

    @Test
    void receivingZeroOrNothingIsAnEmptyList() {
        try (SocketsHarness h = new SocketsHarness(WasiConfig.builder().allowUdp("127.0.0.1", 0).build())) {
            Pair p = stream(h, bound(h, "127.0.0.1"), Optional.empty());
            assertEquals(0, ((ListValue) ok(h.call("udp", "[method]incoming-datagram-stream.receive", p.incoming(), Value.u64(0)))).size());
            assertEquals(0, ((ListValue) ok(h.call("udp", "[method]incoming-datagram-stream.receive", p.incoming(), Value.u64(-1)))).size());
            assertErr(ErrorCode.NOT_SUPPORTED, h.udp("unicast-hop-limit", h.udpSocket(AddressFamily.IPV4)));
        }
    }
}
