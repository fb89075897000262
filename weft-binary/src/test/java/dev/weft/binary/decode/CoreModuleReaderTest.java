package dev.weft.binary.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreDefType.FuncType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreExternType.Limits;
import dev.weft.binary.ast.CoreModuleSummary;
import dev.weft.binary.ast.CoreModuleSummary.CoreExport;
import dev.weft.binary.ast.CoreModuleSummary.CoreImport;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.Sort;
import dev.weft.errors.MalformedComponentException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link CoreModuleReader}: the sections the component layer needs, the others skipped by size. */
class CoreModuleReaderTest {

    private static final Bytes I32_TO_I32 = Bytes.of(0x60, 0x01, 0x7f, 0x01, 0x7f);

    private static CoreModuleSummary read(Bytes module) {
        return CoreModuleReader.read(ByteSlice.of(module.toArray()));
    }

    private static void fails(Bytes module, String reason, long offset) {
        var e = assertThrows(MalformedComponentException.class, () -> read(module));
        assertEquals(reason, e.reason());
        assertEquals(offset, e.offset());
    }

    private static Bytes fullModule() {
        return Bytes.module()
                .section(0, new Bytes().str("a custom section").b(1, 2, 3))
                .vecSection(1, I32_TO_I32, Bytes.of(0x60, 0x00, 0x00), Bytes.of(0x4e, 0x01, 0x5f, 0x01, 0x7f, 0x01))
                .vecSection(2,
                        new Bytes().str("env").str("f").b(0x00, 0x00),
                        new Bytes().str("env").str("t").b(0x01, 0x70, 0x00, 0x01),
                        new Bytes().str("env").str("m").b(0x02, 0x01, 0x01, 0x02),
                        new Bytes().str("env").str("g").b(0x03, 0x7f, 0x01),
                        new Bytes().str("env").str("e").b(0x04, 0x00, 0x01))
                .vecSection(3, Bytes.of(0x00), Bytes.of(0x01))
                .vecSection(4, Bytes.of(0x70, 0x00, 0x01), Bytes.of(0x40, 0x00, 0x70, 0x01, 0x01, 0x02, 0xd0, 0x70, 0x0b))
                .vecSection(5, Bytes.of(0x05, 0x01, 0x02), Bytes.of(0x03, 0x01, 0x01), Bytes.of(0x08, 0x01, 0x00))
                .vecSection(13, Bytes.of(0x00, 0x01))
                .vecSection(6,
                        Bytes.of(0x7f, 0x00, 0x41).s64(-42).b(0x0b),
                        Bytes.of(0x7e, 0x01, 0x42).s64(Long.MIN_VALUE).b(0x0b),
                        Bytes.of(0x7d, 0x00, 0x43, 0, 0, 0x80, 0x3f, 0x0b),
                        Bytes.of(0x7c, 0x00, 0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x0b),
                        Bytes.of(0x7b, 0x00, 0xfd, 0x0c).raw(new byte[16]).b(0x0b),
                        Bytes.of(0x7f, 0x00, 0x23, 0x00, 0x41, 0x01, 0x6a, 0x0b),
                        Bytes.of(0x70, 0x00, 0xd2, 0x01, 0x0b),
                        Bytes.of(0x64, 0x02, 0x00, 0x41, 0x07, 0xfb, 0x00, 0x02, 0x0b),
                        Bytes.of(0x6f, 0x00, 0xd0, 0x6f, 0x0b))
                .vecSection(7,
                        new Bytes().str("f").b(0x00, 0x01),
                        new Bytes().str("t").b(0x01, 0x00),
                        new Bytes().str("m").b(0x02, 0x01),
                        new Bytes().str("g").b(0x03, 0x02),
                        new Bytes().str("e").b(0x04, 0x00))
                .section(8, Bytes.of(0x01))
                .section(9, Bytes.of(0xde, 0xad, 0xbe, 0xef))                // element: skipped
                .section(12, Bytes.of(0x01))                                  // data count: skipped
                .section(10, Bytes.of(0xff, 0xff, 0xff))                      // code: skipped
                .section(11, Bytes.of(0x00, 0x01))                            // data: skipped
                .section(0, new Bytes().str("name").b(0xff));
    }

    @Test
    void readsTheSectionsTheComponentLayerNeeds() {
        Bytes module = fullModule();
        CoreModuleSummary s = read(module);
        assertEquals(module.size(), s.bytes().length());
        assertEquals(3, s.types().size());
        assertEquals(CoreDefType.RecGroup.single(new FuncType(List.of(CoreValType.Num.I32), List.of(CoreValType.Num.I32))),
                s.types().get(0));
        assertTrue(s.types().get(2).explicit());
        assertEquals(List.of(
                new CoreImport("env", "f", new CoreExternType.Func(0)),
                new CoreImport("env", "t", new CoreExternType.Table(CoreValType.Ref.FUNCREF, new Limits(1, OptionalLong.empty(), false))),
                new CoreImport("env", "m", new CoreExternType.Memory(new Limits(1, OptionalLong.of(2), false), false, false, 16)),
                new CoreImport("env", "g", new CoreExternType.Global(CoreValType.Num.I32, true, false)),
                new CoreImport("env", "e", new CoreExternType.Tag(1))), s.imports());
        assertEquals(List.of(0, 1), s.functions());
        assertEquals(List.of(
                new CoreExternType.Table(CoreValType.Ref.FUNCREF, new Limits(1, OptionalLong.empty(), false)),
                new CoreExternType.Table(CoreValType.Ref.FUNCREF, new Limits(1, OptionalLong.of(2), false))), s.tables());
        assertEquals(List.of(
                new CoreExternType.Memory(new Limits(1, OptionalLong.of(2), true), false, true, 16),
                new CoreExternType.Memory(new Limits(1, OptionalLong.of(1), false), true, false, 16),
                new CoreExternType.Memory(new Limits(1, OptionalLong.empty(), false), false, false, 0)), s.memories());
        assertEquals(List.of(new CoreExternType.Tag(1)), s.tags());
        assertEquals(9, s.globals().size());
        assertEquals(new CoreExternType.Global(CoreValType.Num.I64, true, false), s.globals().get(1));
        assertEquals(new CoreExternType.Global(new CoreValType.Ref(false, new CoreValType.HeapType.Concrete(2)), false, false),
                s.globals().get(7));
        assertEquals(List.of(
                new CoreExport("f", Sort.CORE_FUNC, 1), new CoreExport("t", Sort.CORE_TABLE, 0),
                new CoreExport("m", Sort.CORE_MEMORY, 1), new CoreExport("g", Sort.CORE_GLOBAL, 2),
                new CoreExport("e", Sort.CORE_TAG, 0)), s.exports());
        assertEquals(Optional.of(1), s.start());
    }

