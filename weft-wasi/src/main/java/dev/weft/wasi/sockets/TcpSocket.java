package dev.weft.wasi.sockets;

import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.sockets.NetworkPolicy.BindGrant;
import dev.weft.wasi.sockets.NetworkPolicy.Protocol;
import dev.weft.wasi.sockets.SocketAddresses.GuestAddress;
import java.io.IOException;
import java.net.SocketOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import jdk.net.ExtendedSocketOptions;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The object behind a {@code wasi:sockets/tcp.tcp-socket} handle: the WASI TCP state machine over
 * non-blocking Java channels. Every method either succeeds or throws a {@link NetworkException} with
 * the WASI error code (the bindings turn it into {@code error(code)}).
 *
 * <p>States (Wasmtime's): {@code unbound -> bind-started -> bound -> listen-started -> listening},
 * {@code unbound|bound -> connecting -> connected}, and {@code closed} after a failed connect. The
 * native bind happens in {@code start-bind}, the native connect starts in {@code start-connect} and
 * completes in {@code finish-connect}. Java binds a listener and listens in one step, on another kind
 * of channel: so the bound address is held by a plain channel with {@code SO_REUSEADDR} (as WASI asks
 * of every bind), and {@code start-listen} binds a listening channel to that very address before
 * closing the plain one.
 */
final class TcpSocket implements AutoCloseable, OpenSockets.Closable {
    /** The listen backlog unless the guest sets one (Wasmtime's default). */
    static final int DEFAULT_BACKLOG = 128;
    /** The options a listener passes on to the connections it accepts. */
    static final Set<SocketOption<?>> INHERITED_OPTIONS = Set.of(StandardSocketOptions.SO_KEEPALIVE,
            ExtendedSocketOptions.TCP_KEEPIDLE, ExtendedSocketOptions.TCP_KEEPINTERVAL,
            ExtendedSocketOptions.TCP_KEEPCOUNT, StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_SNDBUF);

    enum Phase { UNBOUND, BIND_STARTED, BOUND, LISTEN_STARTED, LISTENING, CONNECTING, CONNECTED, CLOSED }

    /** The streams of a connection. */
    record Streams(TcpInputStream input, TcpOutputStream output) {}

    /** An accepted connection and its streams. */
    record Accepted(TcpSocket socket, Streams streams) {}

    private final AddressFamily family;
    private Phase phase;
    private SocketChannel socket;
    private ServerSocketChannel server;
    private ConnectedChannel connection;
    private ChannelReadiness readiness;
    private final SocketOptions options;
    private Network network;
    private BindGrant grant = BindGrant.DENIED;
    private int backlog = DEFAULT_BACKLOG;

    private TcpSocket(AddressFamily family, SocketChannel socket, Phase phase) {
        this.family = family;
        this.socket = socket;
        this.phase = phase;
        this.options = new SocketOptions(socket);
    }

    /** {@code create-tcp-socket}: a new unbound socket of {@code family}. */
    static TcpSocket create(AddressFamily family) {
        try {
            SocketChannel channel = SocketChannel.open(family.protocolFamily());
            channel.configureBlocking(false);
            return new TcpSocket(family, channel, Phase.UNBOUND);
        } catch (UnsupportedOperationException e) {
            throw ErrorCode.NOT_SUPPORTED.error(family.witName() + " sockets are not supported here");
        } catch (IOException e) {
            throw new NetworkException(ErrorCode.NEW_SOCKET_LIMIT, "cannot create a socket: " + e.getMessage());
        }
    }

    AddressFamily family() {
        return family;
    }

    synchronized void startBind(Network net, GuestAddress local) {
        checkStart("bind", EnumSet.of(Phase.UNBOUND));
        SocketAddresses.checkLocal(family, local);
        BindGrant g = net.policy().bind(Protocol.TCP, local.address());
        if (g == BindGrant.DENIED) throw ErrorCode.ACCESS_DENIED.error("binding TCP " + local.address() + " is not allowed");
        try {
            socket.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            socket.bind(local.address());
        } catch (IOException e) {
            throw IoErrors.failure("cannot bind " + local.address(), e);
        }
        network = net;
        grant = g;
        phase = Phase.BIND_STARTED;
    }

    synchronized void finishBind() {
        if (phase != Phase.BIND_STARTED) throw ErrorCode.NOT_IN_PROGRESS.error("no bind is in progress");
        phase = Phase.BOUND;
    }

    synchronized void startConnect(Network net, GuestAddress remote) {
        checkStart("connect", EnumSet.of(Phase.UNBOUND, Phase.BOUND));
        if (network != null && network != net) throw ErrorCode.INVALID_ARGUMENT.error("the socket is bound to another network");
        SocketAddresses.checkRemote(family, remote);
        if (!net.policy().mayConnect(Protocol.TCP, remote.address())) {
            throw ErrorCode.ACCESS_DENIED.error("connecting to TCP " + remote.address() + " is not allowed");
        }
        network = net;
        try {
            socket.connect(remote.address());
        } catch (IOException e) {
            fail();
            throw IoErrors.failure("cannot connect to " + remote.address(), e);
        }
        readiness = new ChannelReadiness(socket);
        phase = Phase.CONNECTING;
    }

    synchronized Streams finishConnect() {
        if (phase != Phase.CONNECTING) throw ErrorCode.NOT_IN_PROGRESS.error("no connect is in progress");
        try {
            if (!socket.finishConnect()) throw ErrorCode.WOULD_BLOCK.error("the connection is not established yet");
        } catch (IOException e) {
            fail();
            throw IoErrors.failure("cannot connect", e);
        }
        readiness.close();
        readiness = null;
        connection = new ConnectedChannel(socket);
        phase = Phase.CONNECTED;
        return new Streams(new TcpInputStream(connection), new TcpOutputStream(connection));
    }

    synchronized void startListen() {
        checkStart("listen", EnumSet.of(Phase.BOUND));
        if (grant != BindGrant.SERVER) {
            throw ErrorCode.ACCESS_DENIED.error("listening on TCP " + localAddress() + " is not allowed");
        }
        InetSocketAddress local = localAddress();
        try {
            ServerSocketChannel listener = ServerSocketChannel.open(family.protocolFamily());
            listener.configureBlocking(false);
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(local, backlog);
            options.listen(listener, INHERITED_OPTIONS);
            server = listener;
        } catch (IOException e) {
            throw IoErrors.failure("cannot listen on " + local, e);
        }
        closeQuietly(socket);
        socket = null;
        readiness = new ChannelReadiness(server);
        phase = Phase.LISTEN_STARTED;
    }

    synchronized void finishListen() {
        if (phase != Phase.LISTEN_STARTED) throw ErrorCode.NOT_IN_PROGRESS.error("no listen is in progress");
        phase = Phase.LISTENING;
    }

    synchronized Accepted accept() {
        if (phase != Phase.LISTENING) throw ErrorCode.INVALID_STATE.error("the socket is not listening");
        SocketChannel client;
        try {
            client = server.accept();
            if (client == null) throw ErrorCode.WOULD_BLOCK.error("no connection is pending");
            client.configureBlocking(false);
        } catch (IOException e) {
            throw IoErrors.failure("cannot accept", e);
        }
        options.applyTo(client);
        TcpSocket accepted = new TcpSocket(family, client, Phase.CONNECTED);
        accepted.network = network;
        accepted.connection = new ConnectedChannel(client);
        return new Accepted(accepted, new Streams(new TcpInputStream(accepted.connection),
                new TcpOutputStream(accepted.connection)));
    }

    synchronized InetSocketAddress localAddress() {
        return switch (phase) {
            case UNBOUND, BIND_STARTED, CLOSED -> throw ErrorCode.INVALID_STATE.error("the socket is not bound");
            case LISTEN_STARTED, LISTENING -> address(() -> server.getLocalAddress());
            case BOUND, CONNECTING -> address(() -> socket.getLocalAddress());
            case CONNECTED -> address(() -> connection.channel().getLocalAddress());
        };
    }

    synchronized InetSocketAddress remoteAddress() {
        if (phase != Phase.CONNECTED) throw ErrorCode.INVALID_STATE.error("the socket is not connected");
        return address(() -> connection.channel().getRemoteAddress());
    }

    synchronized boolean isListening() {
        return phase == Phase.LISTENING;
    }

    synchronized void setListenBacklogSize(long value) {
        if (value == 0) throw ErrorCode.INVALID_ARGUMENT.error("the backlog size must not be 0");
        switch (phase) {
            case UNBOUND, BIND_STARTED, BOUND -> backlog = (int) Math.min(Math.max(value, 1), Integer.MAX_VALUE);
            case LISTEN_STARTED, LISTENING -> throw ErrorCode.NOT_SUPPORTED.error("the backlog cannot change after listen");
            case CONNECTING, CONNECTED, CLOSED -> throw ErrorCode.INVALID_STATE.error("the socket is " + phase.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The socket's options (keep-alive, buffer sizes). */
    synchronized SocketOptions options() {
        if (phase == Phase.CLOSED) throw ErrorCode.INVALID_STATE.error("the socket is closed");
        return options;
    }

    synchronized void shutdown(boolean receive, boolean send) {
        if (phase != Phase.CONNECTED) throw ErrorCode.INVALID_STATE.error("the socket is not connected");
        try {
            if (receive) connection.shutdownInput();
            if (send) connection.shutdownOutput();
        } catch (IOException e) {
            throw IoErrors.failure("cannot shut down", e);
        }
    }

    /** {@code subscribe}: ready when a pending connect, or accept, can finish; at once otherwise. */
    Pollable subscribe() {
        return new ReadinessPollable(this::ready, this::awaitSlice);
    }

    private synchronized boolean ready() {
        return switch (phase) {
            case CONNECTING -> readiness.test(SelectionKey.OP_CONNECT);
            case LISTENING -> readiness.test(SelectionKey.OP_ACCEPT);
            default -> true;
        };
    }

    private void awaitSlice() {
        ChannelReadiness r;
        int ops;
        synchronized (this) {
            r = readiness;
            ops = phase == Phase.CONNECTING ? SelectionKey.OP_CONNECT : SelectionKey.OP_ACCEPT;
        }
        if (r != null) r.await(ops);
    }

    /**
     * Checks that {@code op} may start now: in one of {@code allowed}; {@code concurrency-conflict}
     * while another operation is in progress; {@code invalid-state} otherwise.
     */
    private void checkStart(String op, Set<Phase> allowed) {
        if (allowed.contains(phase)) return;
        switch (phase) {
            case BIND_STARTED, LISTEN_STARTED, CONNECTING ->
                    throw ErrorCode.CONCURRENCY_CONFLICT.error("cannot " + op + " while another operation is in progress");
            case UNBOUND -> throw ErrorCode.INVALID_STATE.error("cannot " + op + ": the socket is not bound");
            default -> throw ErrorCode.INVALID_STATE.error("cannot " + op + ": the socket is already "
                    + phase.name().toLowerCase(Locale.ROOT));
        }
    }

    private void fail() {
        phase = Phase.CLOSED;
        if (readiness != null) readiness.close();
        readiness = null;
        closeQuietly(socket);
    }

    private interface AddressSource {
        java.net.SocketAddress get() throws IOException;
    }

    private static InetSocketAddress address(AddressSource source) {
        try {
            return (InetSocketAddress) source.get();
        } catch (IOException e) {
            throw IoErrors.failure("cannot read the address", e);
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing the guest could observe
        }
    }

    private volatile OpenSockets tracker;

    @Override
    public void trackedBy(OpenSockets open) {
        tracker = open;
    }

    @Override
    public OpenSockets tracker() {
        return tracker;
    }

    @Override
    public synchronized void forceClose() {
        if (connection != null) connection.forceClose();
        close();
    }

    @Override
    public synchronized void close() {
        if (readiness != null) readiness.close();
        if (connection != null) connection.release();
        else closeQuietly(socket);
        closeQuietly(server);
        connection = null;
        phase = Phase.CLOSED;
    }
}
