package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeLimits.MAX_FUNCTION_PARAMS;
import static dev.weft.binary.decode.DecodeLimits.MAX_FUNCTION_RETURNS;
import static dev.weft.binary.decode.DecodeLimits.MAX_MODULE_TYPE_DECLS;
import static dev.weft.binary.decode.DecodeLimits.MAX_STRUCT_FIELDS;
import static dev.weft.binary.decode.DecodeLimits.MAX_SUPERTYPES;
import static dev.weft.binary.decode.DecodeLimits.MAX_TYPES;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreDefType.ModuleDecl;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreStorageType;
import dev.weft.binary.ast.CoreValType;
import java.util.List;
import java.util.OptionalLong;

/**
 * Core WebAssembly types as they appear in components and in core modules: value, reference and heap
 * types; the GC recursion groups, subtypes and composite types (func, struct, array); the
 * {@code core:type} of a component with its {@code 0x00 0x50} wart and module types; and the extern
 * types of imports and exports (func, table, memory, global, tag) with their limits.
 *
 * @see <a href="https://webassembly.github.io/gc/core/binary/types.html">core binary types</a>
 */
final class CoreTypeReader {
    private CoreTypeReader() {}

    // ---- component core:type ----

    /**
     * {@code core:deftype ::= rectype | 0x00 0x50 x* ct | 0x50 md*}: a bare {@code 0x50} is a module type,
     * and a non-final GC subtype must be written {@code 0x00 0x50} here (Binary.md's pre-1.0 wart).
     */
    static CoreDefType coreDefType(BinaryReader r) {
        return switch (r.peek()) {
            case 0x00 -> {
                r.u8();
                int b = r.peek();
                if (b != 0x50) throw BinaryReader.invalidLeadingByte(b, "non-final sub type", r.position());
                yield recGroup(r);
            }
            case 0x50 -> {
                r.u8();
                yield new CoreDefType.ModuleType(r.vec(MAX_MODULE_TYPE_DECLS, "module type declaration", CoreTypeReader::moduleDecl));
            }
            default -> recGroup(r);
        };
    }

