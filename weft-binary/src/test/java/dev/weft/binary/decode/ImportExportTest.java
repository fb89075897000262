package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.FIRST_ITEM;
import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.oneItem;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.ExternDesc;
import dev.weft.binary.ast.ExternName;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.ast.SortIndex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sections 10 (imports) and 11 (exports): name attributes, extern types and their bounds. */
class ImportExportTest {

    private static List<Section.Import> imports(Bytes... items) {
        return only(decode(Bytes.component().vecSection(10, items)), Section.Imports.class).imports();
    }

    @Test
    void everyExternType() {
        var i = imports(
                Bytes.of(0x00).str("m").b(0x00, 0x11, 0x00),
                Bytes.of(0x00).str("f").b(0x01, 0x00),
                Bytes.of(0x00).str("v").b(0x02, 0x01, 0x73),
                Bytes.of(0x00).str("w").b(0x02, 0x00, 0x03),
                Bytes.of(0x00).str("t1").b(0x03, 0x00, 0x02),
                Bytes.of(0x00).str("t2").b(0x03, 0x01),
                Bytes.of(0x00).str("c").b(0x04, 0x01),
                Bytes.of(0x00).str("i").b(0x05, 0x01));
        assertEquals(List.of(
                new ExternDesc.CoreModule(0), new ExternDesc.Func(0),
                new ExternDesc.Value(new ExternDesc.ValueOf(PrimValType.STRING)),
                new ExternDesc.Value(new ExternDesc.ValueEq(3)),
                new ExternDesc.Type(new ExternDesc.Eq(2)), new ExternDesc.Type(new ExternDesc.SubResource()),
                new ExternDesc.Component(1), new ExternDesc.Instance(1)),
                i.stream().map(Section.Import::type).toList());
        assertEquals(FIRST_ITEM, i.get(0).offset());
        assertEquals(new ExternName(FIRST_ITEM, 0, "m", List.of()), i.get(0).name());
    }

    @Test
    void nameDiscriminantsAndAttributes() {
        var i = imports(
                Bytes.of(0x00).str("a").b(0x01, 0x00),
                Bytes.of(0x01).str("b").b(0x01, 0x00),
                Bytes.of(0x02).str("c").b(0x00, 0x01, 0x00),
                Bytes.of(0x02).str("i1").b(0x03, 0x00).str("my:dep/iface").b(0x01).str("1").b(0x02).str("ext-id").b(0x05, 0x00));
        assertEquals(List.of(0, 1, 2, 2), i.stream().map(x -> x.name().discriminant()).toList());
        assertEquals(List.of("a", "b", "c", "i1"), i.stream().map(x -> x.name().name()).toList());
        assertEquals(List.of(), i.get(2).name().attributes());
        assertEquals(List.of(new ExternName.Implements("my:dep/iface"), new ExternName.VersionSuffix("1"),
                new ExternName.ExternalId("ext-id")), i.get(3).name().attributes());
    }

    @Test
    void importErrors() {
        malformed(oneItem(10, Bytes.of(0x03).str("a").b(0x01, 0x00)), "invalid leading byte (0x3) for component name", FIRST_ITEM);
        malformed(oneItem(10, Bytes.of(0x02).str("a").b(0x01, 0x03).str("x").b(0x01, 0x00)), "invalid leading byte (0x3) for name option", 15);
        malformed(oneItem(10, Bytes.of(0x00).str("t").b(0x03, 0x02)), "invalid leading byte (0x2) for type bound", 15);
        malformed(oneItem(10, Bytes.of(0x00).str("x").b(0x06, 0x00)), "invalid leading byte (0x6) for component external kind", 14);
        malformed(oneItem(10, Bytes.of(0x00).str("m").b(0x00, 0x00)), "invalid leading byte (0x0) for component external kind", 15);
        malformed(oneItem(10, Bytes.of(0x00).str("v").b(0x02, 0x02)), "invalid leading byte (0x2) for value bound", 15);
        malformed(Bytes.component().b(0x0a, 0x05, 0x01, 0x00, 0x7f, 0x61, 0x62), "unexpected end-of-file", 13);
        malformed(Bytes.component().b(0x0a, 0x07, 0x01, 0x00, 0x02, 0xff, 0xfe, 0x01, 0x00), "malformed UTF-8 encoding", 13);
    }

    @Test
    void exports() {
        var e = only(decode(Bytes.component().vecSection(11,
                Bytes.of(0x00).str("e1").b(0x01, 0x00, 0x00),
                Bytes.of(0x00).str("e2").b(0x01, 0x00, 0x01, 0x01, 0x00),
                Bytes.of(0x00).str("m").b(0x00, 0x11, 0x00, 0x00))), Section.Exports.class).exports();
        assertEquals(List.of(
                new Section.Export(FIRST_ITEM, new ExternName(FIRST_ITEM, 0, "e1", List.of()), new SortIndex(Sort.FUNC, 0), Optional.empty()),
                new Section.Export(FIRST_ITEM + 7, new ExternName(FIRST_ITEM + 7, 0, "e2", List.of()), new SortIndex(Sort.FUNC, 0),
                        Optional.of(new ExternDesc.Func(0))),
                new Section.Export(FIRST_ITEM + 16, new ExternName(FIRST_ITEM + 16, 0, "m", List.of()),
                        new SortIndex(Sort.CORE_MODULE, 0), Optional.empty())), e);
    }

    @Test
    void exportErrors() {
        malformed(oneItem(11, Bytes.of(0x00).str("e").b(0x01, 0x00, 0x02)), "invalid leading byte (0x2) for optional component export type", 16);
        malformed(oneItem(11, Bytes.of(0x00).str("e").b(0x06, 0x00, 0x00)), "invalid leading byte (0x6) for component external kind", 14);
    }
}
