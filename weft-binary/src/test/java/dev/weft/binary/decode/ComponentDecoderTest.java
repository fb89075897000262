package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.Section;
import dev.weft.errors.MalformedComponentException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preamble, section framing, custom sections, nested components and core module framing. */
class ComponentDecoderTest {

    @Test
    void emptyComponent() {
        Component c = decode(Bytes.component());
        assertEquals(0, c.offset());
        assertEquals(8, c.length());
        assertTrue(c.sections().isEmpty());
    }

    @Test
    void preambleErrors() {
        malformed(new byte[0], "unexpected end-of-file", 0);
        malformed(Bytes.of(0x00, 0x61, 0x73), "unexpected end-of-file", 3);
        malformed(Bytes.of(0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01), "unexpected end-of-file", 7);
        malformed(Bytes.of(0x00, 0x41, 0x53, 0x4d, 0x0d, 0x00, 0x01, 0x00),
                "magic header not detected: bad magic number (expected \\0asm)", 0);
        var e = assertThrows(MalformedComponentException.class,
                () -> ComponentDecoder.decode(Bytes.of(0x00, 0x61, 0x73, 0x6d, 0x0e, 0x00, 0x01, 0x00).toArray()));
        assertTrue(e.reason().startsWith("unknown binary version"), e.reason());
        assertEquals(4, e.offset());
        malformed(Bytes.module(), "expected a version header for a component", 0);
    }

    @Test
    void customSection() {
        Bytes b = Bytes.component().section(0, new Bytes().str("hi").b(1, 2, 3));
        var custom = only(decode(b), Section.Custom.class);
        assertEquals(8, custom.offset());
        assertEquals("hi", custom.name());
        assertEquals(13, custom.payload().offset(), "absolute offset of the payload");
        assertArrayEquals(new byte[] {1, 2, 3}, custom.payload().toByteArray());
    }

    @Test
    void customSectionErrors() {
        malformed(Bytes.component().section(0, Bytes.of(0x05, 0x61, 0x62)), "unexpected end-of-file", 11);
        malformed(Bytes.component().section(0, Bytes.of(0x02, 0xff, 0xfe)), "malformed UTF-8 encoding", 11);
        malformed(Bytes.component().b(0x00, 0x80, 0x80), "unexpected end-of-file", 11);
        malformed(Bytes.component().b(0x00), "unexpected end-of-file", 9);
    }

    @Test
    void sectionIds() {
        malformed(Bytes.component().b(0x0d, 0x00), "malformed section id: 13", 8);
        malformed(Bytes.component().b(0x3c, 0x00), "malformed section id: 60", 8);
        malformed(Bytes.component().b(0xff), "malformed section id: 255", 8);
    }

    @Test
    void sectionSizes() {
        malformed(Bytes.component().b(0x07, 0x03, 0x00), "unexpected end-of-file", 10);
        malformed(Bytes.component().b(0x07, 0x01, 0x01, 0x73), "unexpected end-of-file", 11);
        malformed(Bytes.component().b(0x07, 0x03, 0x01, 0x73, 0x73),
                "section size mismatch: unexpected data at the end of the section", 12);
        malformed(Bytes.component().b(0x07, 0x81, 0x80, 0x80, 0x80, 0x70, 0x00), "invalid var_u32: integer too large", 13);
        malformed(Bytes.component().b(0x07, 0x04, 0xbf, 0x84, 0x3d, 0x73), "unexpected end-of-file", 14);
        malformed(Bytes.component().b(0x07, 0x02, 0x02, 0x73), "unexpected end-of-file", 12);
        Component padded = decode(Bytes.component().b(0x07, 0x81, 0x80, 0x80, 0x80, 0x00, 0x00));
        assertEquals(List.of(), only(padded, Section.Types.class).types());
    }

