package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeLimits.MAX_NAME_ATTRIBUTES;

import dev.weft.binary.ast.ExternDesc;
import dev.weft.binary.ast.ExternName;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.ast.SortIndex;
import java.util.List;
import java.util.Optional;

/**
 * Names, sorts and extern types: {@code nameattributes}, {@code sort}/{@code sortidx},
 * {@code externtype} with its bounds, and the {@code import}/{@code export} definitions built from
 * them (sections 10 and 11, and the declarators of component and instance types).
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#import-and-export-definitions">Binary.md: imports and exports</a>
 */
final class ExternReader {
    private ExternReader() {}

    /** {@code import ::= na:<nameattributes> et:<externtype>}. */
    static Section.Import importDef(BinaryReader r) {
        int offset = r.position();
        return new Section.Import(offset, nameAttributes(r), externType(r));
    }

    /** {@code export ::= na:<nameattributes> si:<sortidx> et?:<externtype>?}. */
    static Section.Export exportDef(BinaryReader r) {
        int offset = r.position();
        ExternName name = nameAttributes(r);
        SortIndex target = sortIndex(r);
        int b = r.u8();
        Optional<ExternDesc> ascribed = switch (b) {
            case 0x00 -> Optional.empty();
            case 0x01 -> Optional.of(externType(r));
            default -> throw r.invalidLeadingByte(b, "optional component export type");
        };
        return new Section.Export(offset, name, target, ascribed);
    }

    /**
     * {@code nameattributes ::= 0x00 name | 0x01 name | 0x02 name vec(attribute)}: 0x00 and 0x01 are the
     * legacy discriminants (same meaning, kept in {@link ExternName#discriminant()}).
     */
    static ExternName nameAttributes(BinaryReader r) {
        int offset = r.position();
        int b = r.u8();
        return switch (b) {
            case 0x00, 0x01 -> new ExternName(offset, b, r.name(), List.of());
            case 0x02 -> {
                String name = r.name();
                yield new ExternName(offset, b, name, r.vec(MAX_NAME_ATTRIBUTES, "name options", ExternReader::attribute));
            }
            default -> throw r.invalidLeadingByte(b, "component name");
        };
    }

    /** {@code attribute ::= 0x00 implements | 0x01 versionsuffix | 0x02 external-id}: each a length-prefixed string. */
    private static ExternName.Attribute attribute(BinaryReader r) {
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new ExternName.Implements(r.name());
            case 0x01 -> new ExternName.VersionSuffix(r.name());
            case 0x02 -> new ExternName.ExternalId(r.name());
            default -> throw r.invalidLeadingByte(b, "name option");
        };
    }

    /**
     * {@code externtype}: the kind bytes are those of {@code sort} (wasmparser's "component external
     * kind", where only {@code core module} is allowed among the core sorts).
     */
    static ExternDesc externType(BinaryReader r) {
        Sort kind = externalKind(r);
        return switch (kind) {
            case CORE_MODULE -> new ExternDesc.CoreModule(r.u32());
            case FUNC -> new ExternDesc.Func(r.u32());
            case VALUE -> new ExternDesc.Value(valueBound(r));
            case TYPE -> new ExternDesc.Type(typeBound(r));
            case COMPONENT -> new ExternDesc.Component(r.u32());
            case INSTANCE -> new ExternDesc.Instance(r.u32());
            default -> throw new AssertionError(kind);
        };
    }

    /** {@code typebound ::= 0x00 i:<typeidx> | 0x01}. */
    static ExternDesc.TypeBound typeBound(BinaryReader r) {
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new ExternDesc.Eq(r.u32());
            case 0x01 -> new ExternDesc.SubResource();
            default -> throw r.invalidLeadingByte(b, "type bound");
        };
    }

    /** {@code valuebound ::= 0x00 i:<valueidx> | 0x01 t:<valtype>} 🪙. */
    static ExternDesc.ValueBound valueBound(BinaryReader r) {
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new ExternDesc.ValueEq(r.u32());
            case 0x01 -> new ExternDesc.ValueOf(TypeReader.valType(r));
            default -> throw r.invalidLeadingByte(b, "value bound");
        };
    }

    /** {@code sortidx ::= sort:<sort> idx:<u32>} (component level: of the core sorts only {@code core module}). */
    static SortIndex sortIndex(BinaryReader r) {
        Sort sort = externalKind(r);
        return new SortIndex(sort, r.u32());
    }

    /** Reads the one or two bytes of a component {@code sort} as wasmparser's {@code ComponentExternalKind}. */
    static Sort externalKind(BinaryReader r) {
        int offset = r.position();
        int b1 = r.u8();
        int b2 = b1 == 0x00 ? r.u8() : -1;
        return externalKind(b1, b2, offset);
    }

    /** {@code sort} from its bytes ({@code b2} is -1 unless {@code b1} is the core prefix 0x00). */
    static Sort externalKind(int b1, int b2, int offset) {
        if (b1 == 0x00) {
            if (b2 == 0x11) return Sort.CORE_MODULE;
            throw BinaryReader.invalidLeadingByte(b2, "component external kind", offset + 1);
        }
        Sort s = Sort.componentSort(b1);
        if (s == null) throw BinaryReader.invalidLeadingByte(b1, "component external kind", offset);
        return s;
    }

    /** {@code core:sort} as an export kind of a core instance: func, table, memory, global or tag. */
    static Sort coreExternalKind(int b, int offset) {
        if (b <= 0x04) return Sort.coreSort(b);
        throw BinaryReader.invalidLeadingByte(b, "external kind", offset);
    }
}
