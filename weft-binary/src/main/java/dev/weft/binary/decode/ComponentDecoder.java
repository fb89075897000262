package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeLimits.MAX_FUNCTION_RETURNS;
import static dev.weft.binary.decode.DecodeLimits.MAX_NESTING_DEPTH;
import static dev.weft.binary.decode.DecodeLimits.MAX_START_ARGS;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.NameSection;
import dev.weft.binary.ast.Section;
import dev.weft.errors.MalformedComponentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes a component binary into its syntax tree ({@link Component}), in one pass over the bytes:
 * the preamble, then the sections 0 to 12 of Binary.md, nested components recursively. Core modules
 * are kept as slices of the input (their preamble and section framing are checked here, their
 * contents by {@link CoreModuleReader}); values 🪙 are kept as bytes; the {@code component-name}
 * section is decoded leniently.
 *
 * <p>Every offset in the tree and in errors is absolute in {@code bytes}. Decoding never validates:
 * indices are left unresolved and the rules of Binary.md's "validation" notes are the validator's.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md">Binary.md</a>
 */
public final class ComponentDecoder {
    private ComponentDecoder() {}

    /**
     * Decodes {@code bytes} as a component.
     *
     * @throws MalformedComponentException if the bytes do not follow the binary format (the offset says where)
     */
    public static Component decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return component(new BinaryReader(bytes, 0, bytes.length), 0);
    }

    /** {@code component ::= <preamble> s*:<section>*}, reading to the end of {@code r}. */
    static Component component(BinaryReader r, int depth) {
        int start = r.position();
        Preamble.read(r, true);
        List<Section> sections = new ArrayList<>();
        while (!r.eof()) sections.add(section(r, depth));
        return new Component(start, r.position() - start, sections);
    }

    /** {@code section_N(B) ::= N:<byte> size:<u32> B} (if size == |B|). */
    private static Section section(BinaryReader r, int depth) {
        int offset = r.position();
        int id = r.u8();
        if (id > 12) throw BinaryReader.error(offset, "malformed section id: " + id);
        BinaryReader s = r.split(r.u32AsLong());
        Section section = switch (id) {
            case 0 -> custom(s, offset);
            case 1 -> coreModule(s, offset);
            case 2 -> new Section.CoreInstances(offset, items(s, InstanceReader::coreInstance));
            case 3 -> new Section.CoreTypes(offset, items(s, CoreTypeReader::coreDefType));
            case 4 -> new Section.NestedComponent(offset, component(s, nested(s, depth)));
            case 5 -> new Section.Instances(offset, items(s, InstanceReader::instance));
            case 6 -> new Section.Aliases(offset, items(s, AliasReader::alias));
            case 7 -> new Section.Types(offset, items(s, x -> TypeReader.defType(x, depth)));
            case 8 -> new Section.Canons(offset, items(s, CanonReader::canon));
            case 9 -> start(s, offset);
            case 10 -> new Section.Imports(offset, items(s, ExternReader::importDef));
            case 11 -> new Section.Exports(offset, items(s, ExternReader::exportDef));
            case 12 -> new Section.Values(offset, items(s, ComponentDecoder::value));
            default -> throw new AssertionError(id);
        };
        s.expectEnd();
        return section;
    }

    private static int nested(BinaryReader r, int depth) {
        if (depth + 1 > MAX_NESTING_DEPTH) {
            throw BinaryReader.error(r.position(), "nesting too deep: components and component/instance types may nest at most "
                    + MAX_NESTING_DEPTH + " levels");
        }
        return depth + 1;
    }

    /**
     * The {@code vec} of a section. Its count is not limited (as in wasmparser) and not trusted: every
     * item takes at least one byte, so a count larger than the section fails at end-of-file.
     */
    private static <T> List<T> items(BinaryReader s, BinaryReader.Item<T> item) {
        long n = s.u32AsLong();
        List<T> out = new ArrayList<>(BinaryReader.initialCapacity(n, s.remaining()));
        for (long i = 0; i < n; i++) out.add(item.read(s));
        return out;
    }

    /** section_0: {@code name} then bytes; {@code component-name} is decoded if it can be. */
    private static Section custom(BinaryReader s, int offset) {
        String name = s.name();
        ByteSlice payload = s.bytes(s.remaining());
        if (name.equals(NameReader.SECTION_NAME)) {
            Optional<NameSection> names = NameReader.read(payload);
            if (names.isPresent()) return new Section.Names(offset, names.get());
        }
        return new Section.Custom(offset, name, payload);
    }

    /** section_1: a core module, kept as a slice after checking its preamble and section framing. */
    private static Section coreModule(BinaryReader s, int offset) {
        ByteSlice module = s.bytes(s.remaining());
        CoreModuleReader.checkStructure(module);
        return new Section.CoreModule(offset, module);
    }

    /** section_9 🪙: {@code start ::= f:<funcidx> arg*:vec(<valueidx>) r:<u32>}. */
    private static Section start(BinaryReader s, int offset) {
        int func = s.u32();
        List<Integer> args = s.vec(MAX_START_ARGS, "start function arguments", BinaryReader::u32);
        int results = s.size(MAX_FUNCTION_RETURNS, "start function results");
        return new Section.Start(offset, func, args, results);
    }

    /** section_12 🪙: {@code value ::= t:<valtype> len:<u32> v:<val(t)>}, the value kept as bytes. */
    private static Section.Value value(BinaryReader s) {
        int offset = s.position();
        var type = TypeReader.valType(s);
        return new Section.Value(offset, type, s.bytes(s.u32AsLong()));
    }
}
