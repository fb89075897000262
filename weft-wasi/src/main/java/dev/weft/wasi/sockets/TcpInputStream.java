package dev.weft.wasi.sockets;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.Arrays;

/**
 * The {@code input-stream} of a connected TCP socket: non-blocking reads of what the peer sent;
 * {@code closed} once the peer closed its side (or after {@code shutdown(receive)}), and
 * {@code last-operation-failed} (with the sockets {@link ErrorCode} in its error) on a reset.
 */
final class TcpInputStream extends HostInputStream {
    /** The most one read returns. */
    static final int MAX_READ = 64 * 1024;

    private final ConnectedChannel connection;
    private StreamException done;
    private boolean closed;

    TcpInputStream(ConnectedChannel connection) {
        this.connection = connection.retain();
    }

    @Override
    public synchronized byte[] read(long len) {
        if (done != null) throw done;
        if (connection.inputShut()) throw finish(StreamException.closed());
        if (len == 0) return new byte[0];
        ByteBuffer buffer = ByteBuffer.allocate(Long.compareUnsigned(len, MAX_READ) < 0 ? (int) len : MAX_READ);
        try {
            int n = connection.channel().read(buffer);
            if (n < 0) throw finish(StreamException.closed());
            return Arrays.copyOf(buffer.array(), n);
        } catch (IOException e) {
            throw finish(IoErrors.streamFailure(e));
        }
    }

    @Override
    public Pollable subscribe() {
        return new ReadinessPollable(this::ready, () -> connection.readiness().await(SelectionKey.OP_READ));
    }

    private synchronized boolean ready() {
        return done != null || connection.inputShut() || connection.readiness().test(SelectionKey.OP_READ);
    }

    private StreamException finish(StreamException e) {
        done = e;
        return e;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        connection.release();
    }
}
