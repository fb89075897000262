package dev.weft.cli;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.Section;
import dev.weft.engine.ModuleCache;
import java.io.PrintStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ModuleCache} that says on stderr when a big core module misses the cache and gets
 * compiled (tens of seconds for a 12 MB module): the user then knows the wait happens once. It
 * knows the modules of the component by the end of their cache keys ({@code sha-256:<base64>} of
 * the bytes, see {@code ChicoryEngine.cacheKey}), and works them out only at the first miss, so
 * that a start from the cache pays nothing for it.
 */
final class CompileProgress implements ModuleCache {
    /** Modules smaller than this compile in about a second: not worth a line. */
    private static final int WORTH_SAYING = 1 << 20;

    private final ModuleCache cache;
    private final byte[] component;
    private final PrintStream err;
    private final int worthSaying;
    /** The sizes of the big core modules by digest; computed at the first miss. */
    private Map<String, Integer> sizes;
    private final Map<String, Long> started = new HashMap<>();

    private CompileProgress(ModuleCache cache, byte[] component, PrintStream err, int worthSaying) {
        this.cache = cache;
        this.component = component;
        this.err = err;
        this.worthSaying = worthSaying;
    }

    /** {@code cache}, reporting on {@code err} the compilations of the big core modules of {@code component}. */
    static ModuleCache around(ModuleCache cache, byte[] component, PrintStream err) {
        return around(cache, component, err, WORTH_SAYING);
    }

    /** As {@link #around(ModuleCache, byte[], PrintStream)}, for modules of {@code worthSaying} bytes or more. */
    static ModuleCache around(ModuleCache cache, byte[] component, PrintStream err, int worthSaying) {
        return component.length < worthSaying ? cache : new CompileProgress(cache, component, err, worthSaying);
    }

    private synchronized Map<String, Integer> sizes() {
        if (sizes == null) {
            sizes = new HashMap<>();
            try {
                collect(ComponentBinary.decode(component), sizes, worthSaying);
            } catch (RuntimeException e) {
                // not decodable: loading reports it properly
            }
        }
        return sizes;
    }

    private static void collect(Component component, Map<String, Integer> sizes, int worthSaying) {
        for (Section s : component.sections()) {
            switch (s) {
                case Section.CoreModule m when m.module().length() >= worthSaying -> sizes.put(digest(m.module()), m.module().length());
                case Section.NestedComponent n -> collect(n.component(), sizes, worthSaying);
                default -> { }
            }
        }
    }

    private static String digest(ByteSlice bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes.buffer(), bytes.offset(), bytes.length());
            return "sha-256:" + Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    /** The {@code sha-256:<base64>} a cache key ends with. */
    private static String digest(String key) {
        int at = key.lastIndexOf("sha-256:");
        return at < 0 ? key : key.substring(at);
    }

    @Override
    public Optional<byte[]> get(String key) {
        Optional<byte[]> hit = cache.get(key);
        if (hit.isEmpty()) compiling(key, "first run; cached afterwards");
        return hit;
    }

    /** The engine could not use the entry: it compiles the module again. */
    @Override
    public void remove(String key) {
        cache.remove(key);
        compiling(key, "the cached code was unusable");
    }

    private void compiling(String key, String why) {
        Integer size = sizes().get(digest(key));
        if (size == null) return;
        err.printf("weft: compiling %d MB core module (%s)…%n", Math.round(size / 1e6), why);
        err.flush();
        synchronized (started) {
            started.put(key, System.nanoTime());
        }
    }

    @Override
    public void putIfAbsent(String key, byte[] data) {
        cache.putIfAbsent(key, data);
        Long start;
        synchronized (started) {
            start = started.remove(key);
        }
        if (start != null) {
            err.printf("weft: compiled in %.1f s%n", (System.nanoTime() - start) / 1e9);
            err.flush();
        }
    }
}
