/**
 * An on-disk cache of compiled core modules, so that a second start of the same component skips
 * compiling its core modules to JVM bytecode (Chicory's compiler is the slow part of loading), and
 * skips validating and most of parsing them too.
 *
 * <p>{@link dev.weft.runtime.cache.DiskModuleCache} is a {@link dev.weft.engine.ModuleCache}; the
 * engine chooses keys and contents ({@code dev.weft.engine.chicory.ChicoryEngine.cacheKey}: the
 * SHA-256 of the module's bytes, the Chicory version, the compiler settings), and the directory is
 * further scoped by {@link dev.weft.runtime.cache.EngineVersion}. Each file is checked by the
 * SHA-256 of its key and payload, so a damaged or misplaced file is a miss; files are written
 * atomically so processes can share the directory. {@link dev.weft.engine.chicory.ChicoryCache}
 * adapts a {@link dev.weft.engine.ModuleCache} to Chicory's own compiler cache, for code that
 * drives Chicory directly. {@link dev.weft.runtime.Engine.Builder#cacheDirectory} and
 * {@code weft run} use it.
 */
package dev.weft.runtime.cache;
