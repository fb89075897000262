package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportTag;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
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

    static Linked link(List<CoreImport> imports, CoreImports supplied) {
        var values = ImportValues.builder();
        List<CoreExtern> resolved = new ArrayList<>(imports.size());
        for (CoreImport imp : imports) {
            CoreExtern value = supplied.lookup(imp.module(), imp.name()).orElseThrow(() -> CoreLinkException.missing(imp));
            if (!value.type().matches(imp.type())) {
                throw CoreLinkException.mismatch(imp, value.type());
            }
            switch (value) {
                case CoreFunction f -> values.addFunction(function(imp, f));
                case CoreMemory m -> values.addMemory(new ImportMemory(imp.module(), imp.name(), chicory(imp, m).raw));
                case CoreTable t -> values.addTable(new ImportTable(imp.module(), imp.name(), chicory(imp, t).raw));
                case CoreGlobal g -> values.addGlobal(new ImportGlobal(imp.module(), imp.name(), chicory(imp, g).raw));
                case CoreTag t -> values.addTag(new ImportTag(imp.module(), imp.name(), chicory(imp, t).raw));
            }
            resolved.add(value);
        }
        return new Linked(values.build(), List.copyOf(resolved));
    }

    /**
     * A function from another Chicory instance is called raw, so that its traps unwind as
     * Chicory's; any other function (a host function, or another engine's) through its
     * {@link CoreFunction#call}, whose exceptions pass through Chicory untouched.
     */
    private static ImportFunction function(CoreImport imp, CoreFunction f) {
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
        return new ImportFunction(imp.module(), imp.name(), ChicoryTypes.funcType(f.type()), handle);
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
