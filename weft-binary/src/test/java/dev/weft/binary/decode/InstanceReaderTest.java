package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.FIRST_ITEM;
import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.oneItem;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.CoreInstance;
import dev.weft.binary.ast.ExternName;
import dev.weft.binary.ast.Instance;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.ast.SortIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections 2 (core instances) and 5 (instances). */
class InstanceReaderTest {

    @Test
    void coreInstances() {
        Bytes b = Bytes.component().vecSection(2,
                Bytes.of(0x00, 0x01, 0x02).str("i").b(0x12, 0x00).str("j").b(0x12, 0x03),
                Bytes.of(0x01, 0x02).str("f").b(0x00, 0x04).str("m").b(0x02, 0x00));
        var instances = only(decode(b), Section.CoreInstances.class).instances();
        int i = FIRST_ITEM;
        assertEquals(List.of(
                new CoreInstance.Instantiate(i, 1, List.of(
                        new CoreInstance.Arg(i + 3, "i", new SortIndex(Sort.CORE_INSTANCE, 0)),
                        new CoreInstance.Arg(i + 7, "j", new SortIndex(Sort.CORE_INSTANCE, 3)))),
                new CoreInstance.FromExports(i + 11, List.of(
                        new CoreInstance.InlineExport(i + 13, "f", new SortIndex(Sort.CORE_FUNC, 4)),
                        new CoreInstance.InlineExport(i + 17, "m", new SortIndex(Sort.CORE_MEMORY, 0))))), instances);
    }

    @Test
    void coreInstanceErrors() {
        malformed(oneItem(2, Bytes.of(0x02, 0x00, 0x00)), "invalid leading byte (0x2) for core instance", FIRST_ITEM);
        malformed(oneItem(2, Bytes.of(0x00, 0x01, 0x01).str("i").b(0x00, 0x00)), "invalid leading byte (0x0) for instantiation arg kind", 16);
        malformed(oneItem(2, Bytes.of(0x01, 0x01).str("f").b(0x11, 0x00)), "invalid leading byte (0x11) for external kind", 15);
    }

    @Test
    void instances() {
        Bytes b = Bytes.component().vecSection(5,
                Bytes.of(0x00, 0x00, 0x01).str("x").b(0x01, 0x00),
                Bytes.of(0x01, 0x00),
                Bytes.of(0x01, 0x01, 0x00).str("g").b(0x00, 0x11, 0x02));
        var instances = only(decode(b), Section.Instances.class).instances();
        int i = FIRST_ITEM;
        assertEquals(List.of(
                new Instance.Instantiate(i, 0, List.of(new Instance.Arg(i + 3, "x", new SortIndex(Sort.FUNC, 0)))),
                new Instance.FromExports(i + 7, List.of()),
                new Instance.FromExports(i + 9, List.of(new Instance.InlineExport(i + 11,
                        new ExternName(i + 11, 0, "g", List.of()), new SortIndex(Sort.CORE_MODULE, 2))))), instances);
    }

    @Test
    void instanceErrors() {
        malformed(oneItem(5, Bytes.of(0x02, 0x00, 0x00)), "invalid leading byte (0x2) for instance", FIRST_ITEM);
        malformed(oneItem(5, Bytes.of(0x00, 0x00, 0x01).str("x").b(0x06, 0x00)), "invalid leading byte (0x6) for component external kind", 16);
        malformed(oneItem(5, Bytes.of(0x00, 0x00, 0x01).str("x").b(0x00, 0x00, 0x00)), "invalid leading byte (0x0) for component external kind", 17);
    }
}
