package dev.weft.wasi.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream over a blocking {@link InputStream} (a pipe, the process's stdin): a daemon
 * thread, started on first use, reads ahead into a bounded buffer, so that {@link #read} and
 * {@link #subscribe} never block the guest. End of input becomes {@code closed}, an
 * {@link IOException} {@code last-operation-failed}.
 */
final class PumpedInputStream extends HostInputStream {
    private static final int CAPACITY = 64 * 1024;

    private final InputStream in;
    private final boolean closeSource;
    private final ByteRing buffer = new ByteRing(CAPACITY);
    private boolean eof;
    private IOException failure;
    private Thread pump;

    PumpedInputStream(InputStream in, boolean closeSource) {
        this.in = in;
        this.closeSource = closeSource;
    }

    @Override
    public synchronized byte[] read(long len) {
        startPump();
        if (buffer.isEmpty()) {
            if (failure != null) throw StreamException.failed(IoError.of(failure));
            if (eof && len > 0) throw StreamException.closed();
            return new byte[0];
        }
        byte[] out = buffer.take(len);
        notifyAll();
        return out;
    }

    @Override
    public Pollable subscribe() {
        return new Pollable() {
            @Override
            public boolean ready() {
                synchronized (PumpedInputStream.this) {
                    startPump();
                    return !buffer.isEmpty() || eof || failure != null;
                }
            }

            @Override
            public void block() {
                synchronized (PumpedInputStream.this) {
                    startPump();
                    try {
                        while (buffer.isEmpty() && !eof && failure == null) PumpedInputStream.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    @Override
    public synchronized void close() {
        eof = true;
        if (pump != null) pump.interrupt();
        if (closeSource) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing a source the guest is done with: nothing to report to anyone
            }
        }
    }

    private void startPump() {
        if (pump != null || eof) return;
        pump = Thread.ofPlatform().daemon().name("weft-wasi-input-pump").start(this::pumpLoop);
    }

    private void pumpLoop() {
        byte[] chunk = new byte[8192];
        while (true) {
            int room = awaitRoom(chunk.length);
            if (room <= 0) return;
            int n;
            try {
                n = in.read(chunk, 0, room);
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                    notifyAll();
                }
                return;
            }
            if (!append(chunk, n)) return;
        }
    }

    private synchronized int awaitRoom(int max) {
        try {
            while (buffer.room() == 0 && !eof) wait();
        } catch (InterruptedException e) {
            return 0;
        }
        return eof ? 0 : Math.min(max, buffer.room());
    }

    private synchronized boolean append(byte[] chunk, int n) {
        if (n < 0) {
            eof = true;
            notifyAll();
            return false;
        }
        buffer.put(chunk, n);
        notifyAll();
        return !eof;
    }
}
