package dev.weft.wasi.http;

import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.OptionalLong;

/**
 * The bytes of an outgoing body on their way from the guest's {@code output-stream} to the HTTP
 * client: a bounded buffer ({@link #CAPACITY}; {@code check-write} answers the room left, so a
 * guest never blocks in {@code write}), read by the client through {@link #reader()} (which
 * blocks). The writer ends it with {@link #finish}; either side can fail it with an
 * {@link ErrorCode}: the reader then gets an {@link Aborted} exception, the writer a
 * {@code last-operation-failed} carrying the code.
 */
final class BodyPipe {
    static final int CAPACITY = 1 << 20;

    /** The reader's exception when the body was failed; carries the code. */
    static final class Aborted extends IOException {
        private final ErrorCode code;

        Aborted(ErrorCode code) {
            super("the request body failed: " + code);
            this.code = code;
        }

        ErrorCode code() {
            return code;
        }
    }

    private final OptionalLong contentLength;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int headOffset;
    private long buffered;
    private long written;
    private boolean finished;
    private ErrorCode failure;
    private boolean failureReported;

    /** A pipe for a body whose headers declared {@code contentLength} (if they did). */
    BodyPipe(OptionalLong contentLength) {
        this.contentLength = contentLength;
    }

    /** {@code check-write}: the room left. */
    synchronized long checkWrite() {
        checkOpen();
        return CAPACITY - buffered;
    }

    /** {@code write}, at most {@link #checkWrite()} bytes; more than a declared {@code content-length} fails the body. */
    synchronized void write(byte[] bytes) {
        checkOpen();
        if (contentLength.isPresent() && written + bytes.length > contentLength.getAsLong()) {
            fail(ErrorCode.requestBodySize(written + bytes.length));
            checkOpen();
        }
        if (bytes.length == 0) return;
        chunks.add(bytes);
        buffered += bytes.length;
        written += bytes.length;
        notifyAll();
    }

    /** Ready when there is room, or the body is done or failed. */
    Pollable writable() {
        return new Pollable() {
            @Override
            public boolean ready() {
                synchronized (BodyPipe.this) {
                    return buffered < CAPACITY || finished || failure != null;
                }
            }

            @Override
            public void block() {
                synchronized (BodyPipe.this) {
                    try {
                        while (buffered >= CAPACITY && !finished && failure == null) BodyPipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    /**
     * Ends the body. Fails it (and throws) with {@code HTTP-request-body-size} if fewer bytes were
     * written than a declared {@code content-length}, or with the code it already failed with.
     */
    synchronized void finish() {
        if (failure != null) throw failure.exception();
        if (finished) return;
        if (contentLength.isPresent() && written != contentLength.getAsLong()) {
            fail(ErrorCode.requestBodySize(written));
            throw failure.exception();
        }
        finished = true;
        notifyAll();
    }

    /** Fails the body with {@code code}, unless it failed already or was finished. */
    synchronized void fail(ErrorCode code) {
        if (failure != null || finished) return;
        failure = code;
        chunks.clear();
        buffered = 0;
        notifyAll();
    }

    synchronized boolean isFinished() {
        return finished;
    }

    synchronized OptionalLong contentLength() {
        return contentLength;
    }

    /** Everything written, if the body is finished and nothing was read yet (then sent with a known length). */
    synchronized byte[] drain() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(buffered, Integer.MAX_VALUE - 8));
        boolean first = true;
        for (byte[] c : chunks) {
            out.write(c, first ? headOffset : 0, c.length - (first ? headOffset : 0));
            first = false;
        }
        chunks.clear();
        headOffset = 0;
        buffered = 0;
        notifyAll();
        return out.toByteArray();
    }

    /** The client's side: blocks until bytes, the end, or the failure ({@link Aborted}). */
    InputStream reader() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return take(b, off, len);
            }
        };
    }

    private synchronized int take(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        try {
            while (chunks.isEmpty() && !finished && failure == null) wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Aborted(ErrorCode.internal("interrupted while waiting for the request body"));
        }
        if (failure != null) throw new Aborted(failure);
        if (chunks.isEmpty()) return -1;
        byte[] head = chunks.peek();
        int n = Math.min(len, head.length - headOffset);
        System.arraycopy(head, headOffset, b, off, n);
        headOffset += n;
        if (headOffset == head.length) {
            chunks.poll();
            headOffset = 0;
        }
        buffered -= n;
        notifyAll();
        return n;
    }

    private void checkOpen() {
        if (failure != null) {
            if (failureReported) throw StreamException.closed();
            failureReported = true;
            throw StreamException.failed(IoError.of("the request body failed: " + failure, failure));
        }
        if (finished) throw StreamException.closed();
    }
}
