package dev.weft.wasi.sockets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** Java-side peers on loopback, on ephemeral ports, each stopping on close or after a timeout. */
final class EchoServers {
    private EchoServers() {}

    /** A TCP server echoing every connection until the client closes its side. */
    static final class Tcp implements AutoCloseable {
        private final ServerSocket server;
        private final Thread thread;

        Tcp(InetAddress loopback) throws IOException {
            server = new ServerSocket(0, 8, loopback);
            server.setSoTimeout((int) SocketsHarness.TIMEOUT_MILLIS);
            thread = Thread.ofPlatform().daemon().name("tcp-echo").start(this::serve);
        }

        InetSocketAddress address() {
            return (InetSocketAddress) server.getLocalSocketAddress();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout((int) SocketsHarness.TIMEOUT_MILLIS);
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    byte[] buf = new byte[8192];
                    for (int n; (n = in.read(buf)) >= 0; ) out.write(buf, 0, n);
                } catch (IOException e) {
                    if (e instanceof SocketTimeoutException) return;
                }
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            thread.join(SocketsHarness.TIMEOUT_MILLIS);
        }
    }

    /** A UDP peer sending every datagram back, prefixed with {@code echo:}. */
    static final class Udp implements AutoCloseable {
        private final DatagramSocket socket;
        private final Thread thread;

        Udp(InetAddress loopback) throws IOException {
            socket = new DatagramSocket(new InetSocketAddress(loopback, 0));
            socket.setSoTimeout((int) SocketsHarness.TIMEOUT_MILLIS);
            thread = Thread.ofPlatform().daemon().name("udp-echo").start(this::serve);
        }

        InetSocketAddress address() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        private void serve() {
            byte[] buf = new byte[65535];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    byte[] reply = ("echo:" + new String(p.getData(), 0, p.getLength(), java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    socket.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(SocketsHarness.TIMEOUT_MILLIS);
        }
    }
}
