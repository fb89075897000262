package dev.weft.binary.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.errors.MalformedComponentException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BinaryReaderTest {

    private static BinaryReader reader(int... bytes) {
        return reader(Bytes.of(bytes));
    }

    private static BinaryReader reader(Bytes b) {
        byte[] a = b.toArray();
        return new BinaryReader(a, 0, a.length);
    }

    private static void fails(String reason, long offset, Executable e) {
        var ex = assertThrows(MalformedComponentException.class, e);
        assertEquals(reason, ex.reason());
        assertEquals(offset, ex.offset());
    }

    @Test
    void u32() {
        assertEquals(0, reader(0x00).u32());
        assertEquals(127, reader(0x7f).u32());
        assertEquals(128, reader(0x80, 0x01).u32());
        assertEquals(624485, reader(0xe5, 0x8e, 0x26).u32());
        assertEquals(0xffffffffL, reader(0xff, 0xff, 0xff, 0xff, 0x0f).u32AsLong());
        BinaryReader overlong = reader(0x81, 0x80, 0x80, 0x80, 0x00);
        assertEquals(1, overlong.u32(), "zero-padded 5-byte encodings are valid");
        assertTrue(overlong.eof());
    }

    @Test
    void u32Errors() {
        fails("invalid var_u32: integer too large", 4, () -> reader(0x81, 0x80, 0x80, 0x80, 0x70).u32());
        fails("invalid var_u32: integer too large", 4, () -> reader(0xff, 0xff, 0xff, 0xff, 0x1f).u32());
        fails("invalid var_u32: integer representation too long", 4, () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x00).u32());
        fails("unexpected end-of-file", 1, () -> reader(0x80).u32());
        fails("unexpected end-of-file", 0, () -> reader().u32());
    }

    @Test
    void s33() {
        assertEquals(-1, reader(0x7f).s33());
        assertEquals(-64, reader(0x40).s33());
        assertEquals(63, reader(0x3f).s33());
        assertEquals(0xffffffffL, reader(0xff, 0xff, 0xff, 0xff, 0x0f).s33(), "largest type index");
        assertEquals(-(1L << 32), reader(0x80, 0x80, 0x80, 0x80, 0x70).s33(), "smallest s33");
        fails("invalid var_s33: integer too large", 4, () -> reader(0x80, 0x80, 0x80, 0x80, 0x20).s33());
        fails("invalid var_s33: integer representation too long", 4, () -> reader(0x80, 0x80, 0x80, 0x80, 0x80).s33());
    }

    @Test
    void s32AndS64() {
        assertEquals(Integer.MAX_VALUE, reader(0xff, 0xff, 0xff, 0xff, 0x07).s32());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x78).s32());
        fails("invalid var_i32: integer too large", 4, () -> reader(0xff, 0xff, 0xff, 0xff, 0x0f).s32());
        assertEquals(Long.MIN_VALUE, reader(new Bytes().s64(Long.MIN_VALUE)).s64());
        assertEquals(Long.MAX_VALUE, reader(new Bytes().s64(Long.MAX_VALUE)).s64());
        fails("invalid var_i64: integer too large", 9,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02).s64());
    }

    @Test
    void signedRoundTrips() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertEquals(v, reader(new Bytes().s64(v)).s64());
            int w = (int) v;
            assertEquals(w, reader(new Bytes().s64(w)).s32());
            long s33 = v >> 31;
            assertEquals(s33, reader(new Bytes().s64(s33)).s33());
        }
    }

    @Test
    void u64() {
        assertEquals(-1L, reader(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01).u64());
        assertEquals(1L << 40, reader(new Bytes().u32(1L << 40)).u64());
        fails("invalid var_u64: integer too large", 9,
                () -> reader(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02).u64());
    }

    @Test
    void names() {
        assertEquals("hello", reader(new Bytes().str("hello")).name());
        String unicode = "héllo wörld ✓ 𝄞";
        assertEquals(unicode, reader(new Bytes().str(unicode)).name());
        assertEquals("", reader(0x00).name());
    }

    @Test
    void nameErrors() {
        fails("malformed UTF-8 encoding", 1, () -> reader(0x02, 0xff, 0xfe).name());
        fails("malformed UTF-8 encoding", 1, () -> reader(0x02, 0xc0, 0x80).name()); // overlong NUL
        fails("malformed UTF-8 encoding", 1, () -> reader(0x03, 0xed, 0xa0, 0x80).name()); // a surrogate
        fails("malformed UTF-8 encoding", 1, () -> reader(0x01, 0xe2).name()); // truncated sequence
        fails("unexpected end-of-file", 1, () -> reader(0x05, 0x61, 0x62).name());
        fails("string size out of bounds", 0, () -> reader(new Bytes().u32(100_001).raw(new byte[100_001])).name());
    }

    @Test
    void booleans() {
        assertFalse(reader(0x00).bool());
        assertTrue(reader(0x01).bool());
        fails("invalid boolean value", 0, () -> reader(0x02).bool());
    }

    @Test
    void vectorsNeverAllocateByTheirCount() {
        fails("unexpected end-of-file", 3, () -> reader(0x01, 0x02, 0x03).list(Integer.MAX_VALUE, BinaryReader::u8));
        fails("unexpected end-of-file", 5, () -> reader(0xff, 0xff, 0xff, 0xff, 0x07).vec(Integer.MAX_VALUE, "x", BinaryReader::u8));
        fails("things size is out of bounds", 0, () -> reader(0x0b).vec(10, "things", BinaryReader::u8));
        assertEquals(List.of(1, 2), reader(0x02, 0x01, 0x02).vec(10, "things", BinaryReader::u8));
    }

    @Test
    void windows() {
        BinaryReader r = reader(0x01, 0x02, 0x03, 0x04);
        r.u8();
        BinaryReader sub = r.split(2);
        assertEquals(1, sub.position());
        assertEquals(3, sub.end());
        assertEquals(3, r.position());
        sub.u8();
        fails("section size mismatch: unexpected data at the end of the section", 2, sub::expectEnd);
        fails("unexpected end-of-file", 3, () -> r.split(2));
        fails("unexpected end-of-file", 3, () -> r.bytes(5));
        fails("unexpected end-of-file", 3, () -> r.skip(-1));
        assertEquals(0x04, r.peek());
    }

    @Test
    void invalidLeadingByteText() {
        BinaryReader r = reader(0x2e);
        assertEquals("invalid leading byte (0x2e) for canonical function",
                r.invalidLeadingByte(r.u8(), "canonical function").reason());
        assertEquals(0, r.invalidLeadingByte(0x2e, "x").offset());
    }
}
