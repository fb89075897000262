package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.TableFactory;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableLimits;
import dev.weft.engine.CoreEngine.Execution;
import dev.weft.engine.CoreExport;
import dev.weft.engine.CoreImport;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreModule;
import java.util.List;
import java.util.function.Function;

/** A parsed, validated and possibly compiled Chicory module; instantiation shares all of it. */
final class ChicoryModule implements CoreModule {
    /**
     * Chicory's {@code TableInstance.grow} grows the {@link TableLimits} object of the module's own
     * {@link Table}, so a grown table would make every later instance start bigger. Each instance
     * gets a private copy of the table type instead.
     */
    private static final TableFactory PRIVATE_TABLES = (table, init) -> {
        TableLimits l = table.limits();
        var copy = new Table(table.elementType(), new TableLimits(l.min(), l.max(), l.shared()), table.initialize());
        return new TableInstance(copy, init);
    };

    private final WasmModule wasm;
    private final Function<Instance, Machine> machines;
    private final Execution execution;
    private final ModuleLayout layout;

    ChicoryModule(WasmModule wasm, Function<Instance, Machine> machines, Execution execution, ModuleLayout layout) {
        this.wasm = wasm;
        this.machines = machines;
        this.execution = execution;
        this.layout = layout;
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

    @Override
    public CoreInstance instantiate(CoreImports imports) {
        ChicoryLinker.Linked linked = ChicoryLinker.link(layout.imports(), imports);
        Instance instance;
        try {
            instance = Instance.builder(wasm)
                    .withImportValues(linked.values())
                    .withMachineFactory(machines)
                    .withMemoryFactory(ByteArrayMemory::new)
                    .withTableFactory(PRIVATE_TABLES)
                    .withStart(false) // runs the start section, never a "_start" export
                    .build();
        } catch (RuntimeException e) {
            throw ChicoryErrors.isChicory(e) ? ChicoryErrors.instantiation(e) : e;
        }
        return new ChicoryInstance(this, instance, linked.resolved());
    }

    @Override
    public String toString() {
        return "core module (" + layout.imports().size() + " imports, " + layout.exports().size()
                + " exports, " + execution.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
