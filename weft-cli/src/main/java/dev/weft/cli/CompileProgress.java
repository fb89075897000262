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
 * knows the modules of the component by their cache keys ({@code sha-256:<base64>} of the bytes,
 * as Chicory names them).
 */
final class CompileProgress implements ModuleCache {
    /** Modules smaller than this compile in about a second: not worth a line. */
    private static final int WORTH_SAYING = 1 << 20;

    private final ModuleCache cache;
    private final Map<String, Integer> sizes;
    private final PrintStream err;
    private final Map<String, Long> started = new HashMap<>();

    private CompileProgress(ModuleCache cache, Map<String, Integer> sizes, PrintStream err) {
        this.cache = cache;
        this.sizes = sizes;
        this.err = err;
    }

    /** {@code cache}, reporting on {@code err} the compilations of the big core modules of {@code component}. */
    static ModuleCache around(ModuleCache cache, byte[] component, PrintStream err) {
        Map<String, Integer> sizes = new HashMap<>();
        try {
            collect(ComponentBinary.decode(component), sizes);
        } catch (RuntimeException e) {
            return cache; // not decodable: loading reports it properly
        }
        return sizes.isEmpty() ? cache : new CompileProgress(cache, sizes, err);
    }

    private static void collect(Component component, Map<String, Integer> sizes) {
        for (Section s : component.sections()) {
            switch (s) {
                case Section.CoreModule m when m.module().length() >= WORTH_SAYING -> sizes.put(key(m.module()), m.module().length());
                case Section.NestedComponent n -> collect(n.component(), sizes);
                default -> { }
            }
        }
    }

    private static String key(ByteSlice bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes.buffer(), bytes.offset(), bytes.length());
            return "sha-256:" + Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        Optional<byte[]> hit = cache.get(key);
        Integer size = sizes.get(key);
        if (hit.isEmpty() && size != null) {
            err.printf("weft: compiling %d MB core module (first run; cached afterwards)…%n", Math.round(size / 1e6));
            err.flush();
            synchronized (started) {
                started.put(key, System.nanoTime());
            }
        }
        return hit;
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
