package dev.weft.engine;

import java.util.Optional;

/**
 * A store of compiled core modules: the engine's compilation output (for Chicory, a jar of the
 * generated JVM classes) by key. The key names the module's bytes ({@code "sha-256:<base64>"}, the
 * digest Chicory's parser computes); the cache itself scopes entries by engine version.
 *
 * <p>This is exactly the shape of Chicory's {@code com.dylibso.chicory.compiler.Cache} (see
 * {@code dev.weft.engine.chicory.ChicoryCache}), kept engine-neutral so that the engine seam can take it.
 */
public interface ModuleCache {
    /** The compiled form stored for {@code key}, if any (a damaged entry reads as absent). */
    Optional<byte[]> get(String key);

    /** Stores {@code data} for {@code key} unless someone (another thread or process) already did. */
    void putIfAbsent(String key, byte[] data);
}
