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

    static SocketResources create(WasiContext io) {
        OpenSockets open = new OpenSockets();
        return new SocketResources(io,
                HostResource.of("network", Network.class, network -> { }),
                HostResource.of("tcp-socket", TcpSocket.class, socket -> {
                    open.remove(socket);
                    socket.close();
                }),
                HostResource.of("udp-socket", UdpSocket.class, socket -> {
                    open.remove(socket);
                    socket.release();
                }),
                HostResource.of("incoming-datagram-stream", DatagramStreams.Incoming.class),
                HostResource.of("outgoing-datagram-stream", DatagramStreams.Outgoing.class),
                HostResource.of("resolve-address-stream", ResolveAddressStream.class, stream -> { }),
                open);
    }
}
