package dev.weft.binary.validate.names;

import dev.weft.errors.InvalidComponentException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import names or the export names of one scope (a component, component type, instance type or
 * bag of exports), which must be pairwise strongly-unique; attributes play no part.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#name-uniqueness">Explainer: Name Uniqueness</a>
 */
public final class NameSet {
    private final Map<String, ComponentName> byKey = new HashMap<>();
    private final List<ComponentName> names = new ArrayList<>();

    /**
     * Adds {@code name}, or throws "export name `A` conflicts with previous name `a`" (also for
     * {@code [method]a.a} after {@code a}, {@code [static]r.m} after {@code [method]r.m}, ...).
     */
    public void add(ComponentName name, ExternKind kind, long offset) {
        ComponentName previous = byKey.putIfAbsent(name.uniquenessKey(), name);
        if (previous != null) {
            throw new InvalidComponentException(offset, kind.description() + " name `" + name.raw()
                    + "` conflicts with previous name `" + previous.raw() + "`");
        }
        names.add(name);
    }

    /** {@link #add(ComponentName, ExternKind, long)} with {@code kind} {@code "import"}/{@code "export"}. */
    public void add(ComponentName name, String kind, long offset) {
        add(name, ExternKind.of(kind), offset);
    }

    /** The name already in the set that {@code name} is not strongly-unique from, if any. */
    public Optional<ComponentName> conflicting(ComponentName name) {
        return Optional.ofNullable(byKey.get(name.uniquenessKey()));
    }

    /** The names added so far, in order. */
    public List<ComponentName> names() {
        return List.copyOf(names);
    }

    public int size() {
        return names.size();
    }
}
