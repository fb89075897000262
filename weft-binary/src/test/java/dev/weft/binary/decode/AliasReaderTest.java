package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.FIRST_ITEM;
import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.oneItem;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.Alias;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Section 6 (aliases): the three targets, the sorts each allows, and wasmparser's error texts. */
class AliasReaderTest {

    private static List<Alias> aliases(Bytes... items) {
        return only(decode(Bytes.component().vecSection(6, items)), Section.Aliases.class).aliases();
    }

    @Test
    void instanceExportAliases() {
        var a = aliases(Bytes.of(0x01, 0x00, 0x02).str("g"), Bytes.of(0x00, 0x11, 0x00, 0x00).str("m"),
                Bytes.of(0x05, 0x00, 0x00).str("i"));
        assertEquals(List.of(
                new Alias(FIRST_ITEM, Sort.FUNC, new Alias.Export(2, "g")),
                new Alias(FIRST_ITEM + 5, Sort.CORE_MODULE, new Alias.Export(0, "m")),
                new Alias(FIRST_ITEM + 11, Sort.INSTANCE, new Alias.Export(0, "i"))), a);
    }

    @Test
    void coreExportAliases() {
        var a = aliases(Bytes.of(0x00, 0x00, 0x01, 0x00).str("f"), Bytes.of(0x00, 0x01, 0x01, 0x00).str("t"),
                Bytes.of(0x00, 0x02, 0x01, 0x00).str("m"), Bytes.of(0x00, 0x03, 0x01, 0x00).str("g"),
                Bytes.of(0x00, 0x04, 0x01, 0x03).str("e"));
        assertEquals(List.of(Sort.CORE_FUNC, Sort.CORE_TABLE, Sort.CORE_MEMORY, Sort.CORE_GLOBAL, Sort.CORE_TAG),
                a.stream().map(Alias::sort).toList());
        assertEquals(new Alias.CoreExport(3, "e"), a.get(4).target());
    }

    @Test
    void outerAliases() {
        var a = aliases(Bytes.of(0x00, 0x11, 0x02, 0x00, 0x00), Bytes.of(0x00, 0x10, 0x02, 0x01, 0x02),
                Bytes.of(0x03, 0x02, 0x00, 0x00), Bytes.of(0x04, 0x02, 0x00, 0x00));
        assertEquals(List.of(
                new Alias(FIRST_ITEM, Sort.CORE_MODULE, new Alias.Outer(0, 0)),
                new Alias(FIRST_ITEM + 5, Sort.CORE_TYPE, new Alias.Outer(1, 2)),
                new Alias(FIRST_ITEM + 10, Sort.TYPE, new Alias.Outer(0, 0)),
                new Alias(FIRST_ITEM + 14, Sort.COMPONENT, new Alias.Outer(0, 0))), a);
    }

    @Test
    void errors() {
        malformed(oneItem(6, Bytes.of(0x03, 0x03, 0x00, 0x00)), "invalid leading byte (0x3) for alias", FIRST_ITEM + 1);
        malformed(oneItem(6, Bytes.of(0x06, 0x02, 0x00, 0x00)), "invalid leading byte (0x6) for component outer alias kind", FIRST_ITEM);
        malformed(oneItem(6, Bytes.of(0x00, 0x05, 0x02, 0x00, 0x00)), "invalid leading byte (0x5) for component outer alias kind", FIRST_ITEM + 1);
        malformed(oneItem(6, Bytes.of(0x00, 0x13, 0x02, 0x00, 0x00)), "invalid leading byte (0x13) for component outer alias kind", FIRST_ITEM + 1);
        malformed(oneItem(6, Bytes.of(0x05, 0x02, 0x00, 0x00)), "invalid leading byte (0x5) for component outer alias kind", FIRST_ITEM);
        malformed(oneItem(6, Bytes.of(0x01, 0x02, 0x00, 0x00)), "invalid leading byte (0x1) for component outer alias kind", FIRST_ITEM);
        malformed(oneItem(6, Bytes.of(0x01, 0x01, 0x00).str("f")), "invalid leading byte (0x1) for core instance export kind", FIRST_ITEM);
        malformed(oneItem(6, Bytes.of(0x00, 0x12, 0x01, 0x00).str("f")), "invalid leading byte (0x12) for external kind", FIRST_ITEM + 1);
        malformed(oneItem(6, Bytes.of(0x00, 0x00, 0x00, 0x00).str("f")), "invalid leading byte (0x0) for component external kind", FIRST_ITEM + 1);
        malformed(oneItem(6, Bytes.of(0x07, 0x00, 0x00).str("f")), "invalid leading byte (0x7) for component external kind", FIRST_ITEM);
    }
}
