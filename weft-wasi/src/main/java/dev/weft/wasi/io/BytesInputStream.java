package dev.weft.wasi.io;

import java.util.Arrays;

/** An input stream over a byte array: always ready; {@code closed} once every byte was read. */
final class BytesInputStream extends HostInputStream {
    private final byte[] bytes;
    private int position;

    BytesInputStream(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public synchronized byte[] read(long len) {
        if (position >= bytes.length && len > 0) throw StreamException.closed();
        int n = (int) Math.min(len, bytes.length - position);
        byte[] out = Arrays.copyOfRange(bytes, position, position + n);
        position += n;
        return out;
    }

    @Override
    public Pollable subscribe() {
        return Pollable.alwaysReady();
    }
}
