package dev.weft.wasi.io;

/**
 * The bounded read-ahead buffer of the pumped input streams: a pump thread {@link #put}s what it
 * read, the guest's reads {@link #take} it. Not synchronized: its owner guards it (and waits on
 * itself for room or data).
 */
public final class ByteRing {
    private final byte[] buffer;
    private int start;
    private int count;

    public ByteRing(int capacity) {
        this.buffer = new byte[capacity];
    }

    /** How many bytes wait to be taken. */
    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many bytes fit before it is full. */
    public int room() {
        return buffer.length - count;
    }

    /** Takes up to {@code max} bytes (fewer if fewer wait), oldest first. */
    public byte[] take(long max) {
        int n = (int) Math.min(max, count);
        byte[] out = new byte[n];
        int first = Math.min(n, buffer.length - start);
        System.arraycopy(buffer, start, out, 0, first);
        System.arraycopy(buffer, 0, out, first, n - first);
        start = (start + n) % buffer.length;
        count -= n;
        return out;
    }

    /** Appends the first {@code n} bytes of {@code chunk}; {@code n} must fit ({@link #room()}). */
    public void put(byte[] chunk, int n) {
        assert n <= room() : n + " bytes do not fit in " + room();
        int end = (start + count) % buffer.length;
        int first = Math.min(n, buffer.length - end);
        System.arraycopy(chunk, 0, buffer, end, first);
        System.arraycopy(chunk, first, buffer, 0, n - first);
        count += n;
    }
}
