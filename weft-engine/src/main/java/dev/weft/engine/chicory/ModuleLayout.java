package dev.weft.engine.chicory;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TagImport;
import com.dylibso.chicory.wasm.types.TypeSection;
import dev.weft.engine.CoreExport;
import dev.weft.engine.CoreExternKind;
import dev.weft.engine.CoreExternType;
import dev.weft.engine.CoreGlobalType;
import dev.weft.engine.CoreImport;
import dev.weft.engine.CoreTableType;
import dev.weft.engine.CoreTagType;
import dev.weft.errors.InvalidComponentException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's imports and exports in the seam's types, and where each export lives in its index
 * space; computed once at compile time, so that instantiation and export look-ups only index arrays.
 *
 * @param imports         the imports in order, with their names as the module's bytes have them
 * @param linkModules     for each import, the module name Chicory knows it by: the same as in {@code imports}
 *                        except where {@link ImportNames} renamed the import (a name Chicory's parser
 *                        rejects); Chicory's {@code ImportValues} go by these and {@code linkNames}
 * @param linkNames       for each import, the field name Chicory knows it by
 * @param exports         the exports in order
 * @param exportIndices   for each export, its index in the index space of its kind
 * @param importedCounts  how many imports of each {@link CoreExternKind} (by ordinal): these come
 *                        first in each index space
 * @param importFuncTypes for each import, its function type as Chicory spells it (null if not a function)
 * @param exportImports   for each export of an imported value, the position of that import; -1 for a definition
 * @param exportFirst     for each export, the first export of the same value (itself if none before it)
 * @param types           the module's type section: the index space of its {@code call_indirect}s
 *                        ({@link ChicoryTables})
 */
