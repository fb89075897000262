package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreExternKind;
import dev.weft.engine.CoreGlobalType;
import dev.weft.engine.CoreImport;
import java.util.List;
import java.util.Optional;

/**
 * Instantiating a module with a start function from a snapshot, as Wizer does ahead of time: the
 * first instance runs its start function and is snapshotted ({@link StartImage}); later instances
 * are made from the module without its start section and given the snapshot's state, which is
 * what running the start function would have given them.
 *
 * <p>Only when that is certain. A module qualifies if the start function can reach no state but
 * its instance's: it imports no memory, table or mutable global, its memories are not shared, it
 * declares no GC types and its globals hold numbers or function and extern references. The first
 * instance then must not call an imported function during instantiation (the start function's
 * only way out), and the snapshot must pass a check: a second instance made from the module
 * without its start section and given the snapshot must equal the first in every memory, global,
 * table and dropped segment. Otherwise the module never uses snapshots. A snapshot serves imports
 * whose immutable globals have the values it was taken with (nothing else of the imports can
 * reach the start function's state without a call).
 */
final class StartImages {
    private final WasmModule module;
    private final ModuleLayout layout;
    private final MemoryImages memories;
    private volatile WasmModule withoutStart;
    private volatile StartImage image;
    private volatile boolean refused;

    private StartImages(WasmModule module, ModuleLayout layout, MemoryImages memories) {
        this.module = module;
        this.layout = layout;
        this.memories = memories;
    }

    /** Snapshots for {@code module}, if it has a start function that qualifies. */
    static Optional<StartImages> of(WasmModule module, ModuleLayout layout, MemoryImages memories) {
        if (module.startSection().isEmpty() || !qualifies(module, layout)) {
            return Optional.empty();
        }
        return Optional.of(new StartImages(module, layout, memories));
    }

    private static boolean qualifies(WasmModule module, ModuleLayout layout) {
        for (CoreImport imp : layout.imports()) {
            if (imp.kind() == CoreExternKind.MEMORY || imp.kind() == CoreExternKind.TABLE
                    || (imp.type() instanceof CoreGlobalType g && g.mutable())) {
                return false;
            }
        }
        if (module.memorySection().isPresent()) {
            var section = module.memorySection().get();
            for (int i = 0; i < section.memoryCount(); i++) {
                if (section.getMemory(i).limits().shared()) return false;
            }
        }
        for (FunctionType t : module.typeSection().types()) {
            if (t == null) return false; // a struct or array type: GC references could be in globals
        }
        var globals = module.globalSection();
        for (int i = 0; i < globals.globalCount(); i++) {
            if (!plain(globals.getGlobal(i).valueType())) return false;
        }
        return true;
    }

    /** A value type whose raw value means the same in every instance of the module. */
    private static boolean plain(ValType t) {
        long id = t.id();
        return id == ValType.I32.id() || id == ValType.I64.id() || id == ValType.F32.id() || id == ValType.F64.id()
                || id == ValType.V128.id() || id == ValType.FuncRef.id() || id == ValType.ExternRef.id();
    }

    /** The snapshot that serves {@code imports}, if there is one (null imports: any snapshot). */
    StartImage image(List<? extends CoreExtern> imports) {
        StartImage i = image;
        return i != null && (imports == null || i.serves(layout, imports)) ? i : null;
    }

    /** Whether the next instance should be snapshotted: none was, and the module was not refused. */
    boolean wanted() {
        return image == null && !refused;
    }

    /** The module without its start section, for instances given a snapshot. */
    WasmModule withoutStart() {
        WasmModule copy = withoutStart;
        return copy != null ? copy : copyWithoutStart();
    }

    private synchronized WasmModule copyWithoutStart() {
        if (withoutStart == null) {
            WasmModule.Builder b = WasmModule.builder()
                    .setTypeSection(module.typeSection())
                    .setImportSection(module.importSection())
                    .setFunctionSection(module.functionSection())
                    .setTableSection(module.tableSection())
                    .setMemorySection(module.memorySection().orElse(null))
                    .setGlobalSection(module.globalSection())
                    .setExportSection(module.exportSection())
                    .setElementSection(module.elementSection())
                    .setCodeSection(module.codeSection())
                    .setDataSection(module.dataSection())
                    .setDataCountSection(module.dataCountSection().orElse(null))
                    .setTagSection(module.tagSection().orElse(null))
                    .withDigest(module.digest())
                    .withValidation(false);
            for (CustomSection c : module.customSections()) b.addCustomSection(c.name(), c);
            for (int id : module.ignoredSections()) b.addIgnoredSection(id);
            withoutStart = b.build();
            memories.alias(withoutStart);
        }
        return withoutStart;
    }

    /** Never snapshot this module: its first instance called an import, or the check failed. */
    void refuse() {
        refused = true;
    }

    /**
     * Snapshots {@code first} (instantiated with {@code imports}, its start function run without
     * calling an import), checked against {@code probe}: an instance of {@link #withoutStart()} with
     * the same imports, which gets the snapshot and must then equal {@code first}.
     */
    void record(Instance first, Instance probe, List<? extends CoreExtern> imports) {
        StartImage snapshot = StartImage.of(first, module, layout, imports);
        snapshot.restore(probe);
        if (StartImage.sameState(first, probe)) {
            image = snapshot;
        } else {
            refuse();
        }
    }
}
