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

        /** Remembers the set tracking this socket, so that a destructor shared by every context finds it. */
        void trackedBy(OpenSockets open);

        /** The set tracking this socket, or null. */
        OpenSockets tracker();
    }

    private final Set<Closable> open = ConcurrentHashMap.newKeySet();

    <T extends Closable> T add(T socket) {
        socket.trackedBy(this);
        open.add(socket);
        return socket;
    }

    /** Stops tracking {@code socket}, in whichever set tracks it (the resource types' destructors are shared). */
    static void untrack(Closable socket) {
        OpenSockets o = socket.tracker();
        if (o != null) o.remove(socket);
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
