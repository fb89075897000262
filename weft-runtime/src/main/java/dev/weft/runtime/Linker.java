package dev.weft.runtime;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.instance.ResolvedImports;
import dev.weft.runtime.link.ImportResolver;
import dev.weft.runtime.link.LinkDefinition;
import dev.weft.runtime.link.VersionedNames;
import dev.weft.runtime.plan.ImportNode;
import dev.weft.runtime.plan.Plan;
import dev.weft.types.FuncType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Definitions for the imports of components, by name: host functions, host instances, the exports
 * of other component instances, compiled core modules. {@link #instantiatePre} matches a
 * component's imports against them once (versioned interface names match semver-compatibly: a
 * definition of {@code wasi:io/streams@0.2.3} serves an import of {@code wasi:io/streams@0.2.12}).
 *
 * <pre>{@code
 * Linker linker = new Linker(engine);
 * linker.func("log", args -> { System.out.println(args.get(0)); return Optional.empty(); });
 * linker.instance("wasi:cli/environment@0.2.3").func("get-arguments", args -> ...);
 * HostResource<MyFile> files = linker.instance("wasi:filesystem/types@0.2.3").resource("descriptor", MyFile.class);
 * linker.instance("bench:kit/api", otherInstance.exportedInstance("bench:kit/api").orElseThrow());
 * InstancePre pre = linker.instantiatePre(component);
 * }</pre>
 *
 * <p>An imported resource type becomes the run-time type defined for it: a {@link HostResource},
 * or another instance's ({@link Instance#resourceType}); the component's function types then name
 * that type, so handles type-check across the boundary. Type exports of an imported instance need
 * no definition (records, variants, resources declared equal to an earlier import).
 *
 * <p>Defining a name twice is an {@link IllegalArgumentException}. Not thread-safe while being
 * defined; an {@link InstancePre} is independent of later changes.
 */
public final class Linker {
    private final Engine engine;
    private final LinkerInstance root = new LinkerInstance("");

    public Linker(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Defines the function import {@code name}; argument and result types are checked on each call. */
    public Linker func(String name, HostFunction body) {
        root.func(name, body);
        return this;
    }

    /** Defines the function import {@code name} of type {@code type}, checked against the import when linking. */
    public Linker func(String name, FuncType type, HostFunction body) {
        root.func(name, type, body);
        return this;
    }

    /**
     * Defines the function import {@code name} as a host function that receives the calling
     * instance ({@link Caller}), e.g. to read the per-instance data given to
     * {@link InstancePre#instantiate(Limits, Object)}.
     */
    public Linker func(String name, HostFunction.WithCaller body) {
        root.func(name, body);
        return this;
    }

    /** {@link #func(String, HostFunction.WithCaller)} of type {@code type}, checked against the import when linking. */
    public Linker func(String name, FuncType type, HostFunction.WithCaller body) {
        root.func(name, type, body);
        return this;
    }

    /** Satisfies the function import {@code name} with a function of another component instance. */
    public Linker func(String name, ComponentFunction function) {
        root.func(name, function);
        return this;
    }

    /** The host instance {@code name}, to define its functions and resources; created empty on first use. */
    public LinkerInstance instance(String name) {
        return root.instance(name);
    }

    /**
     * Satisfies the instance import {@code name} with (an exported instance of) another component
     * instance: shared-nothing, each keeps its own memory; calls go through lifting and lowering.
     */
    public Linker instance(String name, Instance instance) {
        root.define(name, new LinkDefinition.ComponentExports(instance.items(), instance.frame()));
        return this;
    }

    /** Satisfies the core module import {@code name} (see {@link Engine#compileModule}, {@link Instance#coreModule}). */
    public Linker module(String name, CoreModule module) {
        root.module(name, module);
        return this;
    }

    /**
     * Defines the resource type import {@code name} as a new host resource type
     * (see {@link LinkerInstance#resource(String, Class, HostResource.Destructor)}).
     */
    public <T> HostResource<T> resource(String name, Class<T> javaType, HostResource.Destructor<? super T> destructor) {
        return root.resource(name, javaType, destructor);
    }

    /** Defines the resource type import {@code name} as a new host resource type (see {@link LinkerInstance#resource(String, Class)}). */
    public <T> HostResource<T> resource(String name, Class<T> javaType) {
        return root.resource(name, javaType);
    }

    /** Defines the resource type import {@code name} as {@code type} (see {@link LinkerInstance#resource(String, RuntimeResourceType)}). */
    public Linker resource(String name, RuntimeResourceType type) {
        root.resource(name, type);
        return this;
    }

    /**
     * Defines every import of {@code component} that is not defined yet (functions and resources
     * inside defined instances included) as functions that trap with {@code unknown import `X`
     * called} when called, like Wasmtime's {@code --trap-unknown-imports}.
     */
    public Linker defineUnknownImportsAsTraps(Component component) {
        for (Plan.RootImport imp : component.plan().imports()) {
            Optional<String> key = VersionedNames.find(root.definitions(), imp.name());
            if (key.isEmpty()) root.define(imp.name(), new LinkDefinition.Traps());
            else if (root.get(key.get()) instanceof LinkerInstance i) fillWithTraps(i, imp.node());
        }
        return this;
    }

    private static void fillWithTraps(LinkerInstance instance, ImportNode node) {
        if (!(node instanceof ImportNode.Instance in)) return;
        for (Map.Entry<String, ImportNode> e : in.exports().entrySet()) {
            Object existing = instance.get(e.getKey());
            if (existing == null) instance.define(e.getKey(), new LinkDefinition.Traps());
            else if (existing instanceof LinkerInstance nested) fillWithTraps(nested, e.getValue());
        }
    }

    /**
     * Resolves and type-checks every import of {@code component}.
     *
     * @throws UnlinkableException naming the first import that is missing or has the wrong type
     * @throws IllegalArgumentException if the component was loaded with another engine
     */
    public InstancePre instantiatePre(Component component) {
        if (component.engine() != engine) {
            throw new IllegalArgumentException("the component was loaded with another engine than this linker's");
        }
        ResolvedImports imports = ImportResolver.resolve(component.plan(), root.snapshot().exports());
        return new InstancePre(component, imports);
    }

    /** {@code instantiatePre(component).instantiate()}. */
    public Instance instantiate(Component component) {
        return instantiatePre(component).instantiate();
    }

    public Engine engine() {
        return engine;
    }
}