    @Test
    void emptyModule() {
        CoreModuleSummary s = read(Bytes.module());
        assertTrue(s.types().isEmpty() && s.imports().isEmpty() && s.exports().isEmpty());
        assertEquals(Optional.empty(), s.start());
    }

    @Test
    void offsetsAreAbsoluteInTheOuterBuffer() {
        byte[] outer = new Bytes().b(0xaa, 0xbb, 0xcc).then(Bytes.module().b(0x0e, 0x00)).toArray();
        var e = assertThrows(MalformedComponentException.class,
                () -> CoreModuleReader.read(new ByteSlice(outer, 3, outer.length - 3)));
        assertEquals("malformed section id: 14", e.reason());
        assertEquals(11, e.offset());
    }

    @Test
    void preambleErrors() {
        fails(Bytes.component(), "expected a version header for a module", 0);
        fails(Bytes.of(0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00),
                "unknown binary version and encoding combination: version 0x2, layer 0x0"
                        + " (a component is version 0xd layer 0x1, a core module version 0x1 layer 0x0)", 4);
        fails(Bytes.of(0x00, 0x61, 0x73), "unexpected end-of-file", 3);
    }

    @Test
    void sectionOrder() {
        fails(Bytes.module().vecSection(1).vecSection(11).vecSection(1), "section out of order", 14);
        fails(Bytes.module().vecSection(3).vecSection(3), "section out of order", 11);
        fails(Bytes.module().vecSection(7).vecSection(6), "section out of order", 11);
        // tag (13) goes between memory (5) and global (6); data count (12) between element (9) and code (10)
        read(Bytes.module().vecSection(5).vecSection(13).vecSection(6).vecSection(9).section(12, Bytes.of(0)).vecSection(10));
        fails(Bytes.module().vecSection(6).vecSection(13), "section out of order", 11);
        fails(Bytes.module().vecSection(10).section(12, Bytes.of(0)), "section out of order", 11);
        read(Bytes.module().vecSection(1).section(0, new Bytes().str("c")).vecSection(2).section(0, new Bytes().str("d")));
    }

    @Test
    void sectionErrors() {
        fails(Bytes.module().b(0x0e, 0x00), "malformed section id: 14", 8);
        fails(Bytes.module().b(0x01, 0x05, 0x00), "unexpected end-of-file", 10);
        fails(Bytes.module().section(1, Bytes.of(0x00, 0x00)), "section size mismatch: unexpected data at the end of the section", 11);
        fails(Bytes.module().section(0, Bytes.of(0x02, 0xff, 0xfe)), "malformed UTF-8 encoding", 11);
        fails(Bytes.module().vecSection(2, new Bytes().str("a").str("b").b(0x05)), "invalid leading byte (0x5) for external kind", 15);
        fails(Bytes.module().vecSection(7, new Bytes().str("a").b(0x10, 0x00)), "invalid leading byte (0x10) for external kind", 13);
        fails(Bytes.module().vecSection(4, Bytes.of(0x40, 0x01)), "invalid table encoding", 12);
        fails(Bytes.module().vecSection(4, Bytes.of(0x70, 0x08, 0x00)), "invalid table resizable limits flags", 12);
        fails(Bytes.module().vecSection(5, Bytes.of(0x10, 0x00)), "invalid memory limits flags", 11);
        fails(Bytes.module().vecSection(5, Bytes.of(0x08, 0x00, 0x40)), "invalid custom page size", 13);
        fails(Bytes.module().vecSection(6, Bytes.of(0x7f, 0x04, 0x41, 0x00, 0x0b)), "malformed mutability", 12);
        fails(Bytes.module().vecSection(13, Bytes.of(0x01, 0x00)), "invalid tag attributes", 11);
        fails(Bytes.module().vecSection(4).vecSection(4, Bytes.of(0x70, 0x00, 0x00)), "section out of order", 11);
    }

    @Test
    void constantExpressions() {
        fails(Bytes.module().vecSection(6, Bytes.of(0x7f, 0x00, 0x20, 0x00, 0x0b)),
                "constant expression required: opcode 0x20 is not allowed in a constant expression", 13);
        fails(Bytes.module().vecSection(6, Bytes.of(0x7f, 0x00, 0xfb, 0x30, 0x0b)),
                "constant expression required: opcode 0xfb 30 is not allowed in a constant expression", 13);
        fails(Bytes.module().vecSection(6, Bytes.of(0x7f, 0x00, 0x41, 0x00)), "unexpected end-of-file", 15);
    }
}
