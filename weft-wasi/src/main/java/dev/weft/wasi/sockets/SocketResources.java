package dev.weft.wasi.sockets;

import dev.weft.runtime.HostResource;
import dev.weft.wasi.WasiContext;

/**
 * The resource types of {@code wasi:sockets} for one link, beside the shared {@code wasi:io} ones of
 * the {@link WasiContext} (streams, pollables, errors). Dropping a socket or stream handle closes
 * its object; the network has nothing to close. {@code open} tracks the sockets not dropped yet.
 */
record SocketResources(
        WasiContext io,
        HostResource<Network> networks,
        HostResource<TcpSocket> tcpSockets,
        HostResource<UdpSocket> udpSockets,
        HostResource<DatagramStreams.Incoming> incomingDatagramStreams,
        HostResource<DatagramStreams.Outgoing> outgoingDatagramStreams,
        HostResource<ResolveAddressStream> resolveAddressStreams,
        OpenSockets open) {

    // Constants: every context shares the resource types (a socket knows the set that tracks it).
    private static final HostResource<Network> NETWORKS = HostResource.of("network", Network.class, network -> { });
    private static final HostResource<TcpSocket> TCP_SOCKETS = HostResource.of("tcp-socket", TcpSocket.class, socket -> {
        OpenSockets.untrack(socket);
        socket.close();
    });
    private static final HostResource<UdpSocket> UDP_SOCKETS = HostResource.of("udp-socket", UdpSocket.class, socket -> {
        OpenSockets.untrack(socket);
        socket.release();
    });
    private static final HostResource<DatagramStreams.Incoming> INCOMING_DATAGRAM_STREAMS =
            HostResource.of("incoming-datagram-stream", DatagramStreams.Incoming.class);
    private static final HostResource<DatagramStreams.Outgoing> OUTGOING_DATAGRAM_STREAMS =
            HostResource.of("outgoing-datagram-stream", DatagramStreams.Outgoing.class);
    private static final HostResource<ResolveAddressStream> RESOLVE_ADDRESS_STREAMS =
            HostResource.of("resolve-address-stream", ResolveAddressStream.class, stream -> { });

    static SocketResources create(WasiContext io) {
        return new SocketResources(io, NETWORKS, TCP_SOCKETS, UDP_SOCKETS, INCOMING_DATAGRAM_STREAMS,
                OUTGOING_DATAGRAM_STREAMS, RESOLVE_ADDRESS_STREAMS, new OpenSockets());
    }
}
