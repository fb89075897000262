package dev.weft.wasi.sockets;

import dev.weft.runtime.Trap;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.sockets.NetworkPolicy.BindGrant;
import dev.weft.wasi.sockets.NetworkPolicy.Protocol;
import dev.weft.wasi.sockets.SocketAddresses.GuestAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The object behind a {@code wasi:sockets/udp.udp-socket} handle, over a non-blocking
 * {@link DatagramChannel}: bind ({@code start-bind}/{@code finish-bind}), then {@code stream}
 * (optionally to one peer) for the datagram streams, which are views of this socket (only the most
 * recent pair works). The channel closes when the socket and all its streams are dropped.
 */
final class UdpSocket implements OpenSockets.Closable {
    /** How many datagrams {@code check-send} permits at once (Wasmtime's figure). */
    static final int MAX_PERMITS = 16;
    /** The largest UDP payload (IPv6 jumbograms aside). */
    static final int MAX_DATAGRAM = 65_535;
    /** The most datagrams one {@code receive} returns. */
    static final int MAX_RECEIVE = 64;

    enum Phase { UNBOUND, BIND_STARTED, BOUND, CLOSED }

    /** A received datagram. */
    record Datagram(byte[] data, InetSocketAddress remote) {}

    /** A datagram to send: {@code remote} empty to use the connected peer. */
    record Outgoing(ByteBuffer data, Optional<GuestAddress> remote) {}

    private final AddressFamily family;
    private final DatagramChannel channel;
    private final ChannelReadiness readiness;
    private final SocketOptions options;
    private Phase phase = Phase.UNBOUND;
    private Network network;
    private BindGrant grant = BindGrant.DENIED;
    private InetSocketAddress peer;
    private int generation;
    private int permits;
    private int references = 1;

    private UdpSocket(AddressFamily family, DatagramChannel channel) {
        this.family = family;
        this.channel = channel;
        this.readiness = new ChannelReadiness(channel);
        this.options = new SocketOptions(channel);
    }

