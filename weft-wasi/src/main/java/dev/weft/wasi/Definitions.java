package dev.weft.wasi;

import dev.weft.runtime.Caller;
import dev.weft.runtime.HostFunction;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.runtime.RuntimeResourceType;
import dev.weft.runtime.Trap;
import dev.weft.types.FuncType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a WASI module puts its functions and resource types, by interface name without version
 * ({@code wasi:io/streams}; {@link Wasi#VERSION} is added): into a {@link Linker}, and always into
 * a table that tests read back ({@link #function}) to call one host function directly, without a
 * guest.
 *
 * <p>It is also the one place where WASI is linked once for contexts given per instance
 * ({@link Wasi#addToLinker(Linker)}): every module defines its functions as closures over one
 * {@link WasiContext}, so {@link #linkPerInstance} defines, for each function a template context
 * records, a {@link HostFunction.WithCaller} that takes the calling instance's context
 * ({@link WasiContext#of(Caller)}) and calls that context's own closure, found by index in its
 * module's table ({@link #moduleTable}, recorded per context when one of the module's functions is
 * first called). The resource types are constants shared by
 * every context, so the ones linked are the ones every context's functions use.
 */
public final class Definitions {
    /** One function as defined: its interface (unversioned), name, declared type if any, body. */
    private record Entry(String iface, String name, Optional<FuncType> type, HostFunction body) {}

    private final Optional<Linker> linker;
    private final Map<String, HostFunction> functions = new LinkedHashMap<>();
    private final Map<String, RuntimeResourceType> resources = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

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
        return define(iface, name, Optional.empty(), body);
    }

    /**
     * Defines function {@code name} of type {@code type} (checked against the import when linking)
     * of interface {@code iface}, which may carry a version ({@code wasi:sockets/tcp@0.2.12}).
     */
    public Definitions func(String iface, String name, FuncType type, HostFunction body) {
        return define(unversioned(iface), name, Optional.of(type), body);
    }

    private Definitions define(String iface, String name, Optional<FuncType> type, HostFunction body) {
        Objects.requireNonNull(body, "body");
        if (functions.putIfAbsent(key(iface, name), body) != null) throw duplicate(iface, name);
        entries.add(new Entry(iface, name, type, body));
        linker.ifPresent(l -> {
            LinkerInstance i = l.instance(Wasi.name(iface));
            if (type.isPresent()) i.func(name, type.get(), body);
            else i.func(name, body);
        });
        return this;
    }

    /** Defines resource type {@code name} of interface {@code iface} (which may carry a version) as {@code type}. */
    public Definitions resource(String iface, String name, RuntimeResourceType type) {
        String unversioned = unversioned(iface);
        if (resources.putIfAbsent(key(unversioned, name), type) != null) throw duplicate(unversioned, name);
        linker.ifPresent(l -> l.instance(Wasi.name(unversioned)).resource(name, type));
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

    // ---- per-instance contexts ----

    /**
     * What every module defines, recorded once from a context that grants nothing: names, types,
     * indices, and which module ({@link Wasi#module}) each index belongs to, so that a context builds
     * a module's closures only when one of its functions is first called ({@link #moduleTable}).
     */
    private static final class Template {
        static final Template INSTANCE = new Template();

        final List<Entry> entries;
        final Map<String, RuntimeResourceType> resources;
        final Map<String, Integer> index = new HashMap<>();
        /** Per function index: its module; and per module: its first index (and one past the last, at [modules]). */
        final int[] moduleOf;
        final int[] start;

        private Template() {
            Definitions defs = recording();
            int modules = Wasi.MODULE_COUNT;
            start = new int[modules + 1];
            try (WasiContext template = new WasiContext(WasiConfig.denyAll())) {
                for (int m = 0; m < modules; m++) {
                    start[m] = defs.entries.size();
                    Wasi.module(m).define(defs, template);
                }
            }
            start[modules] = defs.entries.size();
            entries = List.copyOf(defs.entries);
            resources = Collections.unmodifiableMap(new LinkedHashMap<>(defs.resources));
            moduleOf = new int[entries.size()];
            for (int m = 0; m < modules; m++) {
                for (int i = start[m]; i < start[m + 1]; i++) moduleOf[i] = m;
            }
            for (int i = 0; i < entries.size(); i++) index.put(key(entries.get(i).iface(), entries.get(i).name()), i);
        }
    }

    /** The module ({@link Wasi#module}) that function {@code index} of {@link #linkPerInstance} belongs to. */
    static int moduleOf(int index) {
        return Template.INSTANCE.moduleOf[index];
    }

    /** The index of function {@code name} of {@code iface} (unversioned) in {@link #linkPerInstance}, for tests. */
    static int indexOf(String iface, String name) {
        Integer i = Template.INSTANCE.index.get(key(iface, name));
        if (i == null) throw new IllegalArgumentException("no function `" + name + "` in `" + iface + "`");
        return i;
    }

    /** Where function {@code index} is in its module's table ({@link #moduleTable}). */
    static int offsetInModule(int index) {
        Template t = Template.INSTANCE;
        return index - t.start[t.moduleOf[index]];
    }

    /**
     * Defines all of WASI in {@code linker} once, for contexts given per instance: each function
     * calls the closure of the calling instance's {@link WasiContext} ({@link WasiContext#of(Caller)}).
     */
    static void linkPerInstance(Linker linker) {
        Template t = Template.INSTANCE;
        t.resources.forEach((key, type) -> {
            int hash = key.indexOf('#');
            linker.instance(Wasi.name(key.substring(0, hash))).resource(key.substring(hash + 1), type);
        });
        for (int i = 0; i < t.entries.size(); i++) {
            Entry e = t.entries.get(i);
            int index = i;
            HostFunction.WithCaller body = (caller, args) -> WasiContext.of(caller).function(index).call(args);
            LinkerInstance instance = linker.instance(Wasi.name(e.iface()));
            if (e.type().isPresent()) instance.func(e.name(), e.type().get(), body);
            else instance.func(e.name(), body);
        }
    }

    /**
     * {@code ctx}'s own functions of module {@code module} ({@link Wasi#module}), in the order of
     * {@link #linkPerInstance}'s indices from the module's first: the module's definitions recorded
     * for {@code ctx}. A function the template has and {@code ctx} does not traps.
     *
     * @throws IllegalArgumentException if the context's configuration is invalid (a preopen that is not a directory)
     */
    static HostFunction[] moduleTable(WasiContext ctx, int module) {
        Template t = Template.INSTANCE;
        Definitions defs = recording();
        Wasi.module(module).define(defs, ctx);
        int from = t.start[module];
        HostFunction[] table = new HostFunction[t.start[module + 1] - from];
        for (Entry e : defs.entries) {
            Integer i = t.index.get(key(e.iface(), e.name()));
            if (i != null && i >= from && i - from < table.length) table[i - from] = e.body();
        }
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null) {
                String what = key(t.entries.get(from + i).iface(), t.entries.get(from + i).name());
                table[i] = args -> {
                    throw new Trap(what + " is not defined for this WASI context");
                };
            }
        }
        return table;
    }

    private static String unversioned(String iface) {
        int at = iface.indexOf('@');
        return at < 0 ? iface : iface.substring(0, at);
    }

    private static String key(String iface, String name) {
        return iface + "#" + name;
    }

    private static IllegalArgumentException duplicate(String iface, String name) {
        return new IllegalArgumentException("`" + name + "` is already defined in `" + iface + "`");
    }
}
