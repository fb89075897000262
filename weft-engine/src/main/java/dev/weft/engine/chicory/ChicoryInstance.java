package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.Instance;
import dev.weft.engine.CoreExport;
import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreExternKind;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreGlobalType;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreMemoryType;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreTableType;
import dev.weft.engine.CoreTagType;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a {@link ChicoryModule}. Its exports are resolved once, here: an imported value
 * that is re-exported is the very handle that was supplied; a value defined here gets one handle
 * per index, however many names export it.
 */
final class ChicoryInstance implements CoreInstance {
    private final ChicoryModule module;
    private final Map<String, CoreExtern> exports;

    ChicoryInstance(ChicoryModule module, Instance instance, List<CoreExtern> imported) {
        this.module = module;
        this.exports = resolveExports(module.layout(), instance, imported);
    }

    @Override
    public CoreModule module() {
        return module;
    }

    @Override
    public Map<String, CoreExtern> exports() {
        return exports;
    }

    private static Map<String, CoreExtern> resolveExports(ModuleLayout layout, Instance instance, List<CoreExtern> imported) {
        Map<String, CoreExtern> out = new LinkedHashMap<>();
        Map<Long, CoreExtern> defined = new HashMap<>();
        List<CoreExport> exports = layout.exports();
        for (int i = 0; i < exports.size(); i++) {
            CoreExport export = exports.get(i);
            CoreExternKind kind = export.kind();
            int index = layout.exportIndices()[i];
            CoreExtern value = layout.isImported(kind, index)
                    ? nthImport(imported, kind, index)
                    : defined.computeIfAbsent(((long) kind.ordinal() << 32) | index,
                            k -> definedHandle(instance, export, index));
            out.put(export.name(), value);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The {@code index}-th import of {@code kind}: imports come first in each index space. */
    private static CoreExtern nthImport(List<CoreExtern> imported, CoreExternKind kind, int index) {
        for (CoreExtern value : imported) {
            if (value.kind() == kind && index-- == 0) {
                return value;
            }
        }
        throw new AssertionError("no import #" + index + " of kind " + kind);
    }

    private static CoreExtern definedHandle(Instance instance, CoreExport export, int index) {
        return switch (export.type()) {
            case CoreFuncType f -> new ChicoryFunction(f, instance.exports().function(export.name()));
            case CoreMemoryType m -> new ChicoryMemory(instance.memory(index), m);
            case CoreTableType t -> new ChicoryTable(instance.table(index), instance, t);
            case CoreGlobalType g -> new ChicoryGlobal(instance.global(index), g);
            case CoreTagType t -> new ChicoryTag(instance.tag(index), t);
        };
    }
}