record ModuleLayout(List<CoreImport> imports, String[] linkModules, String[] linkNames, List<CoreExport> exports,
                    int[] exportIndices, int[] importedCounts, FunctionType[] importFuncTypes, int[] exportImports,
                    int[] exportFirst, TypeSection types) {

    boolean isImported(CoreExternKind kind, int index) {
        return index < importedCounts[kind.ordinal()];
    }

    /**
     * The layout of {@code module}, which Chicory parsed from the module's own bytes ({@code renamed}
     * null) or from {@link ImportNames#wasm()}: the imports then get their original names back.
     */
    static ModuleLayout of(WasmModule module, ImportNames renamed) {
        var types = module.typeSection();
        var section = module.importSection();
        List<CoreImport> imports = new ArrayList<>(section.importCount());
        String[] linkModules = new String[section.importCount()];
        String[] linkNames = new String[section.importCount()];
        int[] importedCounts = new int[CoreExternKind.values().length];
        FunctionType[] importFuncTypes = new FunctionType[section.importCount()];
        for (int i = 0; i < section.importCount(); i++) {
            Import imp = section.getImport(i);
            CoreExternType type = importType(imp, types);
            importedCounts[type.kind().ordinal()]++;
            linkModules[i] = imp.module();
            linkNames[i] = imp.name();
            imports.add(renamed != null && renamed.renamed(i)
                    ? new CoreImport(renamed.module(i), renamed.name(i), type)
                    : new CoreImport(imp.module(), imp.name(), type));
            if (imp instanceof FunctionImport f) importFuncTypes[i] = types.getType(f.typeIndex());
        }
        var exportSection = module.exportSection();
        List<CoreExport> exports = new ArrayList<>(exportSection.exportCount());
        int[] exportIndices = new int[exportSection.exportCount()];
        Set<String> names = new HashSet<>();
        for (int i = 0; i < exportSection.exportCount(); i++) {
            Export e = exportSection.getExport(i);
            if (!names.add(e.name())) {
                throw new InvalidComponentException(0, "invalid core module: duplicate export name \"" + e.name() + "\"");
            }
            exports.add(new CoreExport(e.name(), exportType(module, imports, e)));
            exportIndices[i] = e.index();
        }
        return new ModuleLayout(List.copyOf(imports), linkModules, linkNames, List.copyOf(exports), exportIndices,
                importedCounts, importFuncTypes, exportImports(imports, exports, exportIndices),
                exportFirst(exports, exportIndices), types);
    }

    /** For each export of an import, the import's position (imports come first in each index space). */
    private static int[] exportImports(List<CoreImport> imports, List<CoreExport> exports, int[] exportIndices) {
        Map<CoreExternKind, List<Integer>> byKind = new EnumMap<>(CoreExternKind.class);
        for (int j = 0; j < imports.size(); j++) {
            byKind.computeIfAbsent(imports.get(j).kind(), k -> new ArrayList<>()).add(j);
        }
        int[] out = new int[exports.size()];
        for (int i = 0; i < out.length; i++) {
            List<Integer> positions = byKind.getOrDefault(exports.get(i).kind(), List.of());
            out[i] = exportIndices[i] < positions.size() ? positions.get(exportIndices[i]) : -1;
        }
        return out;
    }

    /** For each export, the first export of the same kind and index. */
    private static int[] exportFirst(List<CoreExport> exports, int[] exportIndices) {
        Map<Long, Integer> first = new HashMap<>();
        int[] out = new int[exports.size()];
        for (int i = 0; i < out.length; i++) {
            Integer earlier = first.putIfAbsent(((long) exports.get(i).kind().ordinal() << 32) | exportIndices[i], i);
            out[i] = earlier == null ? i : earlier;
        }
        return out;
    }

    private static CoreExternType importType(Import imp, TypeSection types) {
        return switch (imp) {
            case FunctionImport f -> ChicoryTypes.funcType(types.getType(f.typeIndex()));
            case TableImport t -> new CoreTableType(ChicoryTypes.tableLimits(t.limits()), ChicoryTypes.valType(t.entryType()));
            case MemoryImport m -> ChicoryTypes.memoryType(m.limits());
            case GlobalImport g -> new CoreGlobalType(ChicoryTypes.valType(g.type()), g.mutabilityType() == MutabilityType.Var);
            case TagImport t -> new CoreTagType(ChicoryTypes.funcType(types.getType(t.tagType().typeIdx())));
            default -> throw new InvalidComponentException(0, "invalid core module: unknown import kind " + imp.importType());
        };
    }

    /** The declared type of the entity {@code e} exports: an import's, or a definition's. */
    private static CoreExternType exportType(WasmModule module, List<CoreImport> imports, Export e) {
        CoreExternKind kind = switch (e.exportType()) {
            case FUNCTION -> CoreExternKind.FUNC;
            case TABLE -> CoreExternKind.TABLE;
            case MEMORY -> CoreExternKind.MEMORY;
            case GLOBAL -> CoreExternKind.GLOBAL;
            case TAG -> CoreExternKind.TAG;
        };
        int index = e.index();
        for (CoreImport imp : imports) {
            if (imp.kind() == kind && index-- == 0) {
                return imp.type();
            }
        }
        try {
            return definedType(module, kind, index);
        } catch (IndexOutOfBoundsException | NullPointerException | java.util.NoSuchElementException x) {
            throw new InvalidComponentException(0, "invalid core module: export \"" + e.name() + "\" refers to unknown " + kind + " " + e.index());
        }
    }

    private static CoreExternType definedType(WasmModule module, CoreExternKind kind, int index) {
        var types = module.typeSection();
        return switch (kind) {
            case FUNC -> ChicoryTypes.funcType(types.getType(module.functionSection().getFunctionType(index)));
            case TABLE -> {
                var t = module.tableSection().getTable(index);
                yield new CoreTableType(ChicoryTypes.tableLimits(t.limits()), ChicoryTypes.valType(t.elementType()));
            }
            case MEMORY -> ChicoryTypes.memoryType(module.memorySection().orElseThrow().getMemory(index).limits());
            case GLOBAL -> {
                var g = module.globalSection().getGlobal(index);
                yield new CoreGlobalType(ChicoryTypes.valType(g.valueType()), g.mutabilityType() == MutabilityType.Var);
            }
            case TAG -> new CoreTagType(ChicoryTypes.funcType(
                    types.getType(module.tagSection().orElseThrow().getTag(index).typeIdx())));
        };
    }
}
