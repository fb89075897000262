package dev.weft.testsuite.exec;

import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The instances a file registered by name, and the {@link Linker} every instantiation of the file
 * links against: the {@link HostImports} and, for each instance named {@code $X}, an instance
 * import {@code X}. A later instance with the same name replaces the earlier one (Wasmtime's runner
 * allows shadowing); one that failed removes it.
 *
 * <p>Wasmtime registers only the exported core modules and resource types of {@code $X}
 * (functions cannot go from one store's instance into its linker). Weft's {@link Linker} takes
 * a whole instance ({@link Linker#instance(String, Instance)}), so here {@code X} also offers its
 * functions: a component importing a function from {@code X} links under Weft where Wasmtime
 * would call it unlinkable. No test of the spec's suite imports from a registered instance today.
 */
final class Registry {
    private final Engine engine;
    private final Map<String, Instance> registered = new LinkedHashMap<>();

    Registry(Engine engine) {
        this.engine = engine;
    }

    /** Registers {@code instance} under {@code id} ({@code $X} registers {@code X}). */
    void register(String id, Instance instance) {
        registered.put(importName(id), instance);
    }

    /** Forgets what was registered under {@code id}. */
    void unregister(String id) {
        registered.remove(importName(id));
    }

    /** A fresh linker with the host's imports and the registered instances. */
    Linker linker() {
        Linker linker = new Linker(engine);
        HostImports.define(linker);
        registered.forEach(linker::instance);
        return linker;
    }

    /** The import name of a wast id: {@code $X} is {@code X}. */
    static String importName(String id) {
        return id.startsWith("$") ? id.substring(1) : id;
    }
}
