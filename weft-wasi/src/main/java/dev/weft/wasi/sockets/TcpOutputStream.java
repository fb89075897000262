package dev.weft.wasi.sockets;

import dev.weft.runtime.Trap;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;

/**
 * The {@code output-stream} of a connected TCP socket. Writes go to a bounded buffer that is sent
 * without blocking as the socket accepts bytes; {@link #checkWrite} offers the room left (0 while a
 * {@link #flush} is under way, as {@code wasi:io/streams} asks). {@code closed} after
 * {@code shutdown(send)}; {@code last-operation-failed} (carrying the sockets {@link ErrorCode}) on a
 * reset. Dropping the stream sends what is buffered (waiting a bounded time) and then a FIN.
 */
final class TcpOutputStream extends HostOutputStream {
    /** The buffer size: the most {@link #checkWrite} offers. */
    static final int CAPACITY = 64 * 1024;
    /** How long dropping the stream waits to send what is still buffered. */
    static final long CLOSE_FLUSH_MILLIS = 2_000;

    private final ConnectedChannel connection;
    private final ByteBuffer pending = ByteBuffer.allocate(CAPACITY).flip();
    private boolean flushing;
    private StreamException done;
    private boolean closed;

    TcpOutputStream(ConnectedChannel connection) {
        this.connection = connection.retain();
    }

    @Override
    public synchronized long checkWrite() {
        usable();
        send();
        if (flushing) return 0;
        return CAPACITY - pending.remaining();
    }

    @Override
    public synchronized void write(byte[] bytes) {
        usable();
        if (bytes.length > CAPACITY - pending.remaining()) {
            throw new Trap("write of " + bytes.length + " bytes exceeds what check-write permitted ("
                    + (CAPACITY - pending.remaining()) + ")");
        }
        pending.compact().put(bytes).flip();
        send();
    }

    @Override
    public synchronized void flush() {
        usable();
        send();
        flushing = pending.hasRemaining();
    }

    @Override
    public void blockingFlush() {
        flush();
        while (!flushed()) {
            if (Thread.currentThread().isInterrupted()) return;
            connection.readiness().await(SelectionKey.OP_WRITE);
        }
        usable();
    }

    @Override
    public Pollable subscribe() {
        return new ReadinessPollable(this::ready, () -> connection.readiness().await(SelectionKey.OP_WRITE));
    }

    /** Ready when {@link #checkWrite} would offer room or fail. */
    private synchronized boolean ready() {
        if (done != null || connection.outputShut()) return true;
        send();
        return done != null || (!flushing && pending.remaining() < CAPACITY);
    }

    /** Whether everything was sent (or the stream failed: the next call reports it). */
    private synchronized boolean flushed() {
        if (done == null && !connection.outputShut()) send();
        return done != null || connection.outputShut() || !pending.hasRemaining();
    }

    private void usable() {
        if (done != null) throw done;
        if (connection.outputShut()) {
            done = StreamException.closed();
            throw done;
        }
    }

    /** Sends what the socket takes now. */
    private void send() {
        if (done != null || !pending.hasRemaining()) {
            flushing = false;
            return;
        }
        try {
            connection.channel().write(pending);
        } catch (IOException e) {
            done = IoErrors.streamFailure(e);
        }
        if (!pending.hasRemaining()) flushing = false;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        long deadline = System.nanoTime() + CLOSE_FLUSH_MILLIS * 1_000_000;
        while (!flushed() && System.nanoTime() - deadline < 0) connection.readiness().await(SelectionKey.OP_WRITE);
        try {
            if (done == null) connection.shutdownOutput();
        } catch (IOException e) {
            // the peer is gone: nothing left to tell it
        }
        connection.release();
    }
}
