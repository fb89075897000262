package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.CompiledModule;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.CoreExport;
import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreExternKind;
import dev.weft.engine.CoreImport;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreInstanceLimits;
import dev.weft.engine.MemoryLimitException;
import dev.weft.engine.CoreModule;
import java.util.List;
import java.util.function.Function;

/**
 * A parsed, validated and possibly compiled Chicory module; instantiation shares all of it. A module
 * whose code came from a cache ({@link #fromCache()}) was parsed without validation and has only the
 * function bodies its compiled code can interpret; every other body is {@code unreachable} (see
 * {@link CompiledCode}), so nothing here may read function bodies.
 */
final class ChicoryModule implements CoreModule {
    private static final System.Logger LOG = System.getLogger(ChicoryModule.class.getName());

    private final WasmModule wasm;
    private final Function<Instance, Machine> machines;
    private final Execution execution;
    private final ModuleLayout layout;
    /** The images of the memories this module defines, shared by all its instances. */
    private final MemoryImages images;
    /** Snapshots after the start function, when the module has one that qualifies. */
    private final StartImages starts;

    /** Whether the compiled code came from a module cache (the module was then parsed without validation). */
    private final boolean fromCache;

    ChicoryModule(WasmModule wasm, Function<Instance, Machine> machines, Execution execution, ModuleLayout layout) {
        this(wasm, machines, execution, layout, false);
    }

    ChicoryModule(WasmModule wasm, Function<Instance, Machine> machines, Execution execution, ModuleLayout layout,
            boolean fromCache) {
        this.fromCache = fromCache;
        this.wasm = wasm;
        this.machines = machines;
        this.execution = execution;
        this.layout = layout;
        int memories = layout.importedCounts()[CoreExternKind.MEMORY.ordinal()]
                + wasm.memorySection().map(m -> m.memoryCount()).orElse(0);
        this.images = new MemoryImages(wasm, memories);
        this.starts = StartImages.of(wasm, layout, images).orElse(null);
    }

    @Override
    public List<CoreImport> imports() {
        return layout.imports();
    }

    @Override
    public List<CoreExport> exports() {
        return layout.exports();
    }

    /** How this module's code runs: the compiler may have fallen back to the interpreter. */
    Execution execution() {
        return execution;
    }

    ModuleLayout layout() {
        return layout;
    }

    /** Whether the compiled code was loaded from a module cache rather than compiled now. */
    boolean fromCache() {
        return fromCache;
    }

    @Override
    public CoreInstance instantiate(CoreImports imports) {
        return instantiate(ChicoryLinker.resolve(layout, imports));
    }

    @Override
    public CoreInstance instantiate(CoreImports imports, CoreInstanceLimits limits) {
        return instantiate(ChicoryLinker.resolve(layout, imports), limits);
    }

    /**
     * Links and instantiates. A module whose start function qualifies ({@link StartImages}) is made
     * from the snapshot of its first instance when there is one for these imports; without one yet,
     * the instance is snapshotted.
     */
    @Override
    public CoreInstance instantiate(List<? extends CoreExtern> imports) {
        return instantiate(imports, CoreInstanceLimits.NONE);
    }

    /**
     * Under limits the start function always runs (a snapshot taken without them could hold a
     * memory beyond them).
     */
    @Override
    public CoreInstance instantiate(List<? extends CoreExtern> imports, CoreInstanceLimits limits) {
        if (!limits.unlimited()) {
            return instantiate(wasm, ChicoryLinker.link(layout, imports, null), limits);
        }
        if (starts == null) {
            return instantiate(wasm, ChicoryLinker.link(layout, imports, null));
        }
        StartImage image = starts.image(imports);
        if (image != null) {
            ChicoryLinker.Linked linked = ChicoryLinker.link(layout, imports, null);
            Instance instance = build(starts.withoutStart(), linked);
            image.restore(instance);
            return new ChicoryInstance(this, instance, linked.resolved());
        }
        if (!starts.wanted()) {
            return instantiate(wasm, ChicoryLinker.link(layout, imports, null));
        }
        ChicoryLinker.ImportCalls calls = new ChicoryLinker.ImportCalls();
        ChicoryLinker.Linked linked = ChicoryLinker.link(layout, imports, calls);
        Instance instance = build(wasm, linked);
        if (calls.called) {
            starts.refuse();
        } else {
            record(instance, linked);
        }
        return new ChicoryInstance(this, instance, linked.resolved());
    }

