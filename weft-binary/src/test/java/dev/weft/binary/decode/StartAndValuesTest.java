package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.FIRST_ITEM;
import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections 9 (start 🪙) and 12 (values 🪙). */
class StartAndValuesTest {

    @Test
    void start() {
        var s = only(decode(Bytes.component().section(9, Bytes.of(0x02, 0x02, 0x00, 0x01, 0x01))), Section.Start.class);
        assertEquals(new Section.Start(8, 2, List.of(0, 1), 1), s);
    }

    @Test
    void startErrors() {
        malformed(Bytes.component().section(9, Bytes.of(0x00, 0x00, 0x01, 0x00)),
                "section size mismatch: unexpected data at the end of the section", 13);
        malformed(Bytes.component().section(9, new Bytes().b(0x00).u32(1001)), "start function arguments size is out of bounds", 11);
        malformed(Bytes.component().section(9, new Bytes().b(0x00, 0x00).u32(1001)), "start function results size is out of bounds", 12);
    }

    @Test
    void valuesAreKeptAsBytes() {
        var v = only(decode(Bytes.component().vecSection(12,
                Bytes.of(0x79, 0x01, 0x2a),
                Bytes.of(0x73, 0x04).str("abc"),
                Bytes.of(0x05, 0x00))), Section.Values.class).values();
        assertEquals(3, v.size());
        assertEquals(PrimValType.U32, v.get(0).type());
        assertEquals(FIRST_ITEM, v.get(0).offset());
        assertEquals(FIRST_ITEM + 2, v.get(0).bytes().offset());
        assertArrayEquals(new byte[] {0x2a}, v.get(0).bytes().toByteArray());
        assertArrayEquals(new byte[] {3, 'a', 'b', 'c'}, v.get(1).bytes().toByteArray());
        assertEquals(new ValType.Ref(5), v.get(2).type());
        assertEquals(0, v.get(2).bytes().length());
    }

    @Test
    void valueLongerThanItsSection() {
        malformed(Bytes.component().vecSection(12, Bytes.of(0x79, 0x05, 0x2a)), "unexpected end-of-file", 13);
    }
}
