package dev.weft.engine.chicory;

import static java.lang.Math.min;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.SoftReference;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A non-shared linear memory copied on write in chunks (of {@link #CHUNK_SIZE}): a chunk nobody
 * wrote reads from one shared chunk of zeros, a chunk a {@link MemoryImage} holds reads from the
 * image, and the first write to either gives the memory its own copy. So a new memory costs a
 * chunk table, not its size in zeroed bytes, and an instance made from an image shares the image's
 * chunks until it writes them (what an OS does for Wasmtime with {@code mmap}, page by page).
 *
 * <p>Behaves as Chicory's {@code ByteArrayMemory} (the same exceptions, the same bounds): reads
 * index {@link #chunks}, writes index {@link #owned}, which holds only the chunks this memory owns,
 * so the fast paths are the same two array accesses; a write to a chunk not owned yet takes the
 * slow path once. Shared memories stay {@code ByteArrayMemory}: atomics here need no other thread.
 *
 * <p>For the canonical ABI's strings, {@link #readString} decodes bytes within a chunk where they
 * lie (and gathers bytes across chunks into a buffer it keeps), and {@link #writeCharsBelow}
 * writes a host string's ASCII or Latin-1 chars straight into the chunks: no array of the
 * string's size is made in between.
 */
final class PagedMemory implements Memory {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle GATHER;

    static {
        try {
            GATHER = MethodHandles.lookup().findVarHandle(PagedMemory.class, "gather", SoftReference.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /**
     * Memory is copied on write in chunks of 64 KiB, a Wasm page. 4 KiB chunks (an OS page) would
     * make a first write cheaper (a fresh instance of kit plus one call of {@code echo-string}: 7
     * instead of 20 us), but HotSpot compiled a tight loop of loads (kit's {@code sum-list}) 25%
     * slower with them; with 64 KiB chunks and {@code ByteArrayMemory}'s shape of accessors, loads
     * are exactly as fast as {@code ByteArrayMemory}'s.
     */
    static final int CHUNK_SHIFT = 16;
    static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    /** How many chunks make a 64 KiB Wasm page. */
    static final int CHUNKS_PER_PAGE = PAGE_SIZE / CHUNK_SIZE;

    /** The chunk every unwritten chunk reads; never written. */
    static final byte[] ZERO_CHUNK = new byte[CHUNK_SIZE];

    private final MemoryLimits limits;
    /** Where the images of the module that defines this memory are kept; null: none. */
    private final MemoryImages images;
    /** What each chunk reads: {@link #ZERO_CHUNK}, an image's chunk or an owned one; null past the size. */
    private byte[][] chunks;
    /** The chunks this memory owns (each also in {@link #chunks}); null where it owns none. */
    private byte[][] owned;
    /** The size in 64 KiB pages. */
    private int nPages;
    /** Not yet initialized: the next {@link #initialize} is its defining instance's. */
    private boolean pristine = true;
    private DataSegment[] dataSegments;
    /** What {@link #writeCharsBelow} encodes with, kept for the next string; made on first use. */
    private SingleByteChars singleByteChars;
    /**
     * The buffer {@link #readString} gathers bytes across chunks into, kept for the next string:
     * a new buffer per string is fresh memory, which costs more to touch than the copy into it.
     * Kept softly, so the GC drops it when the heap runs short; null while a reader has it.
     */
    private volatile SoftReference<byte[]> gather;

    PagedMemory(MemoryLimits limits, MemoryImages images) {
        if (limits.shared()) {
            throw new IllegalArgumentException("a shared memory is Chicory's ByteArrayMemory");
        }
        this.limits = limits;
        this.images = images;
        this.nPages = limits.initialPages();
        int capacity = CHUNKS_PER_PAGE * min(Math.max(nPages, 1), maximumPages());
        this.chunks = new byte[capacity][];
        this.owned = new byte[capacity][];
        Arrays.fill(chunks, 0, nChunks(), ZERO_CHUNK);
    }

    // ---- size

    @Override
    public int pages() {
        return nPages;
    }

    private int nChunks() {
        return nPages * CHUNKS_PER_PAGE;
    }

    @Override
    public int grow(int size) {
        int prevPages = nPages;
        int numPages = prevPages + size;
        if (numPages > maximumPages() || numPages < prevPages) {
            return -1;
        }
        int numChunks = numPages * CHUNKS_PER_PAGE;
        if (numChunks > chunks.length) {
            int capacity = CHUNKS_PER_PAGE * min(Math.max(numPages, 2 * chunks.length / CHUNKS_PER_PAGE), maximumPages());
            chunks = Arrays.copyOf(chunks, capacity);
            owned = Arrays.copyOf(owned, capacity);
        }
        Arrays.fill(chunks, nChunks(), numChunks, ZERO_CHUNK);
        nPages = numPages;
        return prevPages;
    }

    @Override
    public int initialPages() {
        return limits.initialPages();
    }

    @Override
    public int maximumPages() {
        return min(limits.maximumPages(), RUNTIME_MAX_PAGES);
    }

    @Override
    public boolean shared() {
        return false;
    }

    private int sizeInBytes() {
        return PAGE_SIZE * nPages;
    }

    // ---- chunks

    /** The chunk {@code index} to write into, made this memory's own first. */
    private byte[] writable(int index) {
        byte[] chunk = owned[index];
        return chunk != null ? chunk : own(index);
    }

    private byte[] own(int index) {
        if (index >= nChunks()) {
            throw new IndexOutOfBoundsException(index);
        }
        byte[] source = chunks[index];
        byte[] chunk = source == ZERO_CHUNK ? new byte[CHUNK_SIZE] : source.clone();
        chunks[index] = chunk;
        owned[index] = chunk;
        return chunk;
    }

    /**
     * Makes the contents and the size {@code image}'s, sharing its chunks until they are written.
     * The image must fit this memory's limits (it was taken of a memory of the same type).
     */
    void restore(MemoryImage image) {
        int size = image.chunkCount();
        if (size > chunks.length) {
            chunks = new byte[size][];
            owned = new byte[size][];
        }
        for (int i = 0; i < size; i++) {
            byte[] chunk = image.chunk(i);
            chunks[i] = chunk == null ? ZERO_CHUNK : chunk;
            owned[i] = null;
        }
        Arrays.fill(chunks, size, chunks.length, null);
        Arrays.fill(owned, size, owned.length, null);
        nPages = image.pages();
    }

    /** A copy of the current contents (a chunk of zeros is not copied). */
    MemoryImage snapshot() {
        byte[][] copy = new byte[nChunks()][];
        for (int i = 0; i < copy.length; i++) {
            byte[] chunk = chunks[i];
            copy[i] = chunk == ZERO_CHUNK || Arrays.equals(chunk, ZERO_CHUNK) ? null : chunk.clone();
        }
        return new MemoryImage(copy);
    }

    /** Whether {@code other} has the same size and bytes. */
    boolean contentEquals(PagedMemory other) {
        if (nPages != other.nPages) {
            return false;
        }
        for (int i = 0; i < nChunks(); i++) {
            if (chunks[i] != other.chunks[i] && !Arrays.equals(chunks[i], other.chunks[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- data segments

    @Override
    public void initialize(Instance instance, DataSegment[] dataSegments) {
        initialize(instance, dataSegments, 0);
    }

    /**
     * Writes the active data segments for memory {@code memoryIndex} of {@code instance}. When
     * that is this memory's first initialization by an instance of the module that defines it,
     * the module's image of it is loaded instead if the segments' offsets match, or recorded.
     */
    @Override
    public void initialize(Instance instance, DataSegment[] dataSegments, int memoryIndex) {
        this.dataSegments = dataSegments;
        boolean fresh = pristine;
        pristine = false;
        if (dataSegments == null) {
            return;
        }
        int[] offsets = DataSegments.offsets(instance, dataSegments, memoryIndex);
        if (offsets.length == 0) {
            return;
        }
        if (!fresh || images == null || !images.of(instance.module())) {
            DataSegments.write(this, dataSegments, memoryIndex, offsets, sizeInBytes());
            return;
        }
        MemoryImages.DataImage image = images.image(memoryIndex);
        if (image != null && image.matches(offsets, nPages)) {
            restore(image.image());
            return;
        }
        DataSegments.write(this, dataSegments, memoryIndex, offsets, sizeInBytes());
        if (image == null) {
            images.record(memoryIndex, offsets, snapshot());
        }
    }

    /** The data segments of the instance that initialized this memory, as {@code memory.init} and {@code data.drop} see them. */
    DataSegment[] dataSegments() {
        return dataSegments;
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        write(dest, dataSegments[segmentId].data(), offset, size);
    }

    @Override
    public void drop(int segment) {
        dataSegments[segment] = PassiveDataSegment.EMPTY;
    }

    // ---- bytes

    private static void checkBounds(int addr, int size, int limit) {
        if (addr < 0 || size < 0 || addr > limit || (size > 0 && ((addr + size) > limit))) {
            throw new WasmRuntimeException("out of bounds memory access: attempted to access address: " + addr
                    + " but limit is: " + limit + " and size: " + size);
        }
    }

    private RuntimeException outOfBounds(RuntimeException e, int addr, int size) {
        if (e instanceof IndexOutOfBoundsException || e instanceof IllegalArgumentException
                || e instanceof NullPointerException || e instanceof NegativeArraySizeException) {
            return new WasmRuntimeException("out of bounds memory access: attempted to access address: " + addr
                    + " but limit is: " + sizeInBytes() + " and size: " + size);
        }
        return e;
    }

    @Override
    public void write(int addr, byte[] data, int offset, int size) {
        checkBounds(offset, size, data.length);
        checkBounds(addr, size, sizeInBytes());
        while (size > 0) {
            int inChunk = addr & CHUNK_MASK;
            int chunk = min(size, CHUNK_SIZE - inChunk);
            System.arraycopy(data, offset, writable(addr >>> CHUNK_SHIFT), inChunk, chunk);
            addr += chunk;
            offset += chunk;
            size -= chunk;
        }
    }

    @Override
    public byte read(int addr) {
        try {
            return chunks[addr >>> CHUNK_SHIFT][addr & CHUNK_MASK];
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 1);
        }
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        checkBounds(addr, len, sizeInBytes());
        byte[] result = new byte[len];
        int destOffset = 0;
        while (destOffset < len) {
            int inChunk = addr & CHUNK_MASK;
            int chunk = min(len - destOffset, CHUNK_SIZE - inChunk);
            System.arraycopy(chunks[addr >>> CHUNK_SHIFT], inChunk, result, destOffset, chunk);
            addr += chunk;
            destOffset += chunk;
        }
        return result;
    }

    /** Copies {@code len} bytes at {@code addr} into {@code dst[offset..]}: {@link #readBytes} without the new array. */
    void read(int addr, byte[] dst, int offset, int len) {
        checkBounds(offset, len, dst.length);
        checkBounds(addr, len, sizeInBytes());
        while (len > 0) {
            int inChunk = addr & CHUNK_MASK;
            int chunk = min(len, CHUNK_SIZE - inChunk);
            System.arraycopy(chunks[addr >>> CHUNK_SHIFT], inChunk, dst, offset, chunk);
            addr += chunk;
            offset += chunk;
            len -= chunk;
        }
    }

    /** Decodes bytes within one chunk where they lie; bytes across chunks are copied together first. */
    @Override
    public String readString(int addr, int len, Charset charset) {
        checkBounds(addr, len, sizeInBytes());
        if (len == 0) {
            return "";
        }
        int inChunk = addr & CHUNK_MASK;
        if (inChunk + len <= CHUNK_SIZE) {
            return new String(chunks[addr >>> CHUNK_SHIFT], inChunk, len, charset);
        }
        return readStringAcrossChunks(addr, len, charset);
    }

    /**
     * Decodes bytes across chunks from a copy of them in {@link #gather}, taken out of the field
     * while in use (so concurrent readers never share it) and put back after.
     */
    private String readStringAcrossChunks(int addr, int len, Charset charset) {
        @SuppressWarnings("unchecked")
        SoftReference<byte[]> kept = (SoftReference<byte[]>) GATHER.getAndSet(this, (SoftReference<byte[]>) null);
        byte[] buffer = kept == null ? null : kept.get();
        if (buffer == null || buffer.length < len) {
            buffer = new byte[len];
            kept = new SoftReference<>(buffer);
        }
        read(addr, buffer, 0, len);
        String s = new String(buffer, 0, len, charset);
        gather = kept;
        return s;
    }

    /**
     * Writes the chars {@code s[from..to)} at {@code addr}, one byte each, up to the first that is
     * not below {@code bound} (0x80 or 0x100); returns how many it wrote ({@link SingleByteChars}).
     */
    int writeCharsBelow(int addr, String s, int from, int to, int bound) {
        SingleByteChars.checkBound(bound);
        checkBounds(addr, to - from, sizeInBytes());
        if (singleByteChars == null) {
            singleByteChars = new SingleByteChars();
        }
        int i = from;
        while (i < to) {
            int inChunk = addr & CHUNK_MASK;
            int n = min(to - i, CHUNK_SIZE - inChunk);
            int written = singleByteChars.write(s, i, i + n, bound, writable(addr >>> CHUNK_SHIFT), inChunk);
            i += written;
            addr += written;
            if (written < n) {
                break;
            }
        }
        return i - from;
    }

    @Override
    public void writeByte(int addr, byte data) {
        try {
            writable(addr >>> CHUNK_SHIFT)[addr & CHUNK_MASK] = data;
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 1);
        }
    }

    // The typed accesses keep ByteArrayMemory's shape (a check that the access fits the chunk,
    // else a slow path of bytes): with another shape HotSpot compiled some loops of loads slower.

    @Override
    public void writeShort(int addr, short data) {
        int off = addr & CHUNK_MASK;
        if (off + 2 <= CHUNK_SIZE) {
            try {
                SHORT.set(writable(addr >>> CHUNK_SHIFT), off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 2);
            }
        } else {
            writeSlow(addr, data, 2);
        }
    }

    @Override
    public void writeI32(int addr, int data) {
        int off = addr & CHUNK_MASK;
        if (off + 4 <= CHUNK_SIZE) {
            try {
                INT.set(writable(addr >>> CHUNK_SHIFT), off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        } else {
            writeSlow(addr, data, 4);
        }
    }

    @Override
    public void writeLong(int addr, long data) {
        int off = addr & CHUNK_MASK;
        if (off + 8 <= CHUNK_SIZE) {
            try {
                LONG.set(writable(addr >>> CHUNK_SHIFT), off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        } else {
            writeSlow(addr, data, 8);
        }
    }

    @Override
    public void writeF32(int addr, float data) {
        int off = addr & CHUNK_MASK;
        if (off + 4 <= CHUNK_SIZE) {
            try {
                FLOAT.set(writable(addr >>> CHUNK_SHIFT), off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        } else {
            writeSlow(addr, Float.floatToRawIntBits(data), 4);
        }
    }

    @Override
    public void writeF64(int addr, double data) {
        int off = addr & CHUNK_MASK;
        if (off + 8 <= CHUNK_SIZE) {
            try {
                DOUBLE.set(writable(addr >>> CHUNK_SHIFT), off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        } else {
            writeSlow(addr, Double.doubleToRawLongBits(data), 8);
        }
    }

    /** A little-endian write of {@code size} bytes that crosses a chunk boundary. */
    private void writeSlow(int addr, long data, int size) {
        checkBounds(addr, size, sizeInBytes());
        for (int i = 0; i < size; i++) {
            writeByte(addr + i, (byte) (data >>> (8 * i)));
        }
    }

    @Override
    public short readShort(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 2 <= CHUNK_SIZE) {
            try {
                return (short) SHORT.get(chunks[addr >>> CHUNK_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 2);
            }
        } else {
            return readShortSlow(addr);
        }
    }

    private short readShortSlow(int addr) {
        return (short) ((read(addr) & 0xFF) | ((read(addr + 1) & 0xFF) << 8));
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public int readInt(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 4 <= CHUNK_SIZE) {
            try {
                return (int) INT.get(chunks[addr >>> CHUNK_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        } else {
            return readIntSlow(addr);
        }
    }

    private int readIntSlow(int addr) {
        return (read(addr) & 0xFF)
                | ((read(addr + 1) & 0xFF) << 8)
                | ((read(addr + 2) & 0xFF) << 16)
                | ((read(addr + 3) & 0xFF) << 24);
    }

    @Override
    public long readLong(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 8 <= CHUNK_SIZE) {
            try {
                return (long) LONG.get(chunks[addr >>> CHUNK_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        } else {
            return readLongSlow(addr);
        }
    }

    private long readLongSlow(int addr) {
        return (readIntSlow(addr) & 0xFFFFFFFFL) | ((long) readIntSlow(addr + 4) << 32);
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public float readFloat(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 4 <= CHUNK_SIZE) {
            try {
                return (float) FLOAT.get(chunks[addr >>> CHUNK_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        } else {
            return Float.intBitsToFloat(readInt(addr));
        }
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    @Override
    public double readDouble(int addr) {
        int off = addr & CHUNK_MASK;
        if (off + 8 <= CHUNK_SIZE) {
            try {
                return (double) DOUBLE.get(chunks[addr >>> CHUNK_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        } else {
            return Double.longBitsToDouble(readLong(addr));
        }
    }

    @Override
    public void zero() {
        Arrays.fill(chunks, 0, nChunks(), ZERO_CHUNK);
        Arrays.fill(owned, null);
    }

    /** Zeroing whole chunks drops them back to the zero chunk; zeroing within it does nothing. */
    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        int addr = fromIndex;
        int remaining = toIndex - fromIndex;
        checkBounds(addr, remaining, sizeInBytes());
        while (remaining > 0) {
            int index = addr >>> CHUNK_SHIFT;
            int inChunk = addr & CHUNK_MASK;
            int chunk = min(remaining, CHUNK_SIZE - inChunk);
            if (value == 0 && chunk == CHUNK_SIZE) {
                chunks[index] = ZERO_CHUNK;
                owned[index] = null;
            } else if (value != 0 || chunks[index] != ZERO_CHUNK) {
                Arrays.fill(writable(index), inChunk, inChunk + chunk, value);
            }
            addr += chunk;
            remaining -= chunk;
        }
    }

    /** {@code memory.copy} within this memory, as {@code memmove}. */
    @Override
    public void copy(int dest, int src, int size) {
        int limit = sizeInBytes();
        checkBounds(dest, size, limit);
        checkBounds(src, size, limit);
        if (dest > src && dest < src + size) {
            copyBackward(dest, src, size);
        } else {
            copyForward(dest, src, size);
        }
    }

    private void copyForward(int dest, int src, int size) {
        while (size > 0) {
            int destOffset = dest & CHUNK_MASK;
            int srcOffset = src & CHUNK_MASK;
            int chunk = min(size, CHUNK_SIZE - Math.max(destOffset, srcOffset));
            byte[] to = writable(dest >>> CHUNK_SHIFT);
            System.arraycopy(chunks[src >>> CHUNK_SHIFT], srcOffset, to, destOffset, chunk);
            dest += chunk;
            src += chunk;
            size -= chunk;
        }
    }

    private void copyBackward(int dest, int src, int size) {
        dest += size;
        src += size;
        while (size > 0) {
            int destInChunk = dest & CHUNK_MASK;
            int srcInChunk = src & CHUNK_MASK;
            int chunk = min(size, min(destInChunk == 0 ? CHUNK_SIZE : destInChunk, srcInChunk == 0 ? CHUNK_SIZE : srcInChunk));
            dest -= chunk;
            src -= chunk;
            byte[] to = writable(dest >>> CHUNK_SHIFT);
            System.arraycopy(chunks[src >>> CHUNK_SHIFT], src & CHUNK_MASK, to, dest & CHUNK_MASK, chunk);
            size -= chunk;
        }
    }

    // ---- atomics: on a non-shared memory, plain accesses under this memory's lock (the interface's defaults)

    @Override
    @SuppressWarnings("removal")
    public Object lock(int address) {
        return this;
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, int expected, long timeout) {
        throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, long expected, long timeout) {
        throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public int notify(int address, int maxThreads) {
        return 0;
    }

    @Override
    public void atomicFence() {
        VarHandle.fullFence();
    }
}
