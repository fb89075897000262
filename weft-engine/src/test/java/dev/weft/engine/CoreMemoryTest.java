package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreEngine.Execution;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoreMemoryTest {
    private static final int PAGE = CoreMemoryType.PAGE_SIZE;

    private static CoreInstance instance(Execution execution) {
        return Modules.engine(execution).compile(Modules.memory()).instantiate();
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void hostAndWasmSeeTheSameBytes(Execution execution) {
        CoreInstance instance = instance(execution);
        CoreMemory mem = instance.memory("mem");

        mem.writeI32(16, 0x12345678);
        instance.function("store").call(32, 0xCAFEBABEL);

        assertEquals(0x12345678, (int) instance.function("load").callForLong(16));
        assertEquals(0xCAFEBABE, mem.readI32(32));
        assertArrayEquals(new byte[] {0x78, 0x56, 0x34, 0x12}, mem.read(16, 4), "little-endian");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void typedAccessorsAreLittleEndian(Execution execution) {
        CoreMemory mem = instance(execution).memory("mem");

        mem.writeI8(0, (byte) -2);
        mem.writeI16(2, (short) 0x0102);
        mem.writeI64(8, 0x0102030405060708L);
        mem.writeF32(16, 1.5f);
        mem.writeF64(24, -2.25);

        assertEquals(-2, mem.readI8(0));
        assertEquals(0x0102, mem.readI16(2));
        assertArrayEquals(new byte[] {2, 1}, mem.read(2, 2));
        assertEquals(0x0102030405060708L, mem.readI64(8));
        assertEquals(8, mem.readI8(8));
        assertEquals(1.5f, mem.readF32(16));
        assertEquals(Float.floatToRawIntBits(1.5f), mem.readI32(16));
        assertEquals(-2.25, mem.readF64(24));
        assertEquals(Double.doubleToRawLongBits(-2.25), mem.readI64(24));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void bulkCopiesInAndOut(Execution execution) {
        CoreMemory mem = instance(execution).memory("mem");
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }

        mem.write(PAGE - 100, data, 50, 100);
        byte[] back = new byte[120];
        mem.read(PAGE - 100, back, 10, 100);

        for (int i = 0; i < 100; i++) {
            assertEquals(data[50 + i], back[10 + i]);
        }
        ByteBuffer in = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 77L);
        mem.write(64, in);
        assertEquals(8, in.position());
        assertEquals(77L, mem.readI64(64));
        ByteBuffer heap = ByteBuffer.wrap(new byte[] {9, 9, 1, 2, 3});
        heap.position(2);
        mem.write(80, heap);
        assertArrayEquals(new byte[] {1, 2, 3}, mem.read(80, 3));
        ByteBuffer out = ByteBuffer.allocate(3);
        mem.read(80, out);
        assertArrayEquals(new byte[] {1, 2, 3}, out.array());
        assertEquals(3, out.position());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void growsFromHostAndFromWasm(Execution execution) {
        CoreInstance instance = instance(execution);
        CoreMemory mem = instance.memory("mem");
        assertEquals(PAGE, mem.size());
        assertEquals(new CoreMemoryType(CoreLimits.of(1, 3), false), mem.type());

        assertEquals(1, mem.grow(1));
        assertEquals(2 * PAGE, mem.size());
        assertEquals(2, (int) instance.function("size").callForLong());
        mem.writeI32(2 * PAGE - 4, 7);
        assertEquals(7, (int) instance.function("load").callForLong(2 * PAGE - 4));

        assertEquals(2, (int) instance.function("grow").callForLong(1));
        assertEquals(3, mem.pages());
        assertEquals(new CoreLimits(3, OptionalLong.of(3)), mem.type().limits());
        assertEquals(-1, mem.grow(1), "beyond the maximum");
        assertEquals(-1, (int) instance.function("grow").callForLong(1));
        assertEquals(3 * PAGE, mem.size());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void outOfBoundsHostAccessTraps(Execution execution) {
        CoreMemory mem = instance(execution).memory("mem");

        assertTrue(assertThrows(CoreTrap.class, () -> mem.readI32(PAGE - 3)).getMessage()
                .startsWith("wasm trap: out of bounds memory access"));
        assertThrows(CoreTrap.class, () -> mem.read(PAGE, 1));
        assertThrows(CoreTrap.class, () -> mem.writeI64(-1, 0));
        assertThrows(CoreTrap.class, () -> mem.readI8(1L << 32));
        assertThrows(CoreTrap.class, () -> mem.write(PAGE - 1, new byte[2]));
        assertThrows(CoreTrap.class, () -> mem.read(0, ByteBuffer.allocate(PAGE + 1)));
        assertEquals(0, mem.read(PAGE, 0).length, "an empty access at the end is fine");
        mem.writeI8(PAGE - 1, (byte) 1);
    }

    /** A memory of three pages: its chunks (of a page each) meet at PAGE and 2 * PAGE. */
    private static CoreMemory threePages(Execution execution) {
        CoreMemory mem = instance(execution).memory("mem");
        mem.grow(2);
        return mem;
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void bulkReadsAcrossPages(Execution execution) {
        CoreMemory mem = threePages(execution);
        byte[] data = new byte[PAGE + 300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        mem.write(PAGE - 100, data);
        byte[] back = new byte[data.length + 20];
        mem.read(PAGE - 100, back, 10, data.length);
        assertArrayEquals(data, Arrays.copyOfRange(back, 10, 10 + data.length));
        ByteBuffer buffer = ByteBuffer.allocate(data.length);
        mem.read(PAGE - 100, buffer);
        assertArrayEquals(data, buffer.array());
        assertThrows(CoreTrap.class, () -> mem.read(3L * PAGE - 1, new byte[2], 0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.read(0, new byte[2], 1, 2));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void readStringDecodesWithinAndAcrossPages(Execution execution) {
        CoreMemory mem = threePages(execution);
        String text = "a\u20ac".repeat(30_000) + "\uD83C\uDF70 ÿ"; // 90,000 bytes of UTF-8 and a four-byte sequence
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (long at : new long[] {0, 10, PAGE - 2, PAGE - 1, PAGE + 5}) {
            mem.write(at, utf8);
            assertEquals(text, mem.readString(at, utf8.length, StandardCharsets.UTF_8), "at " + at);
            assertEquals("a\u20ac", mem.readString(at, 4, StandardCharsets.UTF_8), "within a page, at " + at);
        }
        long straddling = PAGE - 2; // a euro sign's three bytes on both sides of the page boundary
        mem.write(straddling, "\u20ac".getBytes(StandardCharsets.UTF_8));
        assertEquals("\u20ac", mem.readString(straddling, 3, StandardCharsets.UTF_8));
        for (Charset charset : new Charset[] {StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE}) {
            String sample = charset == StandardCharsets.UTF_16LE ? "ÿé and \u0100\uD83C\uDF70" : "ÿé and more";
            byte[] bytes = sample.getBytes(charset);
            mem.write(PAGE - 3, bytes);
            assertEquals(new String(bytes, charset), mem.readString(PAGE - 3, bytes.length, charset), charset.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void readStringReusesNothingStale(Execution execution) {
        CoreMemory mem = threePages(execution);
        mem.write(PAGE - 1000, "x".repeat(5000).getBytes(StandardCharsets.US_ASCII));
        assertEquals("x".repeat(5000), mem.readString(PAGE - 1000, 5000, StandardCharsets.UTF_8));
        mem.write(PAGE - 10, "short one".getBytes(StandardCharsets.US_ASCII));
        assertEquals("short one", mem.readString(PAGE - 10, 9, StandardCharsets.UTF_8), "a shorter string after a longer one");
        mem.write(2L * PAGE - 3000, "y".repeat(9000).getBytes(StandardCharsets.US_ASCII));
        assertEquals("y".repeat(9000), mem.readString(2L * PAGE - 3000, 9000, StandardCharsets.UTF_8), "then a longer one");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void readStringReplacesIllFormedBytesAsTheJdkDoes(Execution execution) {
        CoreMemory mem = threePages(execution);
        byte[] bad = {'o', 'k', (byte) 0xC3, '(', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF0, (byte) 0x9F};
        for (long at : new long[] {100, PAGE - 4}) {
            mem.write(at, bad);
            assertEquals(new String(bad, StandardCharsets.UTF_8), mem.readString(at, bad.length, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void readStringIsBoundsChecked(Execution execution) {
        CoreMemory mem = threePages(execution);
        assertEquals("", mem.readString(3L * PAGE, 0, StandardCharsets.UTF_8), "an empty string at the end is fine");
        assertTrue(assertThrows(CoreTrap.class, () -> mem.readString(3L * PAGE - 1, 2, StandardCharsets.UTF_8))
                .getMessage().startsWith("wasm trap: out of bounds memory access"));
        assertThrows(CoreTrap.class, () -> mem.readString(PAGE - 1, 2 * PAGE + 2, StandardCharsets.UTF_8));
        assertThrows(CoreTrap.class, () -> mem.readString(-1, 1, StandardCharsets.UTF_8));
        assertThrows(CoreTrap.class, () -> mem.readString(1L << 32, 0, StandardCharsets.UTF_8));
        assertThrows(CoreTrap.class, () -> mem.readString(0, -1, StandardCharsets.UTF_8));
    }

    /** Fills {@code [at, at + n)} with 0x55, which no char written here is. */
    private static void mark(CoreMemory mem, long at, int n) {
        byte[] marks = new byte[n];
        Arrays.fill(marks, (byte) 0x55);
        mem.write(at, marks);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void writeCharsBelowStopsBeforeTheFirstWiderChar(Execution execution) {
        CoreMemory mem = threePages(execution);
        mark(mem, 0, 16);
        assertEquals(3, mem.writeCharsBelow(0, "abcéx", 0, 5, CoreMemory.ASCII_BOUND));
        assertArrayEquals(new byte[] {'a', 'b', 'c', 0x55}, mem.read(0, 4), "nothing past the ASCII prefix");
        assertEquals(4, mem.writeCharsBelow(0, "abcé\u0100x", 0, 6, CoreMemory.LATIN1_BOUND));
        assertArrayEquals(new byte[] {'a', 'b', 'c', (byte) 0xE9, 0x55}, mem.read(0, 5));
        assertEquals(2, mem.writeCharsBelow(8, "xy\uD83C\uDF70", 0, 4, CoreMemory.LATIN1_BOUND), "a surrogate pair is wider");
        assertEquals(3, mem.writeCharsBelow(8, "..ÿÿÿ..", 2, 5, CoreMemory.LATIN1_BOUND), "a range of the string");
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x55}, mem.read(8, 4));
        assertEquals(0, mem.writeCharsBelow(8, "é", 0, 1, CoreMemory.ASCII_BOUND));
        assertEquals(0, mem.writeCharsBelow(3L * PAGE, "", 0, 0, CoreMemory.ASCII_BOUND), "nothing at the end is fine");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void writeCharsBelowWritesLongRunsAcrossPages(Execution execution) {
        CoreMemory mem = threePages(execution);
        int n = 2 * PAGE - 1000;
        for (int wide : new int[] {0, 100, 300, PAGE - 40, PAGE - 39, PAGE + 20_000, n - 1, n}) {
            char[] chars = new char[n];
            for (int i = 0; i < n; i++) {
                chars[i] = (char) (i % 2 == 0 ? 'a' + i % 26 : 0xC0 + i % 63); // ASCII and Latin-1 in turn
            }
            if (wide < n) {
                chars[wide] = '\u20ac';
            }
            String s = new String(chars);
            long at = PAGE - 40 - 1;
            mark(mem, at, n);
            assertEquals(wide, mem.writeCharsBelow(at, s, 0, n, CoreMemory.LATIN1_BOUND), "a wide char at " + wide);
            byte[] expected = s.substring(0, wide).getBytes(StandardCharsets.ISO_8859_1);
            assertArrayEquals(expected, mem.read(at, wide));
            if (wide < n) {
                assertEquals(0x55, mem.readI8(at + wide), "nothing written from the wide char on");
            }
            int ascii = Math.min(wide, 1); // the char at index 1 is Latin-1
            assertEquals(ascii, mem.writeCharsBelow(at, s, 0, n, CoreMemory.ASCII_BOUND));
        }
        String ascii = "0123456789abcdef".repeat(n / 16);
        assertEquals(ascii.length(), mem.writeCharsBelow(10, ascii, 0, ascii.length(), CoreMemory.ASCII_BOUND));
        assertEquals(ascii, mem.readString(10, ascii.length(), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void writeCharsBelowChecksItsArgumentsAndBoundsFirst(Execution execution) {
        CoreMemory mem = threePages(execution);
        mark(mem, 3L * PAGE - 4, 4);
        assertTrue(assertThrows(CoreTrap.class, () -> mem.writeCharsBelow(3L * PAGE - 4, "abcdef", 0, 6, CoreMemory.ASCII_BOUND))
                .getMessage().startsWith("wasm trap: out of bounds memory access"));
        assertArrayEquals(new byte[] {0x55, 0x55, 0x55, 0x55}, mem.read(3L * PAGE - 4, 4), "nothing written");
        String big = "z".repeat(PAGE);
        assertThrows(CoreTrap.class, () -> mem.writeCharsBelow(2L * PAGE + 1, big, 0, PAGE, CoreMemory.ASCII_BOUND));
        assertFalse(mem.readI8(2L * PAGE + 1) == 'z', "nothing written of a long run either");
        assertThrows(CoreTrap.class, () -> mem.writeCharsBelow(-1, "a", 0, 1, CoreMemory.ASCII_BOUND));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.writeCharsBelow(0, "abc", 2, 4, CoreMemory.ASCII_BOUND));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.writeCharsBelow(0, "abc", 2, 1, CoreMemory.ASCII_BOUND));
        assertThrows(IllegalArgumentException.class, () -> mem.writeCharsBelow(0, "abc", 0, 3, 0x7F));
    }

    /** {@code (module (memory (export "mem") 1 3 shared))}: Chicory's own memory, not a paged one. */
    private static final byte[] SHARED_MEMORY = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x05, 0x04, 0x01, 0x03, 0x01, 0x03,
        0x07, 0x07, 0x01, 0x03, 'm', 'e', 'm', 0x02, 0x00,
    };

    @ParameterizedTest
    @EnumSource(Execution.class)
    void sharedMemoriesReadAndWriteStringsAlike(Execution execution) {
        CoreMemory mem = Modules.engine(execution).compile(SHARED_MEMORY).instantiate().memory("mem");
        assertTrue(mem.type().shared());
        mem.grow(1);
        byte[] utf8 = "ab\u20ac".repeat(1000).getBytes(StandardCharsets.UTF_8);
        mem.write(PAGE - 7, utf8);
        assertEquals("ab\u20ac".repeat(1000), mem.readString(PAGE - 7, utf8.length, StandardCharsets.UTF_8));
        mark(mem, 0, 8);
        assertEquals(3, mem.writeCharsBelow(0, "abcé", 0, 4, CoreMemory.ASCII_BOUND));
        assertArrayEquals(new byte[] {'a', 'b', 'c', 0x55}, mem.read(0, 4));
        assertEquals(4, mem.writeCharsBelow(0, "abcé\u0100", 0, 5, CoreMemory.LATIN1_BOUND));
        assertArrayEquals(new byte[] {'a', 'b', 'c', (byte) 0xE9, 0x55}, mem.read(0, 5));
        assertThrows(CoreTrap.class, () -> mem.writeCharsBelow(2L * PAGE - 1, "ab", 0, 2, CoreMemory.ASCII_BOUND));
        assertThrows(CoreTrap.class, () -> mem.readString(2L * PAGE - 1, 2, StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> mem.writeCharsBelow(0, "abc", 0, 3, 0x200));
    }
}
