package dev.weft.engine;

import java.util.Optional;

/**
 * A store of compiled core modules: the engine's compilation output by key. The engine chooses the
 * keys: for Chicory, {@code dev.weft.engine.chicory.ChicoryEngine.cacheKey} names the module's
 * bytes (their SHA-256), the Chicory version and the compiler settings, and the entry holds the
 * generated JVM classes and what they need of the module. An engine that finds an entry trusts it
 * to come from a module that validated (it skips validation), so a cache must hand back exactly
 * the bytes stored under the key, or nothing.
 *
 * <p>Chicory's own {@code com.dylibso.chicory.compiler.Cache} has the shape of the first two
 * methods (see {@code dev.weft.engine.chicory.ChicoryCache}), kept engine-neutral here so that the
 * engine seam can take it.
 */
public interface ModuleCache {
    /** The compiled form stored for {@code key}, if any (a damaged entry reads as absent). */
    Optional<byte[]> get(String key);

    /** Stores {@code data} for {@code key} unless someone (another thread or process) already did. */
    void putIfAbsent(String key, byte[] data);

    /**
     * Forgets the entry of {@code key}, if any: the engine could not use it (damaged, or written by
     * an incompatible version) and compiles the module again, then stores the result. The default
     * does nothing, so the next {@link #putIfAbsent} keeps the old entry.
     */
    default void remove(String key) {}
}
