package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeLimits.MAX_COMPONENT_TYPE_DECLS;
import static dev.weft.binary.decode.DecodeLimits.MAX_ENUM_CASES;
import static dev.weft.binary.decode.DecodeLimits.MAX_FLAG_NAMES;
import static dev.weft.binary.decode.DecodeLimits.MAX_FUNCTION_PARAMS;
import static dev.weft.binary.decode.DecodeLimits.MAX_INSTANCE_TYPE_DECLS;
import static dev.weft.binary.decode.DecodeLimits.MAX_NESTING_DEPTH;
import static dev.weft.binary.decode.DecodeLimits.MAX_RECORD_FIELDS;
import static dev.weft.binary.decode.DecodeLimits.MAX_TUPLE_TYPES;
import static dev.weft.binary.decode.DecodeLimits.MAX_VARIANT_CASES;

import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.DefType.Decl;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.ValType;
import java.util.Optional;

/**
 * Component type definitions (section 7 and the {@code 0x01} declarators): {@code defvaltype},
 * {@code functype}, {@code componenttype}, {@code instancetype} and {@code resourcetype}, in
 * Binary.md's order. Component and instance types nest; {@code depth} counts the enclosing
 * components and types so that hostile nesting ends in an error, not a stack overflow.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#type-definitions">Binary.md: type definitions</a>
 */
final class TypeReader {
    private TypeReader() {}

    private static final PrimValType[] PRIMS = new PrimValType[0x80];

    static {
        for (PrimValType p : PrimValType.values()) PRIMS[p.opcode()] = p;
    }

    /** The primitive value type with opcode {@code b}, or null. */
    static PrimValType prim(int b) {
        return b >= 0 && b < PRIMS.length ? PRIMS[b] : null;
    }

    /** {@code type ::= dt:<deftype>}. */
    static DefType defType(BinaryReader r, int depth) {
        int b = r.u8();
        return switch (b) {
            case 0x3f -> resourceType(r);
            case 0x40, 0x43 -> funcType(r, b == 0x43);
            case 0x41 -> new DefType.ComponentType(
                    r.vec(MAX_COMPONENT_TYPE_DECLS, "component type declaration", x -> componentDecl(x, nested(x, depth))));
            case 0x42 -> new DefType.InstanceType(
                    r.vec(MAX_INSTANCE_TYPE_DECLS, "instance type declaration", x -> instanceDecl(x, nested(x, depth))));
            default -> {
                PrimValType p = prim(b);
                yield p != null ? p : defValType(r, b);
            }
        };
    }

    private static int nested(BinaryReader r, int depth) {
        if (depth + 1 > MAX_NESTING_DEPTH) {
            throw BinaryReader.error(r.position(), "nesting too deep: components and component/instance types may nest at most "
                    + MAX_NESTING_DEPTH + " levels");
        }
        return depth + 1;
    }

    /** {@code resourcetype ::= 0x3f t:<core:valtype> f?:<core:funcidx>?} (after the 0x3f). */
    private static DefType.Resource resourceType(BinaryReader r) {
        var rep = CoreTypeReader.valType(r);
        int b = r.u8();
        Optional<Integer> dtor = switch (b) {
            case 0x00 -> Optional.empty();
            case 0x01 -> Optional.of(r.u32());
            default -> throw r.invalidLeadingByte(b, "resource destructor");
        };
        return new DefType.Resource(rep, dtor);
    }

    /** {@code functype ::= 0x40 ps rs | 0x43 ps rs} (after the opcode). */
    private static DefType.Func funcType(BinaryReader r, boolean async) {
        var params = r.vec(MAX_FUNCTION_PARAMS, "component function parameters", TypeReader::field);
        return new DefType.Func(async, params, resultList(r));
    }

    /** {@code resultlist ::= 0x00 t:<valtype> | 0x01 0x00}. */
    static Optional<ValType> resultList(BinaryReader r) {
        int b = r.u8();
        return switch (b) {
            case 0x00 -> Optional.of(valType(r));
            case 0x01 -> {
                int n = r.u8();
                if (n != 0x00) throw r.invalidLeadingByte(n, "number of results");
                yield Optional.empty();
            }
            default -> throw r.invalidLeadingByte(b, "component function results");
        };
    }

