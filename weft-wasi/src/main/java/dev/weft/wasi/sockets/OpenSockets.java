package dev.weft.wasi.sockets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sockets of one link that are still open. A guest that ends (or traps) without dropping its
 * handles leaves them to the host: closing the {@code WasiContext} closes this, which closes every
 * socket left, connections and listeners included, whatever streams still refer to them.
 */
final class OpenSockets implements AutoCloseable {
    /** A socket that can be closed for good. */
    interface Closable {
        void forceClose();
    }

    private final Set<Closable> open = ConcurrentHashMap.newKeySet();

    <T extends Closable> T add(T socket) {
        open.add(socket);
        return socket;
    }

    void remove(Closable socket) {
        open.remove(socket);
    }

    int size() {
        return open.size();
    }

    @Override
    public void close() {
        List<Closable> left = new ArrayList<>(open);
        open.clear();
        for (Closable c : left) c.forceClose();
    }
}
