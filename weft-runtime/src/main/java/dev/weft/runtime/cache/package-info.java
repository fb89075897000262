/**
 * An on-disk cache of compiled core modules, so that a second start of the same component skips
 * compiling its core modules to JVM bytecode (Chicory's compiler is the slow part of loading).
 *
 * <p>Entries are keyed by the SHA-256 of the module's bytes (the digest Chicory's parser computes)
 * and scoped by {@link dev.weft.runtime.cache.EngineVersion}; each holds the jar of generated
 * classes that Chicory's {@code MachineFactoryCompiler.Builder.withCache} reads and writes, checked
 * by its own SHA-256 so a damaged file is a miss, written atomically so processes can share the
 * directory. {@link dev.weft.runtime.cache.ChicoryCache} adapts the engine-neutral
 * {@link dev.weft.runtime.cache.ModuleCache} to Chicory.
 *
 * <p>Not wired into {@link dev.weft.runtime.Engine} yet: the engine seam compiles modules inside
 * {@code dev.weft.engine.chicory} and offers no way to hand it a cache. It needs an engine-neutral
 * cache interface of this shape in {@code dev.weft.engine}, an option carrying it in
 * {@code CoreEngine.Options}, and one call, {@code .withCache(...)}, where {@code ChicoryEngine}
 * builds its compiler.
 */
package dev.weft.runtime.cache;

import dev.weft.engine.ModuleCache;
import dev.weft.engine.chicory.ChicoryCache;
