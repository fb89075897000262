package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeLimits.MAX_EXPORTS;
import static dev.weft.binary.decode.DecodeLimits.MAX_FUNCTIONS;
import static dev.weft.binary.decode.DecodeLimits.MAX_GLOBALS;
import static dev.weft.binary.decode.DecodeLimits.MAX_IMPORTS;
import static dev.weft.binary.decode.DecodeLimits.MAX_MEMORIES;
import static dev.weft.binary.decode.DecodeLimits.MAX_TABLES;
import static dev.weft.binary.decode.DecodeLimits.MAX_TAGS;
import static dev.weft.binary.decode.DecodeLimits.MAX_TYPES;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreModuleSummary;
import dev.weft.binary.ast.CoreModuleSummary.CoreExport;
import dev.weft.binary.ast.CoreModuleSummary.CoreImport;
import dev.weft.binary.ast.Sort;
import dev.weft.errors.MalformedComponentException;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the component layer needs of a core module (its types, imports, functions, tables,
 * memories, globals, tags, exports and start function) without parsing code: the element, data
 * count, code, data and custom sections are skipped by their size, so the 12 MB SpiderMonkey module of
 * a JavaScript component is read in milliseconds. Section ids, sizes and order are checked as
 * wasmparser checks them ("section out of order", "malformed section id").
 *
 * <p>The lists of {@link CoreModuleSummary} hold the module's own definitions; imported functions,
 * tables, memories, globals and tags are in {@link CoreModuleSummary#imports()} and come first in
 * their index spaces.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html">core binary modules</a>
 */
public final class CoreModuleReader {
    private CoreModuleReader() {}

    /**
     * Reads the module in {@code module} (a slice of the component's buffer; offsets in errors are
     * absolute in that buffer).
     *
     * @throws MalformedComponentException if the module's preamble, section framing or the sections read
     *     do not follow the binary format
     */
    public static CoreModuleSummary read(ByteSlice module) {
        Summary s = new Summary();
        scan(module, s);
        return new CoreModuleSummary(module, s.types, s.imports, s.functions, s.tables, s.memories, s.globals,
                s.tags, s.exports, Optional.ofNullable(s.start));
    }

    /**
     * Checks the preamble and section framing only (ids, sizes, order): what the component decoder does
     * for each nested module, leaving the section contents to {@link #read}.
     */
    static void checkStructure(ByteSlice module) {
        scan(module, null);
    }

    /** The summary being built. */
    private static final class Summary {
        List<CoreDefType.RecGroup> types = List.of();
        List<CoreImport> imports = List.of();
        List<Integer> functions = List.of();
        List<CoreExternType.Table> tables = List.of();
        List<CoreExternType.Memory> memories = List.of();
        List<CoreExternType.Global> globals = List.of();
        List<CoreExternType.Tag> tags = List.of();
        List<CoreExport> exports = List.of();
        Integer start;
    }

    private static void scan(ByteSlice module, Summary out) {
        BinaryReader r = BinaryReader.of(module);
        Preamble.read(r, false);
        int lastOrder = 0;
        while (!r.eof()) {
            int idAt = r.position();
            int id = r.u8();
            int order = order(id, idAt);
            BinaryReader sec = r.split(r.u32AsLong());
            if (id != 0) {
                if (order <= lastOrder) throw BinaryReader.error(idAt, "section out of order");
                lastOrder = order;
            }
            if (out == null) continue;
            if (section(id, sec, out)) sec.expectEnd();
        }
    }

    /**
     * The position of section {@code id} in the required order (type, import, function, table, memory,
     * tag, global, export, start, element, data count, code, data); 0 for custom sections.
     */
    private static int order(int id, int at) {
        return switch (id) {
            case 0 -> 0;
            case 1, 2, 3, 4, 5 -> id;
            case 13 -> 6;
            case 6, 7, 8, 9 -> id + 1;
            case 12 -> 11;
            case 10, 11 -> id + 2;
            default -> throw BinaryReader.error(at, "malformed section id: " + id);
        };
    }

    /** Reads one section into {@code out}; false if its contents were skipped. */
    private static boolean section(int id, BinaryReader sec, Summary out) {
        switch (id) {
            case 0 -> sec.name(); // a custom section's name must be valid; its contents are not ours
            case 1 -> out.types = sec.vec(MAX_TYPES, "types", CoreTypeReader::recGroup);
            case 2 -> out.imports = sec.vec(MAX_IMPORTS, "imports", CoreModuleReader::coreImport);
            case 3 -> out.functions = sec.vec(MAX_FUNCTIONS, "functions", BinaryReader::u32);
            case 4 -> out.tables = sec.vec(MAX_TABLES, "tables", CoreModuleReader::table);
            case 5 -> out.memories = sec.vec(MAX_MEMORIES, "memories", CoreTypeReader::memoryType);
            case 13 -> out.tags = sec.vec(MAX_TAGS, "tags", CoreTypeReader::tagType);
            case 6 -> out.globals = sec.vec(MAX_GLOBALS, "globals", CoreModuleReader::global);
            case 7 -> out.exports = sec.vec(MAX_EXPORTS, "exports", CoreModuleReader::export);
            case 8 -> out.start = sec.u32();
            default -> {
                return false; // element, data count, code, data: skipped by size
            }
        }
        return id != 0;
    }

    /** {@code import ::= mod:name nm:name d:externtype}. */
    private static CoreImport coreImport(BinaryReader r) {
        return new CoreImport(r.name(), r.name(), CoreTypeReader.externType(r));
    }

    /** {@code table ::= tt:tabletype | 0x40 0x00 tt:tabletype e:expr}. */
    private static CoreExternType.Table table(BinaryReader r) {
        if (r.peek() != 0x40) return CoreTypeReader.tableType(r);
        r.u8();
        if (r.u8() != 0x00) throw BinaryReader.error(r.position() - 1, "invalid table encoding");
        CoreExternType.Table t = CoreTypeReader.tableType(r);
        ConstExpr.skip(r);
        return t;
    }

    /** {@code global ::= gt:globaltype e:expr}: the type is kept, the initializer skipped. */
    private static CoreExternType.Global global(BinaryReader r) {
        CoreExternType.Global g = CoreTypeReader.globalType(r);
        ConstExpr.skip(r);
        return g;
    }

    /** {@code export ::= nm:name d:exportdesc} with {@code exportdesc ::= kind:byte idx:u32}. */
    private static CoreExport export(BinaryReader r) {
        String name = r.name();
        int kindAt = r.position();
        Sort sort = ExternReader.coreExternalKind(r.u8(), kindAt);
        return new CoreExport(name, sort, r.u32());
    }
}
