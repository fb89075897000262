package dev.weft.engine.chicory;

/**
 * The contents of a linear memory at some moment, in {@link PagedMemory#CHUNK_SIZE} chunks:
 * immutable, shared (copy on write) by every {@link PagedMemory} loaded from it.
 *
 * @param chunks each chunk's bytes, null for a chunk of zeros; never written
 */
record MemoryImage(byte[][] chunks) {
    /** The size in 64 KiB pages. */
    int pages() {
        return chunks.length / PagedMemory.CHUNKS_PER_PAGE;
    }

    int chunkCount() {
        return chunks.length;
    }

    /** The bytes of chunk {@code index}, or null for zeros. */
    byte[] chunk(int index) {
        return chunks[index];
    }
}
