package dev.weft.binary.ast;

import java.util.List;
import java.util.Optional;

/**
 * What the component layer needs to know of a core module without parsing its code: its type,
 * import, function, table, memory, global, tag and export sections (and the start function).
 * Read by {@code dev.weft.binary.decode.CoreModuleReader} in time proportional to those sections,
 * skipping the code and data sections.
 *
 * <p>{@code functions} holds the type index of each defined (non-imported) function;
 * the function index space is the imported functions followed by these.
 */
public record CoreModuleSummary(
        ByteSlice bytes,
        List<CoreDefType.RecGroup> types,
        List<CoreImport> imports,
        List<Integer> functions,
        List<CoreExternType.Table> tables,
        List<CoreExternType.Memory> memories,
        List<CoreExternType.Global> globals,
        List<CoreExternType.Tag> tags,
        List<CoreExport> exports,
        Optional<Integer> start) {

    public CoreModuleSummary {
        types = List.copyOf(types);
        imports = List.copyOf(imports);
        functions = List.copyOf(functions);
        tables = List.copyOf(tables);
        memories = List.copyOf(memories);
        globals = List.copyOf(globals);
        tags = List.copyOf(tags);
        exports = List.copyOf(exports);
    }

    /** {@code import ::= mod:name nm:name d:externtype}. */
    public record CoreImport(String module, String name, CoreExternType type) {}

    /** {@code export ::= nm:name d:exportdesc}, with the sort and index of what is exported. */
    public record CoreExport(String name, Sort sort, int index) {}
}
