package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.runtime.Trap;
import dev.weft.runtime.canon.Strings.LoadedString;
import dev.weft.runtime.canon.Strings.StoredString;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class StringsTest {
    private static final long TAG = 1L << 31;
    private static final List<String> SAMPLES = List.of("", "hello", "héllo ÿ", "snow ☃ man", "cake 🍰!", "é", "☃");

    /** Where a string of the source side is, and the hint it loads with. */
    private record Source(T.Env env, long ptr, long taggedCodeUnits) {}

    /** {@code s} placed in memory as a guest of {@code encoding} would (latin1+utf16: utf16 only if {@code forceUtf16}). */
    private static Source place(String s, StringEncoding encoding, boolean forceUtf16) {
        T.Env env = T.Env.of(encoding);
        byte[] bytes;
        long units;
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        switch (encoding) {
            case UTF8 -> {
                bytes = s.getBytes(StandardCharsets.UTF_8);
                units = bytes.length;
            }
            case UTF16 -> {
                bytes = s.getBytes(StandardCharsets.UTF_16LE);
                units = s.length();
            }
            default -> {
                bytes = latin1 && !forceUtf16 ? s.getBytes(StandardCharsets.ISO_8859_1) : s.getBytes(StandardCharsets.UTF_16LE);
                units = latin1 && !forceUtf16 ? s.length() : s.length() | TAG;
            }
        }
        env.memory().write(512, bytes);
        return new Source(env, 512, units);
    }

    static Stream<Arguments> matrix() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (StringEncoding src : StringEncoding.values()) {
            for (boolean forceUtf16 : src == StringEncoding.LATIN1_UTF16 ? new boolean[] {false, true} : new boolean[] {false}) {
                for (StringEncoding dst : StringEncoding.values()) {
                    for (String s : SAMPLES) b.add(Arguments.of(src, forceUtf16, dst, s));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} (utf16 tag: {1}) -> {2}: \"{3}\"")
    @MethodSource("matrix")
    void transcodesBetweenEveryPairOfEncodings(StringEncoding src, boolean forceUtf16, StringEncoding dst, String s) {
        Source source = place(s, src, forceUtf16);
        LoadedString loaded = Strings.loadStringFromRange(source.env().cx(), source.ptr(), source.taggedCodeUnits());
        assertEquals(s, loaded.value());
        assertEquals(src, loaded.encoding());

        T.Env target = T.Env.of(dst);
        StoredString stored = Strings.storeStringIntoRange(target.cx(), loaded.value(), loaded.encoding(),
                loaded.taggedCodeUnits());
        assertEquals(s, Strings.loadStringFromRange(target.cx(), stored.ptr(), stored.taggedCodeUnits()).value());
        assertArrayEquals(expectedBytes(s, dst), target.memory().read(stored.ptr(), byteLength(stored, dst)));
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        if (dst == StringEncoding.LATIN1_UTF16) {
            assertEquals(!latin1, (stored.taggedCodeUnits() & TAG) != 0, "UTF-16 exactly when Latin-1 cannot hold it");
        }
    }

    private static byte[] expectedBytes(String s, StringEncoding dst) {
        return switch (dst) {
            case UTF8 -> s.getBytes(StandardCharsets.UTF_8);
            case UTF16 -> s.getBytes(StandardCharsets.UTF_16LE);
            case LATIN1_UTF16 -> s.chars().allMatch(c -> c < 256) ? s.getBytes(StandardCharsets.ISO_8859_1)
                    : s.getBytes(StandardCharsets.UTF_16LE);
        };
    }

    private static int byteLength(StoredString s, StringEncoding dst) {
        return switch (dst) {
            case UTF8 -> (int) s.taggedCodeUnits();
            case UTF16 -> (int) (2 * s.taggedCodeUnits());
            case LATIN1_UTF16 -> (s.taggedCodeUnits() & TAG) != 0 ? (int) (2 * (s.taggedCodeUnits() ^ TAG))
                    : (int) s.taggedCodeUnits();
        };
    }

    /** The realloc calls (without the old pointer) of storing {@code s}, loaded with the given hint. */
    private static List<String> reallocs(String s, StringEncoding src, boolean forceUtf16, StringEncoding dst) {
        Source source = place(s, src, forceUtf16);
        LoadedString loaded = Strings.loadStringFromRange(source.env().cx(), source.ptr(), source.taggedCodeUnits());
        T.Env target = T.Env.of(dst);
        Strings.storeStringIntoRange(target.cx(), loaded.value(), loaded.encoding(), loaded.taggedCodeUnits());
        return target.realloc().sizes();
    }

    @Test
    void eachTranscoderMakesTheSpecsAllocations() {
        assertEquals(List.of("0,1,5"), reallocs("hello", StringEncoding.UTF16, false, StringEncoding.UTF8),
                "store_utf16_to_utf8: ASCII fits the optimistic allocation");
        assertEquals(List.of("0,1,2", "2,1,6", "6,1,3"), reallocs("aé", StringEncoding.UTF16, false, StringEncoding.UTF8),
                "store_utf16_to_utf8: grow to the worst case, then shrink");
        assertEquals(List.of("0,1,1", "1,1,2"), reallocs("é", StringEncoding.LATIN1_UTF16, false, StringEncoding.UTF8),
                "store_latin1_to_utf8: the worst case is exact");
        assertEquals(List.of("0,1,3"), reallocs("aé", StringEncoding.UTF8, false, StringEncoding.UTF8),
                "store_string_copy");
        assertEquals(List.of("0,2,6", "6,2,4"), reallocs("aé", StringEncoding.UTF8, false, StringEncoding.UTF16),
                "store_utf8_to_utf16");
        assertEquals(List.of("0,2,4"), reallocs("aé", StringEncoding.LATIN1_UTF16, false, StringEncoding.UTF16),
                "store_string_copy inflating Latin-1");
        assertEquals(List.of("0,2,3", "3,2,2"), reallocs("aé", StringEncoding.UTF8, false, StringEncoding.LATIN1_UTF16),
                "store_string_to_latin1_or_utf16: Latin-1 after all, shrink");
        assertEquals(List.of("0,2,2", "2,2,4"), reallocs("a☃", StringEncoding.UTF16, false, StringEncoding.LATIN1_UTF16),
                "store_string_to_latin1_or_utf16: inflate to UTF-16");
        assertEquals(List.of("0,2,4", "4,1,2"),
                reallocs("aé", StringEncoding.LATIN1_UTF16, true, StringEncoding.LATIN1_UTF16),
                "store_probably_utf16_to_latin1_or_utf16: deflate");
        assertEquals(List.of("0,2,4"), reallocs("a☃", StringEncoding.LATIN1_UTF16, true, StringEncoding.LATIN1_UTF16),
                "store_probably_utf16_to_latin1_or_utf16: stays UTF-16");
        assertEquals(List.of("0,2,2"), reallocs("aé", StringEncoding.LATIN1_UTF16, false, StringEncoding.LATIN1_UTF16),
                "store_string_copy of Latin-1");
    }

    @Test
    void hostStringsAreUtf16WithTheirLength() {
        T.Env env = T.Env.utf8();
        StoredString s = Strings.storeStringIntoRange(env.cx(), "héllo");
        assertEquals(List.of("0,1,5", "5,1,15", "15,1,6"), env.realloc().sizes());
        assertEquals(6, s.taggedCodeUnits());
        T.Env ascii = T.Env.utf8();
        Strings.storeStringIntoRange(ascii.cx(), "x".repeat(50_000));
        assertEquals(List.of("0,1,50000"), ascii.realloc().sizes(), "ASCII: one exact allocation");
    }

    private static Trap loadTrap(StringEncoding encoding, byte[] bytes, long ptr, long units) {
        T.Env env = T.Env.of(encoding);
        env.memory().write(512, bytes);
        return assertThrows(Trap.class, () -> Strings.loadStringFromRange(env.cx(), ptr, units));
    }

    private static String utf8Error(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) bytes[i];
        return loadTrap(StringEncoding.UTF8, b, 512, b.length).reason();
    }

    @Test
    void invalidUtf8Traps() {
        assertEquals("invalid utf-8 sequence of 1 bytes from index 0", utf8Error(0xFF));
        assertEquals("incomplete utf-8 byte sequence from index 0", utf8Error(0xC3));
        assertEquals("invalid utf-8 sequence of 1 bytes from index 0", utf8Error(0xC0, 0x80), "overlong");
        assertEquals("invalid utf-8 sequence of 1 bytes from index 0", utf8Error(0xED, 0xA0, 0x80), "surrogate");
        assertEquals("invalid utf-8 sequence of 1 bytes from index 0", utf8Error(0xF4, 0x90, 0x80, 0x80), "> U+10FFFF");
        assertEquals("invalid utf-8 sequence of 1 bytes from index 0", utf8Error(0xF5, 0x80, 0x80, 0x80));
        assertEquals("incomplete utf-8 byte sequence from index 9", utf8Error('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 0xE2, 0x82));
        assertEquals("invalid utf-8 sequence of 1 bytes from index 1", utf8Error('a', 0xE2, 0x28, 0xA1));
        assertEquals("invalid utf-8 sequence of 2 bytes from index 1", utf8Error('a', 0xE2, 0x82, 0x28));
        assertEquals("invalid utf-8 sequence of 3 bytes from index 0", utf8Error(0xF0, 0x9F, 0x8D, 0x41));
    }

    @Test
    void utf8AfterNonAsciiAndRealReplacementCharactersDecode() {
        assertEquals("invalid utf-8 sequence of 1 bytes from index 3", utf8Error('a', 0xC3, 0xA9, 0xFF, 'b'));
        assertEquals("incomplete utf-8 byte sequence from index 5", utf8Error(0xEF, 0xBF, 0xBD, 0xC3, 0xA9, 0xF0, 0x9F));
        T.Env env = T.Env.utf8();
        for (String s : List.of("\uFFFD", "a\uFFFDb", "é\uFFFD", "🍰".repeat(100) + "\uFFFD")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            env.memory().write(512, b);
            assertEquals(s, Strings.loadStringFromRange(env.cx(), 512, b.length).value());
        }
    }

    /** Utf8.decode traps exactly where the JDK's strict (REPORT) decoder fails, and agrees with it elsewhere. */
    @Test
    void utf8DecodingAgreesWithTheJdksStrictDecoder() {
        List<byte[]> inputs = new ArrayList<>();
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 256; y++) inputs.add(new byte[] {'a', (byte) x, (byte) y});
        }
        int[] some = {0x41, 0x80, 0xBF, 0xC0, 0xE0, 0xFF};
        for (int x = 0xC0; x < 256; x++) {
            for (int y = 0; y < 256; y++) {
                for (int z : some) inputs.add(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) x, (byte) y, (byte) z, (byte) 0x80});
            }
        }
        for (byte[] b : inputs) {
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                strict = null;
            }
            String expected = strict;
            if (expected == null) {
                assertThrows(Trap.class, () -> decodeUtf8(b), () -> HexFormat.of().formatHex(b));
            } else {
                assertEquals(expected, decodeUtf8(b), () -> HexFormat.of().formatHex(b));
            }
        }
    }

    /** {@link Utf8#decode} of {@code b} written into a memory of its own size. */
    private static String decodeUtf8(byte[] b) {
        FakeMemory memory = new FakeMemory(b.length);
        memory.write(0, b);
        return Utf8.decode(memory, 0, b.length);
    }

    @Test
    void unpairedSurrogatesInUtf16Trap() {
        Trap t = loadTrap(StringEncoding.UTF16, new byte[] {0x61, 0, 0x00, (byte) 0xD8}, 512, 2);
        assertTrue(t.reason().startsWith("invalid utf-16"), t.reason());
        Trap low = loadTrap(StringEncoding.LATIN1_UTF16, new byte[] {0x00, (byte) 0xDC}, 512, 1 | TAG);
        assertTrue(low.reason().startsWith("invalid utf-16"), low.reason());
    }

    @Test
    void pointersAreAlignedAndInBounds() {
        assertEquals("unaligned pointer", loadTrap(StringEncoding.UTF16, new byte[0], 513, 0).reason(), "even when empty");
        assertEquals("unaligned pointer", loadTrap(StringEncoding.LATIN1_UTF16, new byte[0], 513, 0).reason());
        assertEquals("unaligned pointer", loadTrap(StringEncoding.LATIN1_UTF16, new byte[0], 513, TAG).reason());
        Trap oob = loadTrap(StringEncoding.UTF8, new byte[0], 0xDEADBEEFL, 0);
        assertTrue(oob.getMessage().contains("string pointer/length out of bounds of memory"), oob.getMessage());
        assertTrue(oob.getMessage().contains("string content out-of-bounds"), oob.getMessage());
        Trap past = loadTrap(StringEncoding.UTF8, new byte[0], 65535, 2);
        assertTrue(past.reason().startsWith("string content out-of-bounds"), past.reason());
        Trap huge = loadTrap(StringEncoding.UTF16, new byte[0], 0, 1L << 27);
        assertTrue(huge.reason().startsWith("string byte length"), huge.reason());
    }

    @Test
    void aStringAtTheVeryEndOfMemoryLoads() {
        T.Env env = T.Env.utf8();
        env.memory().write(65534, new byte[] {'o', 'k'});
        assertEquals("ok", Strings.loadStringFromRange(env.cx(), 65534, 2).value());
    }

    @Test
    void badAllocationsTrap() {
        T.Env env = T.Env.of(StringEncoding.UTF16);
        env.realloc().override = p -> 1;
        Trap t = assertThrows(Trap.class, () -> Strings.storeStringIntoRange(env.cx(), "abc"));
        assertTrue(t.getMessage().contains("unaligned pointer"), t.getMessage());
        T.Env env8 = T.Env.utf8();
        env8.realloc().override = p -> 65535;
        Trap oob = assertThrows(Trap.class, () -> Strings.storeStringIntoRange(env8.cx(), "abc"));
        assertTrue(oob.getMessage().contains("string content out-of-bounds"), oob.getMessage());
        assertTrue(oob.getMessage().contains("realloc return: beyond end of memory"), oob.getMessage());
    }

    @Test
    void aLongAsciiStringRoundTripsThroughOneCopy() {
        FakeMemory memory = new FakeMemory(4 << 20);
        FakeRealloc realloc = new FakeRealloc(memory);
        LiftLowerContext cx = new LiftLowerContext(CanonOptions.of(StringEncoding.UTF8, memory, realloc),
                new ComponentInstanceState());
        String big = "0123456789abcdef".repeat(65536);
        StoredString s = Strings.storeStringIntoRange(cx, big);
        assertEquals(big.length(), s.taggedCodeUnits());
        assertEquals(big, Strings.loadStringFromRange(cx, s.ptr(), s.taggedCodeUnits()).value());
    }
}
