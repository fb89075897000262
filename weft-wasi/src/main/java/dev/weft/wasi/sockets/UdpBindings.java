package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.HostInterface.params;

import dev.weft.runtime.HostResource;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.wasi.Wasi;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code wasi:sockets/udp} ({@code udp-socket} and the two datagram streams) and
 * {@code wasi:sockets/udp-create-socket}.
 */
final class UdpBindings {
    private static final String SOCKET = "udp-socket";
    private static final String INCOMING = "incoming-datagram-stream";
    private static final String OUTGOING = "outgoing-datagram-stream";
    private static final ResultType ADDRESS_RESULT = SocketTypes.result(SocketTypes.IP_SOCKET_ADDRESS);
    private static final ResultType COUNT_RESULT = SocketTypes.result(PrimitiveType.U64);
    private static final ResultType RECEIVED = SocketTypes.result(new ListType(SocketTypes.INCOMING_DATAGRAM));

    private final SocketResources r;
    private final HostResource<UdpSocket> sockets;

    private UdpBindings(SocketResources r) {
        this.r = r;
        this.sockets = r.udpSockets();
    }

    /** {@code wasi:sockets/udp-create-socket}. */
    static HostInterface udpCreateSocket(SocketResources r) {
        ResultType created = SocketTypes.result(r.udpSockets().ownType());
        return new HostInterface(Wasi.name("wasi:sockets/udp-create-socket"))
                .func("create-udp-socket", Optional.of(created), params("address-family", SocketTypes.IP_ADDRESS_FAMILY),
                        args -> Results.of(created, () -> r.udpSockets().own(r.open().add(UdpSocket.create(AddressFamily.of(args.get(0)))))));
    }

    /** {@code wasi:sockets/udp}. */
    static HostInterface udp(SocketResources r) {
        UdpBindings b = new UdpBindings(r);
        HostInterface iface = new HostInterface(Wasi.name("wasi:sockets/udp"))
                .resource(SOCKET, r.udpSockets())
                .resource(INCOMING, r.incomingDatagramStreams())
                .resource(OUTGOING, r.outgoingDatagramStreams());
        b.socketMethods(iface);
        OptionBindings options = new OptionBindings(iface, r.udpSockets(), SOCKET, h -> b.sockets.get(h).options());
        options.hopLimit("unicast-hop-limit");
        options.bufferSizes();
        iface.method(b.sockets, SOCKET, "subscribe", r.io().pollables().ownType(),
                args -> Optional.of(r.io().pollables().own(b.sockets.get(args.get(0)).subscribe())));
        b.incoming(iface);
        b.outgoing(iface);
        return iface;
    }

    private void socketMethods(HostInterface iface) {
        ResultType streams = SocketTypes.result(new TupleType(List.of(r.incomingDatagramStreams().ownType(),
                r.outgoingDatagramStreams().ownType())));
        iface.method(sockets, SOCKET, "start-bind", SocketTypes.UNIT_RESULT,
                        params("network", r.networks().borrowType(), "local-address", SocketTypes.IP_SOCKET_ADDRESS),
                        args -> Results.unit(() -> sockets.get(args.get(0)).startBind(r.networks().get(args.get(1)),
                                SocketAddresses.socketAddress(args.get(2)))))
                .method(sockets, SOCKET, "finish-bind", SocketTypes.UNIT_RESULT,
                        args -> Results.unit(() -> sockets.get(args.get(0)).finishBind()))
                .method(sockets, SOCKET, "stream", streams,
                        params("remote-address", new OptionType(SocketTypes.IP_SOCKET_ADDRESS)),
                        args -> Results.of(streams, () -> stream(sockets.get(args.get(0)), (OptionValue) args.get(1))))
                .method(sockets, SOCKET, "local-address", ADDRESS_RESULT, args -> Results.of(ADDRESS_RESULT,
                        () -> address(sockets.get(args.get(0)), sockets.get(args.get(0)).localAddress())))
                .method(sockets, SOCKET, "remote-address", ADDRESS_RESULT, args -> Results.of(ADDRESS_RESULT,
                        () -> address(sockets.get(args.get(0)), sockets.get(args.get(0)).remoteAddress())))
                .method(sockets, SOCKET, "address-family", SocketTypes.IP_ADDRESS_FAMILY,
                        args -> Optional.of(SocketTypes.family(sockets.get(args.get(0)).family())));
    }

    private void incoming(HostInterface iface) {
        HostResource<DatagramStreams.Incoming> streams = r.incomingDatagramStreams();
        iface.method(streams, INCOMING, "receive", RECEIVED, params("max-results", PrimitiveType.U64),
                        args -> Results.of(RECEIVED, () -> received(streams.get(args.get(0)), ((U64) args.get(1)).bits())))
                .method(streams, INCOMING, "subscribe", r.io().pollables().ownType(),
                        args -> Optional.of(r.io().pollables().own(streams.get(args.get(0)).subscribe())));
    }

    private void outgoing(HostInterface iface) {
        HostResource<DatagramStreams.Outgoing> streams = r.outgoingDatagramStreams();
        iface.method(streams, OUTGOING, "check-send", COUNT_RESULT,
                        args -> Results.of(COUNT_RESULT, () -> Value.u64(streams.get(args.get(0)).checkSend())))
                .method(streams, OUTGOING, "send", COUNT_RESULT,
                        params("datagrams", new ListType(SocketTypes.OUTGOING_DATAGRAM)),
                        args -> Results.of(COUNT_RESULT, () -> Value.u64(streams.get(args.get(0))
                                .send(outgoingDatagrams((ListValue) args.get(1))))))
                .method(streams, OUTGOING, "subscribe", r.io().pollables().ownType(),
                        args -> Optional.of(r.io().pollables().own(streams.get(args.get(0)).subscribe())));
    }

    private Value stream(UdpSocket socket, OptionValue remote) {
        int generation = socket.stream(remote.value().map(SocketAddresses::socketAddress));
        return Value.tuple(r.incomingDatagramStreams().own(new DatagramStreams.Incoming(socket, generation)),
                r.outgoingDatagramStreams().own(new DatagramStreams.Outgoing(socket, generation)));
    }

    private static Value received(DatagramStreams.Incoming stream, long max) {
        List<Value> out = new ArrayList<>();
        for (UdpSocket.Datagram d : stream.receive(max)) {
            out.add(Value.record(SocketTypes.INCOMING_DATAGRAM, ListValue.wrapBytes(d.data()),
                    SocketAddresses.socketAddress(d.remote(), stream.family())));
        }
        return Value.list(SocketTypes.INCOMING_DATAGRAM, out);
    }

    private static List<UdpSocket.Outgoing> outgoingDatagrams(ListValue list) {
        List<UdpSocket.Outgoing> out = new ArrayList<>(list.size());
        for (Value v : list.elements()) {
            RecordValue d = (RecordValue) v;
            ByteBuffer data = ((ListValue) d.get("data")).bytes().orElseThrow();
            Optional<SocketAddresses.GuestAddress> to = ((OptionValue) d.get("remote-address")).value()
                    .map(SocketAddresses::socketAddress);
            out.add(new UdpSocket.Outgoing(data, to));
        }
        return out;
    }

    private static Value address(UdpSocket socket, java.net.InetSocketAddress address) {
        return SocketAddresses.socketAddress(address, socket.family());
    }
}
