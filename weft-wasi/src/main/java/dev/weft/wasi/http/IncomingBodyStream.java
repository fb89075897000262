package dev.weft.wasi.http;

import dev.weft.wasi.io.ByteRing;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code input-stream} of an incoming body: a daemon thread reads the source (the HTTP client's
 * body stream, which blocks) into a bounded buffer, so that {@code read} and {@code subscribe} never
 * block the guest. End of body is {@code closed}; a failure is {@code last-operation-failed} with an
 * {@code error} whose {@code http-error-code} says what happened. With a between-bytes timeout, a
 * pause longer than it fails the body with {@code connection-read-timeout}.
 */
final class IncomingBodyStream extends HostInputStream {
    private static final int CAPACITY = 64 * 1024;

    private final InputStream source;
    private final OptionalLong betweenBytesNanos;
    private final ByteRing buffer = new ByteRing(CAPACITY);
    private boolean eof;
    private boolean closed;
    private ErrorCode failure;
    private boolean failureReported;
    private long lastProgress = System.nanoTime();
    private Thread pump;

    IncomingBodyStream(InputStream source, Optional<Duration> betweenBytes) {
        this.source = source;
        this.betweenBytesNanos = betweenBytes.map(d -> OptionalLong.of(d.toNanos())).orElse(OptionalLong.empty());
    }

    @Override
    public synchronized byte[] read(long len) {
        startPump();
        checkTimeout();
        if (buffer.isEmpty()) {
            if (failure != null) {
                if (failureReported) throw StreamException.closed();
                failureReported = true;
                throw StreamException.failed(IoError.of("the HTTP body failed: " + failure, failure));
            }
            if ((eof || closed) && len > 0) throw StreamException.closed();
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
                synchronized (IncomingBodyStream.this) {
                    startPump();
                    checkTimeout();
                    return isReady();
                }
            }

            @Override
            public void block() {
                synchronized (IncomingBodyStream.this) {
                    startPump();
                    try {
                        while (true) {
                            checkTimeout();
                            if (isReady()) return;
                            OptionalLong d = deadline();
                            if (d.isEmpty()) {
                                IncomingBodyStream.this.wait();
                            } else {
                                long left = Math.max(1, (d.getAsLong() - System.nanoTime()) / 1_000_000);
                                IncomingBodyStream.this.wait(left);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public OptionalLong deadline() {
                synchronized (IncomingBodyStream.this) {
                    return IncomingBodyStream.this.deadline();
                }
            }
        };
    }

    /** Whether the whole body arrived (and was read or not). */
    synchronized boolean atEnd() {
        return eof;
    }

    /** The code the body failed with, if it did. */
    synchronized Optional<ErrorCode> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops reading and closes the source (dropping the stream, or finishing the body). */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (pump != null) pump.interrupt();
        notifyAll();
        try {
            source.close();
        } catch (IOException ignored) {
            // the guest is done with the body: nothing to report
        }
    }

    private boolean isReady() {
        return !buffer.isEmpty() || eof || closed || failure != null;
    }

    private OptionalLong deadline() {
        if (betweenBytesNanos.isEmpty() || isReady()) return OptionalLong.empty();
        return OptionalLong.of(lastProgress + betweenBytesNanos.getAsLong());
    }

    private void checkTimeout() {
        OptionalLong d = deadline();
        if (d.isPresent() && System.nanoTime() - d.getAsLong() >= 0 && buffer.isEmpty()) {
            failure = ErrorCode.of("connection-read-timeout");
            closeSourceQuietly();
        }
    }

    private void closeSourceQuietly() {
        if (pump != null) pump.interrupt();
        try {
            source.close();
        } catch (IOException ignored) {
            // failing anyway
        }
    }

    private void startPump() {
        if (pump != null || closed) return;
        lastProgress = System.nanoTime();
        pump = Thread.ofPlatform().daemon().name("weft-wasi-http-body").start(this::pumpLoop);
    }

    private void pumpLoop() {
        byte[] chunk = new byte[16 * 1024];
        while (true) {
            int room = awaitRoom(chunk.length);
            if (room <= 0) return;
            int n;
            try {
                n = source.read(chunk, 0, room);
            } catch (IOException e) {
                failed(Failures.code(e));
                return;
            }
            if (!append(chunk, n)) return;
        }
    }

    private synchronized void failed(ErrorCode code) {
        if (!closed && failure == null) failure = code;
        notifyAll();
    }

    private synchronized int awaitRoom(int max) {
        try {
            while (buffer.room() == 0 && !closed && failure == null) wait();
        } catch (InterruptedException e) {
            return 0;
        }
        return closed || failure != null ? 0 : Math.min(max, buffer.room());
    }

    private synchronized boolean append(byte[] chunk, int n) {
        if (closed || failure != null) return false;
        if (n < 0) {
            eof = true;
            notifyAll();
            return false;
        }
        buffer.put(chunk, n);
        if (n > 0) lastProgress = System.nanoTime();
        notifyAll();
        return true;
    }
}
