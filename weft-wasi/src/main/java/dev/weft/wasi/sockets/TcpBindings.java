package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.HostInterface.params;

import dev.weft.runtime.HostResource;
import dev.weft.runtime.value.EnumValue;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.wasi.Wasi;
import java.util.List;
import java.util.Optional;

/** {@code wasi:sockets/tcp} (the {@code tcp-socket} methods) and {@code wasi:sockets/tcp-create-socket}. */
final class TcpBindings {
    private static final String SOCKET = "tcp-socket";

    private final SocketResources r;
    private final HostResource<TcpSocket> sockets;
    private final ResultType streamsResult;
    private final ResultType acceptResult;
    private final ResultType addressResult = SocketTypes.result(SocketTypes.IP_SOCKET_ADDRESS);

    private TcpBindings(SocketResources r) {
        this.r = r;
        this.sockets = r.tcpSockets();
        this.streamsResult = SocketTypes.result(new TupleType(List.of(r.io().inputStreamType(), r.io().outputStreamType())));
        this.acceptResult = SocketTypes.result(new TupleType(List.of(sockets.ownType(), r.io().inputStreamType(),
                r.io().outputStreamType())));
    }

    /** {@code wasi:sockets/tcp-create-socket}. */
    static HostInterface tcpCreateSocket(SocketResources r) {
        ResultType created = SocketTypes.result(r.tcpSockets().ownType());
        return new HostInterface(Wasi.name("wasi:sockets/tcp-create-socket"))
                .func("create-tcp-socket", Optional.of(created), params("address-family", SocketTypes.IP_ADDRESS_FAMILY),
                        args -> Results.of(created, () -> r.tcpSockets().own(r.open().add(TcpSocket.create(AddressFamily.of(args.get(0)))))));
    }

    /** {@code wasi:sockets/tcp}. */
    static HostInterface tcp(SocketResources r) {
        TcpBindings b = new TcpBindings(r);
        HostInterface iface = new HostInterface(Wasi.name("wasi:sockets/tcp")).resource(SOCKET, r.tcpSockets());
        b.lifecycle(iface);
        b.queries(iface);
        OptionBindings options = new OptionBindings(iface, r.tcpSockets(), SOCKET, h -> b.socket(h).options());
        options.keepAlive();
        options.hopLimit("hop-limit");
        options.bufferSizes();
        b.polling(iface);
        return iface;
    }

    private void lifecycle(HostInterface iface) {
        iface.method(sockets, SOCKET, "start-bind", SocketTypes.UNIT_RESULT, addressParams("local-address"),
                        args -> Results.unit(() -> socket(args.get(0)).startBind(network(args), address(args))))
                .method(sockets, SOCKET, "finish-bind", SocketTypes.UNIT_RESULT,
                        args -> Results.unit(() -> socket(args.get(0)).finishBind()))
                .method(sockets, SOCKET, "start-connect", SocketTypes.UNIT_RESULT, addressParams("remote-address"),
                        args -> Results.unit(() -> socket(args.get(0)).startConnect(network(args), address(args))))
                .method(sockets, SOCKET, "finish-connect", streamsResult,
                        args -> Results.of(streamsResult, () -> streams(socket(args.get(0)).finishConnect())))
                .method(sockets, SOCKET, "start-listen", SocketTypes.UNIT_RESULT,
                        args -> Results.unit(() -> socket(args.get(0)).startListen()))
                .method(sockets, SOCKET, "finish-listen", SocketTypes.UNIT_RESULT,
                        args -> Results.unit(() -> socket(args.get(0)).finishListen()))
                .method(sockets, SOCKET, "accept", acceptResult,
                        args -> Results.of(acceptResult, () -> accepted(socket(args.get(0)).accept())));
    }

    private void queries(HostInterface iface) {
        iface.method(sockets, SOCKET, "local-address", addressResult, args -> Results.of(addressResult,
                        () -> address(socket(args.get(0)).localAddress(), socket(args.get(0)))))
                .method(sockets, SOCKET, "remote-address", addressResult, args -> Results.of(addressResult,
                        () -> address(socket(args.get(0)).remoteAddress(), socket(args.get(0)))))
                .method(sockets, SOCKET, "is-listening", PrimitiveType.BOOL,
                        args -> Optional.of(Value.bool(socket(args.get(0)).isListening())))
                .method(sockets, SOCKET, "address-family", SocketTypes.IP_ADDRESS_FAMILY,
                        args -> Optional.of(SocketTypes.family(socket(args.get(0)).family())))
                .method(sockets, SOCKET, "set-listen-backlog-size", SocketTypes.UNIT_RESULT, params("value", PrimitiveType.U64),
                        args -> Results.unit(() -> socket(args.get(0)).setListenBacklogSize(((U64) args.get(1)).bits())));
    }

    private void polling(HostInterface iface) {
        iface.method(sockets, SOCKET, "subscribe", r.io().pollables().ownType(),
                        args -> Optional.of(r.io().pollables().own(socket(args.get(0)).subscribe())))
                .method(sockets, SOCKET, "shutdown", SocketTypes.UNIT_RESULT, params("shutdown-type", SocketTypes.SHUTDOWN_TYPE),
                        args -> Results.unit(() -> shutdown(socket(args.get(0)), (EnumValue) args.get(1))));
    }

    private static void shutdown(TcpSocket socket, EnumValue how) {
        switch (how.name()) {
            case "receive" -> socket.shutdown(true, false);
            case "send" -> socket.shutdown(false, true);
            default -> socket.shutdown(true, true);
        }
    }

    private List<dev.weft.types.Field> addressParams(String name) {
        return params("network", r.networks().borrowType(), name, SocketTypes.IP_SOCKET_ADDRESS);
    }

    private TcpSocket socket(Value handle) {
        return sockets.get(handle);
    }

    private Network network(List<Value> args) {
        return r.networks().get(args.get(1));
    }

    private static SocketAddresses.GuestAddress address(List<Value> args) {
        return SocketAddresses.socketAddress(args.get(2));
    }

    private static Value address(java.net.InetSocketAddress address, TcpSocket socket) {
        return SocketAddresses.socketAddress(address, socket.family());
    }

    private Value streams(TcpSocket.Streams s) {
        return Value.tuple(r.io().inputStreams().own(s.input()), r.io().outputStreams().own(s.output()));
    }

    private Value accepted(TcpSocket.Accepted a) {
        return Value.tuple(sockets.own(r.open().add(a.socket())), r.io().inputStreams().own(a.streams().input()),
                r.io().outputStreams().own(a.streams().output()));
    }
}
