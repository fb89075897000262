package dev.weft.engine.chicory;

import com.dylibso.chicory.wasm.WasmModule;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A module's data images: for each memory it defines (by memory index), its contents right after
 * its active data segments were written, recorded by the first instance that writes them and
 * loaded by later ones whose segments go to the same offsets. Thread-safe: the first image
 * recorded stays.
 */
final class MemoryImages {
    /** A memory's contents after its data segments were written at {@code offsets}. */
    record DataImage(int[] offsets, MemoryImage image) {
        boolean matches(int[] offsets, int pages) {
            return image.pages() == pages && Arrays.equals(this.offsets, offsets);
        }
    }

    private final WasmModule module;
    private volatile WasmModule withoutStart;
    private final AtomicReferenceArray<DataImage> images;

    MemoryImages(WasmModule module, int memories) {
        this.module = module;
        this.images = new AtomicReferenceArray<>(memories);
    }

    /** Whether {@code m}'s data segments are the ones these images hold: the module's, or its copy without a start function. */
    boolean of(WasmModule m) {
        return m == module || (m != null && m == withoutStart);
    }

    /** Declares {@code copy} (the module without its start section, {@link StartImages}) the same module. */
    void alias(WasmModule copy) {
        withoutStart = copy;
    }

    DataImage image(int memoryIndex) {
        return memoryIndex < images.length() ? images.get(memoryIndex) : null;
    }

    void record(int memoryIndex, int[] offsets, MemoryImage image) {
        if (memoryIndex < images.length()) images.compareAndSet(memoryIndex, null, new DataImage(offsets, image));
    }
}
