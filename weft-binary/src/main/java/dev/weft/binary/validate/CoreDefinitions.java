package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;
import static dev.weft.binary.validate.Errors.withContext;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreInstance;
import dev.weft.binary.ast.CoreModuleSummary;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.validate.model.CoreEntity;
import dev.weft.binary.validate.model.CoreInstanceTypeDef;
import dev.weft.binary.validate.model.CoreTypeEntry;
import dev.weft.binary.validate.model.ModuleTypeDef;
import dev.weft.binary.validate.names.CoreNameSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Core definitions of a component: core modules (their type, from the summary of their type, import,
 * function, table, memory, global, tag and export sections), core types (rec groups and module
 * types) and core instances (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#instance-definitions">Explainer: instance definitions</a>).
 */
final class CoreDefinitions {
    private final Scopes scopes;

    CoreDefinitions(Scopes scopes) {
        this.scopes = scopes;
    }

    // ---- core modules ----

    /** The type of a core module: its imports (unique two-level names) and exports. */
    ModuleTypeDef moduleType(CoreModuleSummary m, long offset) {
        List<CoreDefType.SubType> types = new ArrayList<>();
        for (CoreDefType.RecGroup g : m.types()) types.addAll(g.types());
        List<CoreDefType.FuncType> funcs = new ArrayList<>();
        List<CoreExternType.Table> tables = new ArrayList<>();
        List<CoreExternType.Memory> memories = new ArrayList<>();
        List<CoreExternType.Global> globals = new ArrayList<>();
        List<CoreDefType.FuncType> tags = new ArrayList<>();
        LinkedHashMap<ModuleTypeDef.ImportName, CoreEntity> imports = new LinkedHashMap<>();
        CoreNameSet names = new CoreNameSet();
        for (CoreModuleSummary.CoreImport i : m.imports()) {
            CoreEntity e = moduleEntity(i.type(), types, offset);
            switch (e) {
                case CoreEntity.Func f -> funcs.add(f.type());
                case CoreEntity.Table t -> tables.add(t.type());
                case CoreEntity.Memory mem -> memories.add(mem.type());
                case CoreEntity.Global g -> globals.add(g.type());
                case CoreEntity.Tag t -> tags.add(t.type());
            }
            names.addImport(i.module(), i.name(), offset);
            imports.put(new ModuleTypeDef.ImportName(i.module(), i.name()), e);
        }
        for (int f : m.functions()) funcs.add(funcTypeIn(types, f, offset));
        tables.addAll(m.tables());
        memories.addAll(m.memories());
        globals.addAll(m.globals());
        for (CoreExternType.Tag t : m.tags()) tags.add(funcTypeIn(types, t.typeIndex(), offset));
        LinkedHashMap<String, CoreEntity> exports = new LinkedHashMap<>();
        for (CoreModuleSummary.CoreExport e : m.exports()) {
            CoreEntity entity = switch (e.sort()) {
                case CORE_FUNC -> new CoreEntity.Func(item(funcs, e.index(), "function", offset));
                case CORE_TABLE -> new CoreEntity.Table(item(tables, e.index(), "table", offset));
                case CORE_MEMORY -> new CoreEntity.Memory(item(memories, e.index(), "memory", offset));
                case CORE_GLOBAL -> new CoreEntity.Global(item(globals, e.index(), "global", offset));
                case CORE_TAG -> new CoreEntity.Tag(item(tags, e.index(), "tag", offset));
                default -> throw invalid(offset, "invalid export kind " + e.sort());
            };
            names.addExport(e.name(), offset);
            exports.put(e.name(), entity);
        }
        return new ModuleTypeDef(imports, exports);
    }

    private static <T> T item(List<T> items, int idx, String what, long offset) {
        if (idx < 0 || idx >= items.size()) {
            throw invalid(offset, "unknown " + what + " " + Integer.toUnsignedString(idx) + ": exported " + what + " index out of bounds");
        }
        return items.get(idx);
    }

    private static CoreDefType.FuncType funcTypeIn(List<CoreDefType.SubType> types, int idx, long offset) {
        if (idx < 0 || idx >= types.size()) {
            throw invalid(offset, "unknown type " + Integer.toUnsignedString(idx) + ": type index out of bounds");
        }
        if (types.get(idx).composite() instanceof CoreDefType.FuncType f) return f;
        throw invalid(offset, "type index " + Integer.toUnsignedString(idx) + " is not a function type");
    }

    /** A core extern type of a module or module type, resolved against its type index space. */
    private static CoreEntity moduleEntity(CoreExternType t, List<CoreDefType.SubType> types, long offset) {
        return switch (t) {
            case CoreExternType.Func f -> new CoreEntity.Func(funcTypeIn(types, f.typeIndex(), offset));
            case CoreExternType.Table tt -> {
                checkTable(tt, offset);
                yield new CoreEntity.Table(tt);
            }
            case CoreExternType.Memory m -> {
                checkMemory(m, offset);
                yield new CoreEntity.Memory(m);
            }
            case CoreExternType.Global g -> new CoreEntity.Global(g);
            case CoreExternType.Tag tag -> {
                CoreDefType.FuncType ft = funcTypeIn(types, tag.typeIndex(), offset);
                if (!ft.results().isEmpty()) throw invalid(offset, "invalid exception type: non-empty tag result type");
                yield new CoreEntity.Tag(ft);
            }
        };
    }

    private static void checkTable(CoreExternType.Table t, long offset) {
        CoreExternType.Limits l = t.limits();
        if (l.max().isPresent() && Long.compareUnsigned(l.min(), l.max().getAsLong()) > 0) {
            throw invalid(offset, "size minimum must not be greater than maximum");
        }
        long max = l.is64() ? -1L : 0xFFFF_FFFFL;
        if (!l.is64() && (Long.compareUnsigned(l.min(), max) > 0 || (l.max().isPresent() && Long.compareUnsigned(l.max().getAsLong(), max) > 0))) {
            throw invalid(offset, "table size must be at most " + max + " entries");
        }
    }

    private static void checkMemory(CoreExternType.Memory m, long offset) {
        CoreExternType.Limits l = m.limits();
        if (l.max().isPresent() && Long.compareUnsigned(l.min(), l.max().getAsLong()) > 0) {
            throw invalid(offset, "size minimum must not be greater than maximum");
        }
        long maxPages;
        String err;
        if (m.memory64()) {
            maxPages = m.pageSizeLog2() == 16 ? 1L << 48 : 1L << (64 - m.pageSizeLog2());
            err = "memory size must be at most 2**48 pages";
        } else {
            maxPages = 1L << (32 - m.pageSizeLog2());
            err = "memory size must be at most 65536 pages (4GiB)";
        }
        if (Long.compareUnsigned(l.min(), maxPages) > 0
                || (l.max().isPresent() && Long.compareUnsigned(l.max().getAsLong(), maxPages) > 0)) {
            throw invalid(offset, err);
        }
        if (m.shared() && l.max().isEmpty()) throw invalid(offset, "shared memory must have maximum size");
    }

    // ---- core types ----

    void addCoreType(CoreDefType t, long offset) {
        ComponentState state = scopes.current();
        switch (t) {
            case CoreDefType.RecGroup g -> g.types().forEach(s -> state.coreTypes.add(new CoreTypeEntry.Sub(s)));
            case CoreDefType.ModuleType m -> state.coreTypes.add(moduleTypeDecl(m, offset));
        }
    }

    /** {@code core:moduletype}: a scope of its own, whose outer aliases reach the enclosing scopes' core types. */
    private ModuleTypeDef moduleTypeDecl(CoreDefType.ModuleType m, long offset) {
        List<CoreDefType.SubType> types = new ArrayList<>();
        LinkedHashMap<ModuleTypeDef.ImportName, CoreEntity> imports = new LinkedHashMap<>();
        LinkedHashMap<String, CoreEntity> exports = new LinkedHashMap<>();
        CoreNameSet names = new CoreNameSet();
        for (CoreDefType.ModuleDecl d : m.decls()) {
            switch (d) {
                case CoreDefType.ModuleDecl.Type t -> {
                    if (!(t.type() instanceof CoreDefType.RecGroup g)) {
                        throw invalid(offset, "not implemented: module types nested in module types");
                    }
                    types.addAll(g.types());
                }
                case CoreDefType.ModuleDecl.Import i -> {
                    CoreEntity e = moduleEntity(i.type(), types, offset);
                    names.addImport(i.module(), i.name(), offset);
                    imports.put(new ModuleTypeDef.ImportName(i.module(), i.name()), e);
                }
                case CoreDefType.ModuleDecl.Export e -> {
                    CoreEntity entity = moduleEntity(e.type(), types, offset);
                    names.addExport(e.name(), offset);
                    exports.put(e.name(), entity);
                }
                case CoreDefType.ModuleDecl.OuterAlias a -> types.add(outerCoreSubType(a, types, offset));
            }
        }
        return new ModuleTypeDef(imports, exports);
    }

    private CoreDefType.SubType outerCoreSubType(CoreDefType.ModuleDecl.OuterAlias a, List<CoreDefType.SubType> local, long offset) {
        if (a.count() == 0) {
            if (a.index() < 0 || a.index() >= local.size()) {
                throw invalid(offset, "unknown type " + Integer.toUnsignedString(a.index()) + ": type index out of bounds");
            }
            return local.get(a.index());
        }
        CoreTypeEntry e = scopes.outer(a.count() - 1, offset).coreTypeAt(a.index(), offset);
        if (e instanceof CoreTypeEntry.Sub s) return s.type();
        throw invalid(offset, "not implemented: aliasing core module types into a core module's types index space");
    }

    // ---- core instances ----

    CoreInstanceTypeDef coreInstance(CoreInstance i) {
        return switch (i) {
            case CoreInstance.Instantiate in -> instantiate(in);
            case CoreInstance.FromExports fe -> fromExports(fe);
        };
    }

    /** Every import of the module must be supplied, by name, by an export of a {@code with} instance. */
    private CoreInstanceTypeDef instantiate(CoreInstance.Instantiate in) {
        ComponentState state = scopes.current();
        long offset = in.offset();
        ModuleTypeDef module = state.moduleAt(in.moduleIndex(), offset);
        Map<String, CoreInstanceTypeDef> args = new LinkedHashMap<>();
        for (CoreInstance.Arg arg : in.args()) {
            CoreInstanceTypeDef inst = state.coreInstanceAt(arg.instance().index(), offset);
            if (args.put(arg.name(), inst) != null) {
                throw invalid(offset, "duplicate module instantiation argument named `" + arg.name() + "`");
            }
        }
        for (Map.Entry<ModuleTypeDef.ImportName, CoreEntity> imp : module.imports().entrySet()) {
            String mod = imp.getKey().module();
            String name = imp.getKey().name();
            CoreInstanceTypeDef inst = args.get(mod);
            if (inst == null) throw invalid(offset, "missing module instantiation argument named `" + mod + "`");
            CoreEntity actual = inst.exports().get(name);
            if (actual == null) {
                throw invalid(offset, "module instantiation argument `" + mod + "` does not export an item named `" + name + "`");
            }
            withContext(() -> CoreSubtyping.entity(actual, imp.getValue(), offset),
                    () -> "type mismatch for export `" + name + "` of module instantiation argument `" + mod + "`");
        }
        return new CoreInstanceTypeDef(module.exports());
    }

    private CoreInstanceTypeDef fromExports(CoreInstance.FromExports fe) {
        ComponentState state = scopes.current();
        long offset = fe.offset();
        LinkedHashMap<String, CoreEntity> exports = new LinkedHashMap<>();
        for (CoreInstance.InlineExport e : fe.exports()) {
            int idx = e.target().index();
            CoreEntity entity = switch (e.target().sort()) {
                case CORE_FUNC -> new CoreEntity.Func(state.coreFuncAt(idx, offset));
                case CORE_TABLE -> new CoreEntity.Table(state.tableAt(idx, offset));
                case CORE_MEMORY -> new CoreEntity.Memory(state.memoryAt(idx, offset));
                case CORE_GLOBAL -> new CoreEntity.Global(state.globalAt(idx, offset));
                case CORE_TAG -> new CoreEntity.Tag(state.tagAt(idx, offset));
                default -> throw invalid(offset, "invalid core export kind " + e.target().sort());
            };
            if (exports.put(e.name(), entity) != null) {
                throw invalid(offset, "duplicate instantiation export name `" + e.name() + "` already defined");
            }
        }
        return new CoreInstanceTypeDef(exports);
    }

    // ---- alias core export ----

    /** {@code (alias core export i "n" (sort))}: adds the export to the sort's core index space. */
    CoreEntity aliasCoreExport(int instanceIndex, String name, Sort sort, long offset) {
        ComponentState state = scopes.current();
        CoreEntity e = state.coreInstanceAt(instanceIndex, offset).exports().get(name);
        if (e == null) {
            throw invalid(offset, "core instance " + Integer.toUnsignedString(instanceIndex) + " has no export named `" + name + "`");
        }
        String want = switch (sort) {
            case CORE_FUNC -> "function";
            case CORE_TABLE -> "table";
            case CORE_MEMORY -> "memory";
            case CORE_GLOBAL -> "global";
            case CORE_TAG -> "tag";
            default -> throw invalid(offset, "invalid core export alias sort " + sort);
        };
        boolean ok = switch (e) {
            case CoreEntity.Func f when sort == Sort.CORE_FUNC -> state.coreFuncs.add(f.type());
            case CoreEntity.Table t when sort == Sort.CORE_TABLE -> state.coreTables.add(t.type());
            case CoreEntity.Memory m when sort == Sort.CORE_MEMORY -> state.coreMemories.add(m.type());
            case CoreEntity.Global g when sort == Sort.CORE_GLOBAL -> state.coreGlobals.add(g.type());
            case CoreEntity.Tag t when sort == Sort.CORE_TAG -> state.coreTags.add(t.type());
            default -> false;
        };
        if (!ok) {
            throw invalid(offset, "export `" + name + "` for core instance " + Integer.toUnsignedString(instanceIndex) + " is not a " + want);
        }
        return e;
    }
}
