package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeLimits.MAX_INSTANTIATION_ARGS;
import static dev.weft.binary.decode.DecodeLimits.MAX_INSTANTIATION_EXPORTS;

import dev.weft.binary.ast.CoreInstance;
import dev.weft.binary.ast.Instance;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.ast.SortIndex;

/**
 * Instance definitions: {@code core:instance} (section 2) and {@code instance} (section 5).
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#instance-definitions">Binary.md: instance definitions</a>
 */
final class InstanceReader {
    private InstanceReader() {}

    /** {@code core:instanceexpr ::= 0x00 m arg* | 0x01 e*}. */
    static CoreInstance coreInstance(BinaryReader r) {
        int offset = r.position();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new CoreInstance.Instantiate(offset, r.u32(),
                    r.vec(MAX_INSTANTIATION_ARGS, "core instantiation arguments", InstanceReader::coreArg));
            case 0x01 -> new CoreInstance.FromExports(offset,
                    r.vec(MAX_INSTANTIATION_ARGS, "core instantiation arguments", InstanceReader::coreInlineExport));
            default -> throw r.invalidLeadingByte(b, "core instance");
        };
    }

    /** {@code core:instantiatearg ::= n:<core:name> 0x12 i:<instanceidx>}. */
    private static CoreInstance.Arg coreArg(BinaryReader r) {
        int offset = r.position();
        String name = r.name();
        int kind = r.u8();
        if (kind != 0x12) throw r.invalidLeadingByte(kind, "instantiation arg kind");
        return new CoreInstance.Arg(offset, name, new SortIndex(Sort.CORE_INSTANCE, r.u32()));
    }

    /** {@code core:inlineexport ::= n:<core:name> si:<core:sortidx>} (func, table, memory, global or tag). */
    private static CoreInstance.InlineExport coreInlineExport(BinaryReader r) {
        int offset = r.position();
        String name = r.name();
        int kindAt = r.position();
        Sort sort = ExternReader.coreExternalKind(r.u8(), kindAt);
        return new CoreInstance.InlineExport(offset, name, new SortIndex(sort, r.u32()));
    }

    /** {@code instanceexpr ::= 0x00 c arg* | 0x01 e*}. */
    static Instance instance(BinaryReader r) {
        int offset = r.position();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new Instance.Instantiate(offset, r.u32(),
                    r.vec(MAX_INSTANTIATION_ARGS, "instantiation arguments", InstanceReader::arg));
            case 0x01 -> new Instance.FromExports(offset,
                    r.vec(MAX_INSTANTIATION_EXPORTS, "instantiation exports", InstanceReader::inlineExport));
            default -> throw r.invalidLeadingByte(b, "instance");
        };
    }

    /** {@code instantiatearg ::= n:<name> si:<sortidx>}. */
    private static Instance.Arg arg(BinaryReader r) {
        int offset = r.position();
        return new Instance.Arg(offset, r.name(), ExternReader.sortIndex(r));
    }

    /** {@code inlineexport ::= na:<nameattributes> si:<sortidx>}. */
    private static Instance.InlineExport inlineExport(BinaryReader r) {
        int offset = r.position();
        return new Instance.InlineExport(offset, ExternReader.nameAttributes(r), ExternReader.sortIndex(r));
    }
}
