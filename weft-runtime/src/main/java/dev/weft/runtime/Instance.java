package dev.weft.runtime;

import dev.weft.runtime.instance.Frame;
import dev.weft.runtime.link.VersionedNames;
import dev.weft.runtime.plan.Item;
import dev.weft.types.ExternType;
import java.util.Map;
import java.util.Optional;

/**
 * A component instance, or an instance it exports: its exports by name. Each has its own state
 * (memories, handle tables); nothing is shared with other instances of the same component. Not
 * thread-safe: call one instance from one thread at a time.
 *
 * <p>Names may carry a semver-compatible version ({@code wasi:cli/run@0.2.0} finds an export
 * {@code wasi:cli/run@0.2.3}), and {@link #func} accepts {@code instance#function}.
 */
public final class Instance {
    private final String name;
    private final Frame frame;
    private final Map<String, Item> items;
    private final Map<String, ExternType> types;

    Instance(String name, Frame frame, Map<String, Item> items, Map<String, ExternType> types) {
        this.name = name;
        this.frame = frame;
        this.items = items;
        this.types = types;
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
        Optional<String> key = VersionedNames.find(items, name);
        if (key.isPresent()) {
            return items.get(key.get()) instanceof Item.Func f
                    ? Optional.of(new ComponentFunction(path(key.get()), frame.func(f.slot())))
                    : Optional.empty();
        }
        int hash = name.lastIndexOf('#');
        if (hash < 0) return Optional.empty();
        return exportedInstance(name.substring(0, hash)).flatMap(i -> i.func(name.substring(hash + 1)));
    }

    /** Function {@code function} of the exported instance {@code instance}. */
    public Optional<ComponentFunction> func(String instance, String function) {
        return exportedInstance(instance).flatMap(i -> i.func(function));
    }

    /** The exported instance {@code name}. */
    public Optional<Instance> exportedInstance(String name) {
        return VersionedNames.find(items, name).flatMap(key -> {
            if (items.get(key) instanceof Item.Instance i && types.get(key) instanceof ExternType.Instance t) {
                return Optional.of(new Instance(path(key), frame, i.exports(), t.type().exports()));
            }
            return Optional.empty();
        });
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
