package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.Instance;
import dev.weft.engine.CoreExport;
import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreGlobalType;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreMemoryType;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreTableType;
import dev.weft.engine.CoreTagType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a {@link ChicoryModule}. Each export gets its handle when first asked for (by
 * position or through {@link #exports()}), then keeps it: an imported value that is re-exported is
 * the very handle that was supplied; a value defined here gets one handle, however many names
 * export it ({@link ModuleLayout#exportFirst()}).
 */
final class ChicoryInstance implements CoreInstance {
    private final ChicoryModule module;
    private final Instance instance;
    private final List<CoreExtern> imported;
    private final CoreExtern[] handles;
    private Map<String, CoreExtern> exports;

    ChicoryInstance(ChicoryModule module, Instance instance, List<CoreExtern> imported) {
        this.module = module;
        this.instance = instance;
        this.imported = imported;
        this.handles = new CoreExtern[module.layout().exports().size()];
    }

    @Override
    public CoreModule module() {
        return module;
    }

    @Override
    public CoreExtern export(int index) {
        CoreExtern handle = handles[index];
        if (handle == null) {
            handle = handle(index);
            handles[index] = handle;
        }
        return handle;
    }

    @Override
    public Map<String, CoreExtern> exports() {
        if (exports == null) {
            List<CoreExport> list = module.layout().exports();
            Map<String, CoreExtern> out = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                out.put(list.get(i).name(), export(i));
            }
            exports = Collections.unmodifiableMap(out);
        }
        return exports;
    }

    private CoreExtern handle(int position) {
        ModuleLayout layout = module.layout();
        int first = layout.exportFirst()[position];
        if (first != position) {
            return export(first);
        }
        int importPosition = layout.exportImports()[position];
        if (importPosition >= 0) {
            return imported.get(importPosition);
        }
        CoreExport export = layout.exports().get(position);
        int index = layout.exportIndices()[position];
        return switch (export.type()) {
            case CoreFuncType f -> new ChicoryFunction(f, instance.exports().function(export.name()));
            case CoreMemoryType m -> new ChicoryMemory(instance.memory(index), m);
            case CoreTableType t -> new ChicoryTable(instance.table(index), instance, t);
            case CoreGlobalType g -> new ChicoryGlobal(instance.global(index), g);
            case CoreTagType t -> new ChicoryTag(instance.tag(index), t);
        };
    }
}