    /** {@code create-udp-socket}: a new unbound socket of {@code family}. */
    static UdpSocket create(AddressFamily family) {
        try {
            DatagramChannel channel = DatagramChannel.open(family.protocolFamily());
            channel.configureBlocking(false);
            return new UdpSocket(family, channel);
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
        switch (phase) {
            case UNBOUND -> { }
            case BIND_STARTED -> throw ErrorCode.CONCURRENCY_CONFLICT.error("a bind is already in progress");
            case BOUND, CLOSED -> throw ErrorCode.INVALID_STATE.error("the socket is already bound");
        }
        SocketAddresses.checkLocal(family, local);
        BindGrant g = net.policy().bind(Protocol.UDP, local.address());
        if (g == BindGrant.DENIED) throw ErrorCode.ACCESS_DENIED.error("binding UDP " + local.address() + " is not allowed");
        try {
            channel.bind(local.address());
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

    /**
     * {@code stream}: (re)associates the socket with {@code remote} (or with no peer) and returns the
     * generation of the new stream pair; streams of older generations stop working.
     */
    synchronized int stream(Optional<GuestAddress> remote) {
        requireBound();
        if (remote.isPresent()) checkAllowed(remote.get());
        try {
            if (channel.isConnected()) channel.disconnect();
            peer = null;
            if (remote.isPresent()) {
                channel.connect(remote.get().address());
                peer = remote.get().address();
            }
        } catch (IOException e) {
            throw IoErrors.failure("cannot associate with " + remote.map(GuestAddress::address).orElse(null), e);
        }
        permits = 0;
        return ++generation;
    }

    synchronized InetSocketAddress localAddress() {
        if (phase != Phase.BOUND) throw ErrorCode.INVALID_STATE.error("the socket is not bound");
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw IoErrors.failure("cannot read the local address", e);
        }
    }

    synchronized InetSocketAddress remoteAddress() {
        if (peer == null) throw ErrorCode.INVALID_STATE.error("the socket is not connected to a peer");
        return peer;
    }

    /** The socket's options (buffer sizes). */
    synchronized SocketOptions options() {
        if (phase == Phase.CLOSED) throw ErrorCode.INVALID_STATE.error("the socket is closed");
        return options;
    }

    /** {@code subscribe} of the socket: binding completes at once, so always ready. */
    Pollable subscribe() {
        return Pollable.alwaysReady();
    }

    /**
     * {@code receive} of stream generation {@code gen}: up to {@code max} (unsigned) datagrams, at
     * most {@link #MAX_RECEIVE} per call; none if none are waiting.
     */
    synchronized List<Datagram> receive(int gen, long max) {
        requireCurrent(gen);
        long limit = Long.compareUnsigned(max, MAX_RECEIVE) < 0 ? max : MAX_RECEIVE;
        List<Datagram> out = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        while (out.size() < limit) {
            InetSocketAddress from = receiveOne(buffer, out.isEmpty());
            if (from == null) break;
            if (accepts(from)) out.add(new Datagram(Arrays.copyOf(buffer.array(), buffer.position()), from));
        }
        return out;
    }

    /** {@code check-send}: how many datagrams the next {@code send} may hold. */
    synchronized long checkSend(int gen) {
        requireCurrent(gen);
        permits = readiness.test(SelectionKey.OP_WRITE) ? MAX_PERMITS : 0;
        return permits;
    }

    /** {@code send}: sends datagrams in order until one cannot go now; how many went. */
    synchronized long send(int gen, List<Outgoing> datagrams) {
        requireCurrent(gen);
        if (datagrams.isEmpty()) return 0;
        if (datagrams.size() > permits) {
            throw new Trap("send of " + datagrams.size() + " datagrams exceeds what check-send permitted (" + permits + ")");
        }
        permits = 0;
        int sent = 0;
        for (Outgoing d : datagrams) {
            try {
                if (!sendOne(d)) break;
            } catch (NetworkException e) {
                if (sent == 0) throw e;
                break;
            }
            sent++;
        }
        return sent;
    }

    boolean readable() {
        return readiness.test(SelectionKey.OP_READ);
    }

    boolean writable() {
        return readiness.test(SelectionKey.OP_WRITE);
    }

    ChannelReadiness readiness() {
        return readiness;
    }

    private InetSocketAddress receiveOne(ByteBuffer buffer, boolean first) {
        buffer.clear();
        try {
            return (InetSocketAddress) channel.receive(buffer);
        } catch (IOException e) {
            if (first) throw IoErrors.failure("cannot receive", e);
            return null;
        }
    }

    /** A client-bound socket without a peer receives only from allowed endpoints ({@link NetworkPolicy}). */
    private boolean accepts(InetSocketAddress from) {
        return grant == BindGrant.SERVER || peer != null || network.policy().mayConnect(Protocol.UDP, from);
    }

    private boolean sendOne(Outgoing d) {
        InetSocketAddress target = target(d.remote());
        ByteBuffer data = d.data().duplicate();
        try {
            int n = peer != null ? channel.write(data) : channel.send(data, target);
            return n > 0 || d.data().remaining() == 0;
        } catch (IOException e) {
            throw IoErrors.failure("cannot send to " + target, e);
        }
    }

    private InetSocketAddress target(Optional<GuestAddress> remote) {
        if (remote.isEmpty()) {
            if (peer == null) throw ErrorCode.INVALID_ARGUMENT.error("a datagram needs a remote address: no peer is set");
            return peer;
        }
        GuestAddress to = remote.get();
        if (peer != null && !peer.equals(to.address())) {
            throw ErrorCode.INVALID_ARGUMENT.error(to.address() + " is not the connected peer " + peer);
        }
        if (peer == null) checkAllowed(to);
        return to.address();
    }

    private void checkAllowed(GuestAddress remote) {
        SocketAddresses.checkRemote(family, remote);
        if (!network.policy().mayConnect(Protocol.UDP, remote.address())) {
            throw ErrorCode.ACCESS_DENIED.error("sending to UDP " + remote.address() + " is not allowed");
        }
    }

    private void requireBound() {
        if (phase != Phase.BOUND) throw ErrorCode.INVALID_STATE.error("the socket is not bound");
    }

    private void requireCurrent(int gen) {
        requireBound();
        if (gen != generation) throw ErrorCode.INVALID_STATE.error("a later `stream` call replaced these streams");
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
        references = 1;
        release();
    }

    /** One more holder (a datagram stream). */
    synchronized void retain() {
        references++;
    }

    /** A holder (the socket handle or a stream) is done; the last closes the channel. */
    synchronized void release() {
        if (references == 0 || --references > 0) return;
        phase = Phase.CLOSED;
        readiness.close();
        try {
            channel.close();
        } catch (IOException e) {
            // nothing the guest could observe
        }
    }
}
