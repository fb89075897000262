package dev.weft.testsuite.exec;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.runtime.RuntimeResourceType;
import dev.weft.types.ExternType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The instances a file registered by name, and the {@link Linker} every instantiation of the file
 * links against: the {@link HostImports} and, for each instance named {@code $X}, an instance
 * import {@code X}.
 *
 * <p>As Wasmtime's wast runner ({@code WastContext::module} in {@code crates/wast/src/wast.rs})
 * registers a component instance, {@code X} holds only the exported core modules and resource
 * types of {@code $X} (its top-level exports of those kinds, under their export names), not its
 * functions, values or instances: a component importing a function from {@code X} is unlinkable.
 * The resource types keep their identity ({@link Instance#resourceType}): handles of {@code $X}'s
 * resources pass to and from the importer. A later instance with the same name replaces the earlier
 * one, as Wasmtime's linker allows shadowing (also of the host's names, e.g. {@code host}); one that
 * failed removes it.
 */
final class Registry {
    private final Engine engine;
    private final HostImports host;
    private final Map<String, Registered> registered = new LinkedHashMap<>();

    /** What {@code X} offers: the core modules and resource types {@code $X} exports. */
    private record Registered(Map<String, CoreModule> modules, Map<String, RuntimeResourceType> resources) {
        void define(LinkerInstance target) {
            modules.forEach(target::module);
            resources.forEach(target::resource);
        }
    }

    Registry(Engine engine, HostImports host) {
        this.engine = engine;
        this.host = host;
    }

    /** Registers {@code instance} under {@code id} ({@code $X} registers {@code X}). */
    void register(String id, Instance instance) {
        Map<String, CoreModule> modules = new LinkedHashMap<>();
        Map<String, RuntimeResourceType> resources = new LinkedHashMap<>();
        instance.exports().forEach((name, type) -> {
            switch (type) {
                case ExternType.CoreModule m -> modules.put(name, instance.coreModule(name).orElseThrow(
                        () -> new IllegalStateException("the instance does not give its core module export `" + name + "`")));
                case ExternType.Type t -> instance.resourceType(name).ifPresent(r -> resources.put(name, r));
                case ExternType.Func f -> { }
                case ExternType.Value v -> { }
                case ExternType.Component c -> { }
                case ExternType.Instance i -> { }
            }
        });
        registered.put(importName(id), new Registered(modules, resources));
    }

    /** Forgets what was registered under {@code id}. */
    void unregister(String id) {
        registered.remove(importName(id));
    }

    /** A fresh linker with the host's imports and the registered instances. */
    Linker linker() {
        Linker linker = new Linker(engine);
        host.define(linker, registered.keySet());
        registered.forEach((name, exports) -> exports.define(linker.instance(name)));
        return linker;
    }

    /** The import name of a wast id: {@code $X} is {@code X}. */
    static String importName(String id) {
        return id.startsWith("$") ? id.substring(1) : id;
    }
}