    /** {@code core:moduledecl}. */
    static ModuleDecl moduleDecl(BinaryReader r) {
        int offset = r.position();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new ModuleDecl.Import(offset, r.name(), r.name(), externType(r));
            case 0x01 -> new ModuleDecl.Type(offset, recGroup(r));
            case 0x02 -> moduleOuterAlias(r, offset);
            case 0x03 -> new ModuleDecl.Export(offset, r.name(), externType(r));
            default -> throw r.invalidLeadingByte(b, "type definition");
        };
    }

    /** {@code core:alias ::= 0x10 0x01 ct:<u32> idx:<u32>}. */
    private static ModuleDecl moduleOuterAlias(BinaryReader r, int offset) {
        int kind = r.u8();
        if (kind != 0x10) throw r.invalidLeadingByte(kind, "outer alias kind");
        int target = r.u8();
        if (target != 0x01) throw r.invalidLeadingByte(target, "outer alias target");
        return new ModuleDecl.OuterAlias(offset, r.u32(), r.u32());
    }

    // ---- GC types ----

    /** {@code rectype ::= 0x4e vec(subtype) | subtype}. */
    static CoreDefType.RecGroup recGroup(BinaryReader r) {
        if (r.peek() == 0x4e) {
            r.u8();
            return new CoreDefType.RecGroup(true, r.vec(MAX_TYPES, "rec group types", CoreTypeReader::subType));
        }
        return new CoreDefType.RecGroup(false, List.of(subType(r)));
    }

    /** {@code subtype ::= 0x50 x* ct | 0x4f x* ct | ct} (a bare composite type is final, without supertypes). */
    static CoreDefType.SubType subType(BinaryReader r) {
        int b = r.u8();
        if (b == 0x4f || b == 0x50) {
            List<Integer> supers = r.vec(MAX_SUPERTYPES, "supertype idxs", BinaryReader::u32);
            return new CoreDefType.SubType(b == 0x4f, supers, composite(r, r.u8()));
        }
        return new CoreDefType.SubType(true, List.of(), composite(r, b));
    }

    private static CoreDefType.Composite composite(BinaryReader r, int opcode) {
        return switch (opcode) {
            case 0x60 -> funcType(r);
            case 0x5f -> new CoreDefType.StructType(r.vec(MAX_STRUCT_FIELDS, "struct fields", CoreTypeReader::fieldType));
            case 0x5e -> new CoreDefType.ArrayType(fieldType(r));
            case 0x65 -> throw BinaryReader.error(r.position() - 1, "shared composite types are not supported");
            default -> throw r.invalidLeadingByte(opcode, "type");
        };
    }

    /** {@code functype ::= 0x60 vec(valtype) vec(valtype)} (after the 0x60). */
    static CoreDefType.FuncType funcType(BinaryReader r) {
        List<CoreValType> params = r.vec(MAX_FUNCTION_PARAMS, "function params", CoreTypeReader::valType);
        List<CoreValType> results = r.vec(MAX_FUNCTION_RETURNS, "function returns", CoreTypeReader::valType);
        return new CoreDefType.FuncType(params, results);
    }

    private static CoreDefType.FieldType fieldType(BinaryReader r) {
        CoreStorageType storage = switch (r.peek()) {
            case 0x78 -> { r.u8(); yield CoreStorageType.Packed.I8; }
            case 0x77 -> { r.u8(); yield CoreStorageType.Packed.I16; }
            default -> valType(r);
        };
        int m = r.u8();
        if (m > 1) throw BinaryReader.error(r.position() - 1, "malformed mutability byte for field type");
        return new CoreDefType.FieldType(storage, m == 1);
    }

    // ---- value, reference and heap types ----

    /** {@code valtype ::= numtype | vectype | reftype}. */
    static CoreValType valType(BinaryReader r) {
        int b = r.peek();
        CoreValType.Num num = CoreValType.Num.ofOpcode(b);
        if (num != null) {
            r.u8();
            return num;
        }
        if (b == 0x63 || b == 0x64 || CoreValType.HeapType.Abstract.ofOpcode(b) != null) return refType(r);
        throw BinaryReader.error(r.position(), "invalid value type");
    }

    /** {@code reftype ::= 0x63 ht | 0x64 ht | abstract-heap-type shorthand (nullable)}. */
    static CoreValType.Ref refType(BinaryReader r) {
        int start = r.position();
        int b = r.peek();
        if (b == 0x63 || b == 0x64) {
            r.u8();
            return new CoreValType.Ref(b == 0x63, heapType(r));
        }
        CoreValType.HeapType.Abstract a = CoreValType.HeapType.Abstract.ofOpcode(b);
        if (a == null) throw BinaryReader.error(start, "malformed reference type");
        r.u8();
        return new CoreValType.Ref(true, a);
    }

    /** {@code heaptype ::= absheaptype | s33 type index}. */
    static CoreValType.HeapType heapType(BinaryReader r) {
        int start = r.position();
        int b = r.peek();
        CoreValType.HeapType.Abstract a = CoreValType.HeapType.Abstract.ofOpcode(b);
        if (a != null) {
            r.u8();
            return a;
        }
        long idx = r.s33();
        if (idx < 0) {
            throw BinaryReader.error(start, b == 0x65 ? "shared heap types are not supported" : "invalid heap type");
        }
        return new CoreValType.HeapType.Concrete((int) idx);
    }

    // ---- extern types ----

    /** {@code externtype} of a core import or module-type declaration, by its kind byte. */
    static CoreExternType externType(BinaryReader r) {
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new CoreExternType.Func(r.u32());
            case 0x01 -> tableType(r);
            case 0x02 -> memoryType(r);
            case 0x03 -> globalType(r);
            case 0x04 -> tagType(r);
            default -> throw r.invalidLeadingByte(b, "external kind");
        };
    }

    /** {@code tabletype ::= et:reftype lim:limits} (flag bits: 1 has max, 2 shared, 4 table64). */
    static CoreExternType.Table tableType(BinaryReader r) {
        CoreValType.Ref element = refType(r);
        int flagsAt = r.position();
        int flags = r.u8();
        if ((flags & ~0b111) != 0) throw BinaryReader.error(flagsAt, "invalid table resizable limits flags");
        boolean is64 = (flags & 0b100) != 0;
        long min = is64 ? r.u64() : r.u32AsLong();
        OptionalLong max = (flags & 0b001) == 0 ? OptionalLong.empty() : OptionalLong.of(is64 ? r.u64() : r.u32AsLong());
        return new CoreExternType.Table(element, new CoreExternType.Limits(min, max, is64));
    }

    /** {@code memtype ::= limits} (flag bits: 1 has max, 2 shared, 4 memory64, 8 custom page size). */
    static CoreExternType.Memory memoryType(BinaryReader r) {
        int flagsAt = r.position();
        int flags = r.u8();
        if ((flags & ~0b1111) != 0) throw BinaryReader.error(flagsAt, "invalid memory limits flags");
        boolean is64 = (flags & 0b0100) != 0;
        boolean shared = (flags & 0b0010) != 0;
        long min = is64 ? r.u64() : r.u32AsLong();
        OptionalLong max = (flags & 0b0001) == 0 ? OptionalLong.empty() : OptionalLong.of(is64 ? r.u64() : r.u32AsLong());
        int pageSizeLog2 = 16;
        if ((flags & 0b1000) != 0) {
            int at = r.position();
            pageSizeLog2 = r.u32();
            if (pageSizeLog2 < 0 || pageSizeLog2 >= 64) throw BinaryReader.error(at, "invalid custom page size");
        }
        return new CoreExternType.Memory(new CoreExternType.Limits(min, max, is64), shared, is64, pageSizeLog2);
    }

    /** {@code globaltype ::= t:valtype m:mut} (bit 1 mutable, bit 2 shared). */
    static CoreExternType.Global globalType(BinaryReader r) {
        CoreValType type = valType(r);
        int flags = r.u8();
        if (flags > 0b11) throw BinaryReader.error(r.position() - 1, "malformed mutability");
        return new CoreExternType.Global(type, (flags & 1) != 0, (flags & 2) != 0);
    }

    /** {@code tagtype ::= 0x00 x:typeidx}. */
    static CoreExternType.Tag tagType(BinaryReader r) {
        int attribute = r.u8();
        if (attribute != 0) throw BinaryReader.error(r.position() - 1, "invalid tag attributes");
        return new CoreExternType.Tag(r.u32());
    }
}
