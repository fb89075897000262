package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportTag;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreGlobal;
import dev.weft.engine.CoreImport;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreLinkException;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreTable;
import dev.weft.engine.CoreTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a module's imports against {@link CoreImports} and checks them by the spec's extern
 * subtyping, so that a failure names the import and both types (Chicory's own messages do not);
 * then turns them into Chicory's {@link ImportValues}.
 */
final class ChicoryLinker {
    private ChicoryLinker() {}

    /**
     * The imports, linked.
     *
     * @param values   for Chicory
     * @param resolved the supplied value of each import, in the module's import order
     */
    record Linked(ImportValues values, List<CoreExtern> resolved) {}

    /** Notes whether core code called any imported function (through the handles {@link #link} made with it). */
    static final class ImportCalls {
        boolean called;
    }

    /** The value supplied for each import, in import order; null where none is ({@link #link} reports it, in order). */
    static List<CoreExtern> resolve(ModuleLayout layout, CoreImports supplied) {
        List<CoreImport> imports = layout.imports();
        List<CoreExtern> resolved = new ArrayList<>(imports.size());
        for (CoreImport imp : imports) {
            resolved.add(supplied.lookup(imp.module(), imp.name()).orElse(null));
        }
        return resolved;
    }

    /**
     * The imports linked to {@code values}, in import order; {@code calls}, if not null, learns of
     * every call of an imported function.
     *
     * @throws IllegalArgumentException if there are not as many values as imports
     */
    static Linked link(ModuleLayout layout, List<? extends CoreExtern> values, ImportCalls calls) {
        List<CoreImport> imports = layout.imports();
        if (values.size() != imports.size()) {
            throw new IllegalArgumentException(values.size() + " values for the " + imports.size() + " imports of a core module");
        }
        var chicory = ImportValues.builder();
        for (int i = 0; i < imports.size(); i++) {
            CoreImport imp = imports.get(i);
            CoreExtern value = values.get(i);
            if (value == null) {
                throw CoreLinkException.missing(imp);
            }
            if (!value.type().matches(imp.type())) {
                throw CoreLinkException.mismatch(imp, value.type());
            }
            String module = layout.linkModules()[i]; // the names Chicory knows the import by (ImportNames)
            String name = layout.linkNames()[i];
            switch (value) {
                case CoreFunction f -> chicory.addFunction(
                        function(imp, module, name, layout.importFuncTypes()[i], f, calls));
                case CoreMemory m -> chicory.addMemory(new ImportMemory(module, name, chicory(imp, m).raw));
                case CoreTable t -> chicory.addTable(new ImportTable(module, name,
                        ChicoryTables.importedBy(chicory(imp, t).raw, layout.types())));
                case CoreGlobal g -> chicory.addGlobal(new ImportGlobal(module, name, chicory(imp, g).raw));
                case CoreTag t -> chicory.addTag(new ImportTag(module, name, chicory(imp, t).raw));
            }
        }
        return new Linked(chicory.build(), List.copyOf(values));
    }

    /**
     * A function from another Chicory instance is called raw, so that its traps unwind as
     * Chicory's; any other function (a host function, or another engine's) through its
     * {@link CoreFunction#call}, whose exceptions pass through Chicory untouched. {@code type} is
     * the import's type, which {@code f}'s equals; {@code module} and {@code name} are the names
     * Chicory knows the import by.
     */
    private static ImportFunction function(CoreImport imp, String module, String name, FunctionType type,
            CoreFunction f, ImportCalls calls) {
        WasmFunctionHandle handle;
        if (f instanceof ChicoryFunction chicory) {
            handle = (instance, args) -> chicory.callRaw(args);
        } else {
            int resultSlots = f.type().resultSlots();
            handle = (instance, args) -> {
                long[] results = f.call(args);
                if (results.length != resultSlots) {
                    throw new IllegalStateException("host function for import \"" + imp.module() + "\" \""
                            + imp.name() + "\" returned " + results.length + " values for " + f.type());
                }
                return results;
            };
        }
        if (calls != null) {
            WasmFunctionHandle body = handle;
            handle = (instance, args) -> {
                calls.called = true;
                return body.apply(instance, args);
            };
        }
        return new ImportFunction(module, name, type, handle);
    }

    private static ChicoryMemory chicory(CoreImport imp, CoreMemory m) {
        if (m instanceof ChicoryMemory c) {
            return c;
        }
        throw CoreLinkException.unsupported(imp, "the memory belongs to another engine (" + m.getClass().getName() + ")");
    }

    private static ChicoryTable chicory(CoreImport imp, CoreTable t) {
        if (t instanceof ChicoryTable c) {
            return c;
        }
        throw CoreLinkException.unsupported(imp, "the table belongs to another engine (" + t.getClass().getName() + ")");
    }

    private static ChicoryTag chicory(CoreImport imp, CoreTag t) {
        if (t instanceof ChicoryTag c) {
            return c;
        }
        throw CoreLinkException.unsupported(imp, "the tag belongs to another engine (" + t.getClass().getName() + ")");
    }

    private static ChicoryGlobal chicory(CoreImport imp, CoreGlobal g) {
        if (g instanceof ChicoryGlobal c) {
            return c;
        }
        throw CoreLinkException.unsupported(imp, "the global belongs to another engine (" + g.getClass().getName() + ")");
    }
}
