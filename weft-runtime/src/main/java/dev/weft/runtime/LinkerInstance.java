package dev.weft.runtime;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.link.LinkDefinition;
import dev.weft.types.FuncType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The definitions of one instance in a {@link Linker}, for an instance import such as
 * {@code wasi:cli/environment@0.2.3}: functions, resource types, core modules and nested instances
 * by name.
 *
 * <pre>{@code
 * LinkerInstance types = linker.instance("wasi:filesystem/types@0.2.12");
 * HostResource<MyFile> files = types.resource("descriptor", MyFile.class, MyFile::close);
 * types.func("[method]descriptor.read", args -> { MyFile f = files.get(args.get(0)); ... })
 *      .func("[method]descriptor.stat", type, args -> Optional.of(...));
 * }</pre>
 */
public final class LinkerInstance {
    private final String path;
    /** Each value is a {@link LinkDefinition} or a nested {@link LinkerInstance}. */
    private final Map<String, Object> definitions = new LinkedHashMap<>();

    LinkerInstance(String path) {
        this.path = path;
    }

    /** Defines function {@code name}; its type is checked when it is called. */
    public LinkerInstance func(String name, HostFunction body) {
        return define(name, new LinkDefinition.HostFunc(Optional.empty(), Objects.requireNonNull(body, "body")));
    }

    /** Defines function {@code name} of type {@code type}, checked against the import when linking. */
    public LinkerInstance func(String name, FuncType type, HostFunction body) {
        return define(name, new LinkDefinition.HostFunc(Optional.of(type), Objects.requireNonNull(body, "body")));
    }

    /**
     * Defines function {@code name} as a host function that receives the calling instance, to read
     * its {@linkplain Caller#data(Class) data}; its type is checked when it is called.
     */
    public LinkerInstance func(String name, HostFunction.WithCaller body) {
        return define(name, new LinkDefinition.HostFunc(Optional.empty(), Objects.requireNonNull(body, "body")));
    }

    /** {@link #func(String, HostFunction.WithCaller)} of type {@code type}, checked against the import when linking. */
    public LinkerInstance func(String name, FuncType type, HostFunction.WithCaller body) {
        return define(name, new LinkDefinition.HostFunc(Optional.of(type), Objects.requireNonNull(body, "body")));
    }

    /** Defines function {@code name} as a function of another component instance. */
    public LinkerInstance func(String name, ComponentFunction function) {
        return define(name, new LinkDefinition.InstanceFunc(function.func()));
    }

    /**
     * Defines resource type {@code name} as a new host resource type whose handles stand for Java
     * objects of type {@code javaType}; when a guest drops an owning handle, {@code destructor}
     * disposes of its object. Every component linked with this definition sees the one type returned.
     *
     * @return the resource type, to make and read handles in host functions
     */
    public <T> HostResource<T> resource(String name, Class<T> javaType, HostResource.Destructor<? super T> destructor) {
        HostResource<T> resource = HostResource.of(name, javaType, destructor);
        resource(name, resource);
        return resource;
    }

    /**
     * {@link #resource(String, Class, HostResource.Destructor)} whose objects are closed when dropped
     * if they are {@link AutoCloseable}.
     */
    public <T> HostResource<T> resource(String name, Class<T> javaType) {
        HostResource<T> resource = HostResource.of(name, javaType);
        resource(name, resource);
        return resource;
    }

    /**
     * Defines resource type {@code name} as {@code type}: a {@link HostResource}, or the resource type
     * of another component instance ({@link Instance#resourceType}). A component importing it then
     * shares that very type: handles pass between them.
     */
    public LinkerInstance resource(String name, RuntimeResourceType type) {
        return define(name, new LinkDefinition.Resource(Objects.requireNonNull(type, "type").definition()));
    }

    /** Defines the core module import {@code name} (see {@link Engine#compileModule}, {@link Instance#coreModule}). */
    public LinkerInstance module(String name, CoreModule module) {
        return define(name, new LinkDefinition.Module(Objects.requireNonNull(module, "module")));
    }

    /** The nested instance {@code name}, created empty on first use. */
    public LinkerInstance instance(String name) {
        Object existing = definitions.get(name);
        if (existing instanceof LinkerInstance i) return i;
        if (existing != null) throw alreadyDefined(name);
        LinkerInstance i = new LinkerInstance(path.isEmpty() ? name : path + "/" + name);
        definitions.put(name, i);
        return i;
    }

    LinkerInstance define(String name, LinkDefinition definition) {
        Objects.requireNonNull(name, "name");
        if (definitions.putIfAbsent(name, definition) != null) throw alreadyDefined(name);
        return this;
    }

    /** What is defined under {@code name}: a {@link LinkDefinition}, a {@link LinkerInstance}, or null. */
    Object get(String name) {
        return definitions.get(name);
    }

    Map<String, Object> definitions() {
        return definitions;
    }

    /** A snapshot: later definitions do not change what was linked. */
    LinkDefinition.HostInstance snapshot() {
        Map<String, LinkDefinition> out = new LinkedHashMap<>();
        definitions.forEach((k, v) -> out.put(k, v instanceof LinkerInstance i ? i.snapshot() : (LinkDefinition) v));
        return new LinkDefinition.HostInstance(out);
    }

    private IllegalArgumentException alreadyDefined(String name) {
        return new IllegalArgumentException("`" + name + "` is already defined" + (path.isEmpty() ? "" : " in instance `" + path + "`"));
    }
}
