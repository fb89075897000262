package dev.weft.wasi.sockets;

import dev.weft.wasi.io.Pollable;
import java.nio.channels.SelectionKey;
import java.util.List;

/**
 * The objects behind {@code wasi:sockets/udp} {@code incoming-datagram-stream} and
 * {@code outgoing-datagram-stream} handles: views of one {@link UdpSocket} for one {@code stream}
 * call (its generation), each holding a reference to the socket's channel until dropped.
 */
final class DatagramStreams {
    private DatagramStreams() {}

    /** {@code incoming-datagram-stream}. */
    static final class Incoming implements AutoCloseable {
        private final UdpSocket socket;
        private final int generation;
        private boolean closed;

        Incoming(UdpSocket socket, int generation) {
            this.socket = socket;
            this.generation = generation;
            socket.retain();
        }

        AddressFamily family() {
            return socket.family();
        }

        List<UdpSocket.Datagram> receive(long max) {
            return socket.receive(generation, max);
        }

        Pollable subscribe() {
            return new ReadinessPollable(socket::readable, () -> socket.readiness().await(SelectionKey.OP_READ));
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            socket.release();
        }
    }

    /** {@code outgoing-datagram-stream}. */
    static final class Outgoing implements AutoCloseable {
        private final UdpSocket socket;
        private final int generation;
        private boolean closed;

        Outgoing(UdpSocket socket, int generation) {
            this.socket = socket;
            this.generation = generation;
            socket.retain();
        }

        long checkSend() {
            return socket.checkSend(generation);
        }

        long send(List<UdpSocket.Outgoing> datagrams) {
            return socket.send(generation, datagrams);
        }

        Pollable subscribe() {
            return new ReadinessPollable(socket::writable, () -> socket.readiness().await(SelectionKey.OP_WRITE));
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            socket.release();
        }
    }
}
