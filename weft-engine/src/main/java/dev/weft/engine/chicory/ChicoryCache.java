package dev.weft.engine.chicory;

import dev.weft.engine.ModuleCache;

import com.dylibso.chicory.compiler.Cache;
import java.util.Objects;

/**
 * A {@link ModuleCache} as Chicory's compiler cache, for code that drives Chicory directly:
 * {@code MachineFactoryCompiler.builder(module).withCache(new ChicoryCache(cache))} loads the
 * generated classes from the cache when the module's digest is there, and stores them after
 * compiling when it is not. {@link ChicoryEngine} does not go through it: its entries have keys
 * and contents of their own ({@link ChicoryEngine#cacheKey}), so the two never mix in one cache.
 */
public final class ChicoryCache implements Cache {
    private final ModuleCache cache;

    public ChicoryCache(ModuleCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public byte[] get(String key) {
        return cache.get(key).orElse(null);
    }

    @Override
    public void putIfAbsent(String key, byte[] data) {
        cache.putIfAbsent(key, data);
    }
}
