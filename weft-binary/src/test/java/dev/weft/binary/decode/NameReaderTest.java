package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code component-name} custom section: decoded when well-formed, kept as a custom section otherwise. */
class NameReaderTest {

    private static Component withNames(Bytes namedata) {
        return decode(Bytes.component().section(0, new Bytes().str("component-name").then(namedata)));
    }

    private static Bytes subsection(int id, Bytes contents) {
        return new Bytes().section(id, contents);
    }

    @Test
    void componentAndSortNames() {
        var names = only(withNames(new Bytes()
                .then(subsection(0, new Bytes().str("my-component")))
                .then(subsection(1, Bytes.of(0x00, 0x00).vec(new Bytes().u32(0).str("core-f"), new Bytes().u32(3).str("g"))))
                .then(subsection(1, Bytes.of(0x05).vec(new Bytes().u32(1).str("inst"))))
                .then(subsection(1, Bytes.of(0x00, 0x11).vec(new Bytes().u32(0).str("mod"))))), Section.Names.class);
        assertEquals(8, names.offset());
        assertEquals(Optional.of("my-component"), names.names().componentName());
        assertEquals(Map.of(
                Sort.CORE_FUNC, Map.of(0, "core-f", 3, "g"),
                Sort.INSTANCE, Map.of(1, "inst"),
                Sort.CORE_MODULE, Map.of(0, "mod")), names.names().sortNames());
    }

    @Test
    void unknownSubsectionsAndSortsAreSkipped() {
        var names = only(withNames(new Bytes()
                .then(subsection(7, Bytes.of(0xff, 0xff)))
                .then(subsection(1, Bytes.of(0x09, 0xff)))
                .then(subsection(1, Bytes.of(0x01).vec(new Bytes().u32(2).str("f"))))), Section.Names.class);
        assertEquals(Optional.empty(), names.names().componentName());
        assertEquals(Map.of(Sort.FUNC, Map.of(2, "f")), names.names().sortNames());
    }

    @Test
    void repeatedSortsAreMerged() {
        var names = only(withNames(new Bytes()
                .then(subsection(1, Bytes.of(0x01).vec(new Bytes().u32(0).str("a"))))
                .then(subsection(1, Bytes.of(0x01).vec(new Bytes().u32(1).str("b"))))), Section.Names.class);
        assertEquals(Map.of(Sort.FUNC, Map.of(0, "a", 1, "b")), names.names().sortNames());
    }

    @Test
    void brokenNameSectionsDoNotRejectTheComponent() {
        for (Bytes broken : new Bytes[] {
                Bytes.of(0xff, 0xfe, 0x01),                                         // garbage
                subsection(0, new Bytes().str("x").b(0x00)),                        // trailing data in the name
                Bytes.of(0x00, 0x05, 0x01),                                         // subsection past the end
                subsection(1, Bytes.of(0x01, 0x01, 0x00, 0x02, 0xff, 0xfe)),        // bad UTF-8
                subsection(1, Bytes.of(0x01, 0x05, 0x00).str("a"))}) {              // fewer entries than counted
            var custom = only(withNames(broken), Section.Custom.class);
            assertEquals("component-name", custom.name());
            assertEquals(broken.size(), custom.payload().length());
        }
    }

    @Test
    void otherCustomSectionsAreKeptAsIs() {
        var custom = only(decode(Bytes.component().section(0, new Bytes().str("producers").b(0x00))), Section.Custom.class);
        assertEquals("producers", custom.name());
        assertEquals(1, custom.payload().length());
    }
}
