package dev.weft.wasi.sockets;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Readiness of one non-blocking channel ({@link SelectionKey#OP_READ}, {@code OP_WRITE},
 * {@code OP_CONNECT}, {@code OP_ACCEPT}) through a private {@link Selector}, opened on first use:
 * {@link #test} never blocks, {@link #await} waits at most one short slice, so that callers looping
 * on it notice state changes, closing and interrupts. A closed channel counts as ready: the next
 * operation then reports the error.
 */
final class ChannelReadiness implements AutoCloseable {
    /** The longest single wait; {@code block()} loops over slices. */
    static final long SLICE_MILLIS = 50;

    private final SelectableChannel channel;
    private Selector selector;
    private SelectionKey key;
    private boolean closed;

    ChannelReadiness(SelectableChannel channel) {
        this.channel = channel;
    }

    /** Whether any of {@code ops} is ready now. */
    synchronized boolean test(int ops) {
        return select(ops, 0);
    }

    /** Waits up to {@link #SLICE_MILLIS} for any of {@code ops}; whether one is ready. */
    synchronized boolean await(int ops) {
        return select(ops, SLICE_MILLIS);
    }

    private boolean select(int ops, long millis) {
        if (closed || !channel.isOpen()) return true;
        try {
            if (selector == null) open();
            key.interestOps(ops);
            selector.selectedKeys().clear();
            int n = millis == 0 ? selector.selectNow() : selector.select(millis);
            return n > 0 && (key.readyOps() & ops) != 0;
        } catch (CancelledKeyException | ClosedSelectorException | IOException e) {
            return true;    // cannot wait: let the next operation report what is wrong
        }
    }

    private void open() throws IOException {
        selector = Selector.open();
        key = channel.register(selector, 0);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (selector == null) return;
        try {
            selector.close();
        } catch (IOException e) {
            // nothing is lost: the selector held no data
        }
    }
}
