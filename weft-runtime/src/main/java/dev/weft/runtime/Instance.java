package dev.weft.runtime;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.instance.Frame;
import dev.weft.runtime.link.VersionedNames;
import dev.weft.runtime.plan.Item;
import dev.weft.types.ExternType;
import java.util.Map;
import java.util.Optional;

/**
 * A component instance, or an instance it exports: its exports by name. Each has its own state
 * (memories, handle tables, resource types); nothing is shared with other instances of the same
 * component. Not thread-safe: call one instance from one thread at a time. It may carry host data of
 * its own ({@link #data(Class)}), which {@link #close()} closes.
 *
 * <p>Names may carry a semver-compatible version ({@code wasi:cli/run@0.2.0} finds an export
 * {@code wasi:cli/run@0.2.3}), and {@link #func}, {@link #resourceType} and {@link #coreModule}
 * accept {@code instance#name} for an export of an exported instance.
 *
 * <p>Besides calling its functions, another component can be linked against an instance: all its
 * exports ({@link Linker#instance(String, Instance)}), or only its resource types and core modules
 * ({@link LinkerInstance#resource(String, RuntimeResourceType)}, {@link LinkerInstance#module}),
 * which keep their identity: a component importing the resource type shares this instance's.
 */
public final class Instance implements AutoCloseable {
    private final String name;
    private final Frame frame;
    private final Map<String, Item> items;
    private final Map<String, ExternType> types;
    private final Caller caller;

    Instance(String name, Frame frame, Map<String, Item> items, Map<String, ExternType> types, Caller caller) {
        this.name = name;
        this.frame = frame;
        this.items = items;
        this.types = types;
        this.caller = caller;
    }

    /** The data this instance was instantiated with ({@link InstancePre#instantiate(Limits, Object)}), or null. */
    public Object data() {
        return caller.data();
    }

    /**
     * The instance's data as a {@code type}.
     *
     * @throws IllegalStateException if it has no data, or data of another type
     */
    public <T> T data(Class<T> type) {
        return caller.data(type);
    }

    /** The instance's data if it is a {@code type}. */
    public <T> Optional<T> optionalData(Class<T> type) {
        return caller.optionalData(type);
    }

    /**
     * Discards the instance's host state: closes its {@linkplain #data() data} if that is
     * {@link AutoCloseable} (once, however often this is called, also through an exported instance,
     * which shares the data). Nothing else needs closing: memories and tables are reclaimed with the
     * instance. Calling into the instance afterwards is not prevented, but its host functions then
     * see closed data. An instance without data has nothing to close.
     *
     * @throws RuntimeException what closing the data threw (a checked exception wrapped)
     */
    @Override
    public void close() {
        caller.closeData();
    }

    /** The exports with their types, in order. */
    public Map<String, ExternType> exports() {
        return types;
    }

    /**
     * The exported function {@code name}: a function export of this instance, or
     * {@code instance#function} for a function of an exported instance.
     */
    public Optional<ComponentFunction> func(String name) {
        return export(name, (instance, key, item) -> item instanceof Item.Func f
                ? Optional.of(new ComponentFunction(instance.path(key), instance.frame.func(f.slot())))
                : Optional.empty());
    }

    /** Function {@code function} of the exported instance {@code instance}. */
    public Optional<ComponentFunction> func(String instance, String function) {
        return exportedInstance(instance).flatMap(i -> i.func(function));
    }

    /**
     * The exported resource type {@code name} (or {@code instance#name}): the run-time type this
     * instance's handles of it carry, e.g. to define it for another component's import
     * ({@link LinkerInstance#resource(String, RuntimeResourceType)}) or to build handle types.
     */
    public Optional<RuntimeResourceType> resourceType(String name) {
        return export(name, (instance, key, item) -> item instanceof Item.Type t && t.resource().isPresent()
                ? Optional.of(new RuntimeResourceType(instance.frame.resource(t.resource().get())))
                : Optional.empty());
    }

    /**
     * The exported core module {@code name} (or {@code instance#name}), compiled: e.g. to satisfy
     * another component's module import ({@link LinkerInstance#module}).
     */
    public Optional<CoreModule> coreModule(String name) {
        return export(name, (instance, key, item) -> item instanceof Item.CoreModule m
                ? Optional.of(instance.frame.module(m.slot()))
                : Optional.empty());
    }

    /** The exported instance {@code name}. */
    public Optional<Instance> exportedInstance(String name) {
        return VersionedNames.find(items, name).flatMap(key -> {
            if (items.get(key) instanceof Item.Instance i && types.get(key) instanceof ExternType.Instance t) {
                return Optional.of(new Instance(path(key), frame, i.exports(), t.type().exports(), caller));
            }
            return Optional.empty();
        });
    }

    /** What an export found under {@code key} of {@code instance} is, if of the kind wanted. */
    @FunctionalInterface
    private interface ExportReader<T> {
        Optional<T> read(Instance instance, String key, Item item);
    }

    /** Export {@code name} of this instance, else {@code instance#export} of an exported instance. */
    private <T> Optional<T> export(String name, ExportReader<T> reader) {
        Optional<String> key = VersionedNames.find(items, name);
        if (key.isPresent()) return reader.read(this, key.get(), items.get(key.get()));
        int hash = name.lastIndexOf('#');
        if (hash < 0) return Optional.empty();
        return exportedInstance(name.substring(0, hash)).flatMap(i -> i.export(name.substring(hash + 1), reader));
    }

    /** The run-time slots, for linking this instance into another component. */
    Frame frame() {
        return frame;
    }

    /** The exports as the plan resolved them. */
    Map<String, Item> items() {
        return items;
    }

    private String path(String export) {
        if (name.isEmpty()) return export;
        return name + (name.contains("#") ? "/" : "#") + export;
    }

    @Override
    public String toString() {
        return "Instance" + (name.isEmpty() ? "" : " " + name) + types.keySet();
    }
}