    @Test
    void sectionsKeepTheirOrderAndOffsets() {
        Bytes b = Bytes.component()
                .vecSection(7, Bytes.of(0x73))
                .section(0, new Bytes().str("between"))
                .vecSection(7, Bytes.of(0x70, 0x00));
        Component c = decode(b);
        assertEquals(3, c.sections().size());
        assertEquals(8, c.sections().get(0).offset());
        assertEquals(12, c.sections().get(1).offset());
        assertEquals(22, c.sections().get(2).offset());
        assertEquals(List.of(PrimValType.STRING), ((Section.Types) c.sections().get(0)).types());
        assertEquals(27, c.length());
    }

    @Test
    void nestedComponentsHaveAbsoluteOffsets() {
        Bytes inner = Bytes.component().vecSection(7, Bytes.of(0x73));
        Bytes middle = Bytes.component().section(4, inner);
        Bytes outer = Bytes.component().section(4, middle);
        Component c = decode(outer);
        var m = only(c, Section.NestedComponent.class);
        assertEquals(8, m.offset());
        assertEquals(10, m.component().offset());
        assertEquals(middle.size(), m.component().length());
        var i = only(m.component(), Section.NestedComponent.class);
        assertEquals(18, i.offset());
        assertEquals(20, i.component().offset());
        var types = only(i.component(), Section.Types.class);
        assertEquals(28, types.offset());
    }

    @Test
    void nestedPreambleErrors() {
        malformed(Bytes.component().section(4, Bytes.of(0x00, 0x61, 0x73, 0x6d, 0x0c, 0x00, 0x01, 0x00)),
                "unknown binary version and encoding combination: version 0xc, layer 0x1"
                        + " (a component is version 0xd layer 0x1, a core module version 0x1 layer 0x0)", 14);
        malformed(Bytes.component().section(4, Bytes.module()), "expected a version header for a component", 10);
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        Bytes b = Bytes.component();
        for (int i = 0; i < 150; i++) b = Bytes.component().section(4, b);
        byte[] deep = b.toArray();
        var e = assertThrows(MalformedComponentException.class, () -> ComponentDecoder.decode(deep));
        assertTrue(e.reason().startsWith("nesting too deep"), e.reason());

        Bytes ok = Bytes.component();
        for (int i = 0; i < 99; i++) ok = Bytes.component().section(4, ok);
        assertInstanceOf(Section.NestedComponent.class, decode(ok).sections().get(0));
    }

    @Test
    void deepTypeNestingIsAnErrorNotAStackOverflow() {
        Bytes t = Bytes.of(0x42, 0x00); // empty instance type
        for (int i = 0; i < 5000; i++) t = Bytes.of(0x42, 0x01, 0x01).then(t); // (instance (type <t>))
        Bytes b = Bytes.component().vecSection(7, t);
        var e = assertThrows(MalformedComponentException.class, () -> ComponentDecoder.decode(b.toArray()));
        assertTrue(e.reason().startsWith("nesting too deep"), e.reason());
    }

    @Test
    void coreModuleIsASliceOfTheInput() {
        Bytes module = Bytes.module().vecSection(1, Bytes.of(0x60, 0x00, 0x00));
        byte[] bytes = Bytes.component().section(1, module).toArray();
        var m = only(ComponentDecoder.decode(bytes), Section.CoreModule.class);
        assertEquals(8, m.offset());
        assertEquals(10, m.module().offset());
        assertEquals(module.size(), m.module().length());
        assertSame(bytes, m.module().buffer(), "the module is not copied");
    }

    @Test
    void coreModuleFramingIsChecked() {
        malformed(Bytes.component().section(1, Bytes.component()), "expected a version header for a module", 10);
        malformed(Bytes.component().section(1, Bytes.module()
                        .vecSection(1).vecSection(11).vecSection(1)),
                "section out of order", 24);
        malformed(Bytes.component().section(1, Bytes.module().b(0x0e, 0x00)), "malformed section id: 14", 18);
        malformed(Bytes.component().section(1, Bytes.module().b(0x0a, 0x05, 0x00)), "unexpected end-of-file", 20);
    }
}
