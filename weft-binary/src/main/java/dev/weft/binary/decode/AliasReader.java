package dev.weft.binary.decode;

import dev.weft.binary.ast.Alias;
import dev.weft.binary.ast.Sort;

/**
 * {@code alias} (section 6 and the {@code 0x02} declarators of component and instance types).
 * As in wasmparser, the sort bytes are read first and interpreted once the target byte says which
 * sorts are allowed: any component sort (and {@code core module}) for instance exports, a core export
 * kind for core instance exports, and only {@code core type}, {@code core module}, {@code type} and
 * {@code component} for outer aliases.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#alias-definitions">Binary.md: alias definitions</a>
 */
final class AliasReader {
    private AliasReader() {}

    /** {@code alias ::= s:<sort> 0x00 i n | s:<sort> 0x01 i n | s:<sort> 0x02 ct idx}. */
    static Alias alias(BinaryReader r) {
        int offset = r.position();
        int b1 = r.u8();
        int b2 = b1 == 0x00 ? r.u8() : -1;
        int target = r.u8();
        return switch (target) {
            case 0x00 -> {
                Sort sort = ExternReader.externalKind(b1, b2, offset);
                yield new Alias(offset, sort, new Alias.Export(r.u32(), r.name()));
            }
            case 0x01 -> {
                if (b2 < 0) throw BinaryReader.invalidLeadingByte(b1, "core instance export kind", offset);
                Sort sort = ExternReader.coreExternalKind(b2, offset + 1);
                yield new Alias(offset, sort, new Alias.CoreExport(r.u32(), r.name()));
            }
            case 0x02 -> {
                Sort sort = outerAliasKind(b1, b2, offset);
                yield new Alias(offset, sort, new Alias.Outer(r.u32(), r.u32()));
            }
            default -> throw r.invalidLeadingByte(target, "alias");
        };
    }

    /** The {@code outeraliassort}s: {@code core type}, {@code core module}, {@code type}, {@code component}. */
    private static Sort outerAliasKind(int b1, int b2, int offset) {
        return switch (b1) {
            case 0x00 -> switch (b2) {
                case 0x10 -> Sort.CORE_TYPE;
                case 0x11 -> Sort.CORE_MODULE;
                default -> throw BinaryReader.invalidLeadingByte(b2, "component outer alias kind", offset + 1);
            };
            case 0x03 -> Sort.TYPE;
            case 0x04 -> Sort.COMPONENT;
            default -> throw BinaryReader.invalidLeadingByte(b1, "component outer alias kind", offset);
        };
    }
}