    /** {@code defvaltype} other than a primitive, by its opcode {@code b} (already read). */
    private static DefValType defValType(BinaryReader r, int b) {
        return switch (b) {
            case 0x72 -> new DefValType.Record(r.vec(MAX_RECORD_FIELDS, "record field", TypeReader::field));
            case 0x71 -> new DefValType.Variant(r.vec(MAX_VARIANT_CASES, "variant cases", TypeReader::variantCase));
            case 0x70 -> new DefValType.ListOf(valType(r));
            case 0x67 -> new DefValType.FixedList(valType(r), r.u32AsLong());
            case 0x6f -> new DefValType.Tuple(r.vec(MAX_TUPLE_TYPES, "tuple types", TypeReader::valType));
            case 0x6e -> new DefValType.Flags(r.vec(MAX_FLAG_NAMES, "flag names", BinaryReader::name));
            case 0x6d -> new DefValType.Enum(r.vec(MAX_ENUM_CASES, "enum cases", BinaryReader::name));
            case 0x6b -> new DefValType.Option(valType(r));
            case 0x6a -> new DefValType.Result(optionalValType(r), optionalValType(r));
            case 0x69 -> new DefValType.Own(r.u32());
            case 0x68 -> new DefValType.Borrow(r.u32());
            case 0x66 -> new DefValType.Stream(optionalValType(r));
            case 0x65 -> new DefValType.Future(optionalValType(r));
            case 0x63 -> new DefValType.MapOf(valType(r), valType(r));
            default -> throw r.invalidLeadingByte(b, "component defined type");
        };
    }

    /** {@code labelvaltype ::= l:<labellit> t:<valtype>}. */
    private static DefValType.Field field(BinaryReader r) {
        return new DefValType.Field(r.name(), valType(r));
    }

    /** {@code case ::= l:<labellit> t?:<valtype>? 0x00}. */
    private static DefValType.Case variantCase(BinaryReader r) {
        var c = new DefValType.Case(r.name(), optionalValType(r));
        int z = r.u8();
        if (z != 0x00) throw r.invalidLeadingByte(z, "zero byte required");
        return c;
    }

    /** {@code valtype ::= i:<typeidx> | pvt:<primvaltype>}; an index is an {@code s33} kept as its u32 bits. */
    static ValType valType(BinaryReader r) {
        PrimValType p = prim(r.peek());
        if (p != null) {
            r.u8();
            return p;
        }
        return new ValType.Ref((int) r.s33());
    }

    /** {@code <valtype>? ::= 0x00 | 0x01 t}. */
    static Optional<ValType> optionalValType(BinaryReader r) {
        int b = r.u8();
        return switch (b) {
            case 0x00 -> Optional.empty();
            case 0x01 -> Optional.of(valType(r));
            default -> throw r.invalidLeadingByte(b, "optional component value type");
        };
    }

    /** {@code componentdecl ::= 0x03 importdecl | instancedecl}. */
    static Decl componentDecl(BinaryReader r, int depth) {
        if (r.peek() == 0x03) {
            int offset = r.position();
            r.u8();
            return new Decl.Import(offset, ExternReader.nameAttributes(r), ExternReader.externType(r));
        }
        return instanceDecl(r, depth);
    }

    /** {@code instancedecl ::= 0x00 core:type | 0x01 type | 0x02 alias | 0x04 exportdecl}. */
    static Decl instanceDecl(BinaryReader r, int depth) {
        int offset = r.position();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new Decl.CoreType(offset, CoreTypeReader.coreDefType(r));
            case 0x01 -> new Decl.Type(offset, defType(r, depth));
            case 0x02 -> new Decl.AliasDecl(offset, AliasReader.alias(r));
            case 0x04 -> new Decl.Export(offset, ExternReader.nameAttributes(r), ExternReader.externType(r));
            default -> throw r.invalidLeadingByte(b, "component or instance type declaration");
        };
    }
}
