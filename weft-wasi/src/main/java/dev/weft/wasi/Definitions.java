package dev.weft.wasi;

import dev.weft.runtime.HostFunction;
import dev.weft.runtime.Linker;
import dev.weft.runtime.RuntimeResourceType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a WASI module puts its functions and resource types, by interface name without version
 * ({@code wasi:io/streams}; {@link Wasi#VERSION} is added): into a {@link Linker}, and always into
 * a table that tests read back ({@link #function}) to call one host function directly, without a
 * guest.
 */
public final class Definitions {
    private final Optional<Linker> linker;
    private final Map<String, HostFunction> functions = new LinkedHashMap<>();
    private final Map<String, RuntimeResourceType> resources = new LinkedHashMap<>();

    private Definitions(Optional<Linker> linker) {
        this.linker = linker;
    }

    /** Definitions that go into {@code linker} (and the table). */
    public static Definitions into(Linker linker) {
        return new Definitions(Optional.of(Objects.requireNonNull(linker, "linker")));
    }

    /** Definitions kept in the table only, for tests. */
    public static Definitions recording() {
        return new Definitions(Optional.empty());
    }

    /** Defines function {@code name} of interface {@code iface} (e.g. {@code wasi:cli/environment}). */
    public Definitions func(String iface, String name, HostFunction body) {
        if (functions.putIfAbsent(key(iface, name), body) != null) throw duplicate(iface, name);
        linker.ifPresent(l -> l.instance(Wasi.name(iface)).func(name, body));
        return this;
    }

    /** Defines resource type {@code name} of interface {@code iface} as {@code type}. */
    public Definitions resource(String iface, String name, RuntimeResourceType type) {
        if (resources.putIfAbsent(key(iface, name), type) != null) throw duplicate(iface, name);
        linker.ifPresent(l -> l.instance(Wasi.name(iface)).resource(name, type));
        return this;
    }

    /**
     * The function {@code name} of {@code iface}.
     *
     * @throws IllegalArgumentException if it was not defined
     */
    public HostFunction function(String iface, String name) {
        HostFunction f = functions.get(key(iface, name));
        if (f == null) throw new IllegalArgumentException("no function `" + name + "` in `" + iface + "`; defined: " + functions.keySet());
        return f;
    }

    /** Every function defined, as {@code iface#name}. */
    public Set<String> functionNames() {
        return Collections.unmodifiableSet(functions.keySet());
    }

    private static String key(String iface, String name) {
        return iface + "#" + name;
    }

    private static IllegalArgumentException duplicate(String iface, String name) {
        return new IllegalArgumentException("`" + name + "` is already defined in `" + iface + "`");
    }
}