    /**
     * The machines for a copy of the module (without its start section): the compiled code is the
     * module's; only Chicory's wrapper around it insists on the very module object.
     */
    private Function<Instance, Machine> machinesForCopy() {
        return machines instanceof CompiledModule compiled && compiled.wasmModule() == wasm
                ? compiled.machineFactory()
                : machines;
    }

    /** Snapshots {@code first}; should that fail in any way, the module simply never uses snapshots. */
    private void record(Instance first, ChicoryLinker.Linked linked) {
        try {
            starts.record(first, build(starts.withoutStart(), linked), linked.resolved());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no start snapshot for " + this + ": " + e);
            starts.refuse();
        }
    }

    private CoreInstance instantiate(WasmModule module, ChicoryLinker.Linked linked) {
        return new ChicoryInstance(this, build(module, linked), linked.resolved());
    }

    private CoreInstance instantiate(WasmModule module, ChicoryLinker.Linked linked, CoreInstanceLimits limits) {
        return new ChicoryInstance(this, build(module, linked, limits), linked.resolved());
    }

    /** Creates the instance: writes the segments and runs the start section, if {@code module} has one. */
    private Instance build(WasmModule module, ChicoryLinker.Linked linked) {
        return build(module, linked, CoreInstanceLimits.NONE);
    }

    private Instance build(WasmModule module, ChicoryLinker.Linked linked, CoreInstanceLimits limits) {
        try {
            return Instance.builder(module)
                    .withImportValues(linked.values())
                    .withMachineFactory(module == wasm ? machines : machinesForCopy())
                    .withMemoryFactory(limits.unlimited() ? this::memory : l -> memory(capped(l, limits)))
                    .withTableFactory(ChicoryTables.factory(module.typeSection())) // see ChicoryTables
                    .withStart(false) // runs the start section, never a "_start" export
                    .build();
        } catch (RuntimeException e) {
            throw ChicoryErrors.isChicory(e) ? ChicoryErrors.instantiation(e) : e;
        }
    }

    /** Whether later instances are made from a snapshot taken after the start function (for tests). */
    boolean hasStartImage() {
        return starts != null && starts.image(null) != null;
    }

    /** Whether instances of this module never use start snapshots (for tests). */
    boolean refusesStartImages() {
        return starts == null || (!starts.wanted() && starts.image(null) == null);
    }

    /** Whether memory {@code index} has an image of its data segments (for tests). */
    boolean hasDataImage(int index) {
        return images.image(index) != null;
    }

    /** A new memory: copy-on-write pages ({@link PagedMemory}) unless shared between threads. */
    private Memory memory(MemoryLimits limits) {
        return limits.shared() ? new ByteArrayMemory(limits) : new PagedMemory(limits, images);
    }

    /**
     * {@code limits} with the maximum lowered to the instance's limit.
     *
     * @throws MemoryLimitException if the initial size is beyond it
     */
    private static MemoryLimits capped(MemoryLimits limits, CoreInstanceLimits cap) {
        int maxPages = cap.maxMemoryPages();
        if (limits.initialPages() > maxPages) {
            throw new MemoryLimitException((long) limits.initialPages() * Memory.PAGE_SIZE, cap.maxMemoryBytes());
        }
        return limits.maximumPages() <= maxPages
                ? limits
                : new MemoryLimits(limits.initialPages(), maxPages, limits.shared());
    }

    @Override
    public String toString() {
        return "core module (" + layout.imports().size() + " imports, " + layout.exports().size()
                + " exports, " + execution.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
