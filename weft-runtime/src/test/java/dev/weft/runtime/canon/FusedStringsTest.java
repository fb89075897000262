package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreHostFunction;
import dev.weft.runtime.value.Value;
import dev.weft.types.ListType;
import dev.weft.types.PrimitiveType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strings between guests through the fused adapter: the code units go from the source memory to
 * the destination's {@code realloc}ed range, transcoded when the encodings differ, with exactly the
 * allocations the spec's {@code store_string_into_range} makes for a string that carries its
 * source encoding and length (checked against {@link Strings#storeStringIntoRange} of the same
 * string with that hint, which {@link StringsTest} checks against the spec).
 */
class FusedStringsTest {
    private static final long TAG = 1L << 31;
    private static final List<String> SAMPLES = List.of("", "hello", "héllo ÿ", "snow ☃ man", "cake 🍰!", "ÿ☃");
    private static final int AT = 512;

    /** A string as a guest of {@code encoding} keeps it: its bytes and (tagged) code units. */
    record Form(byte[] bytes, long taggedCodeUnits) {
        static Form of(String s, StringEncoding encoding, boolean forceUtf16) {
            boolean latin1 = s.chars().allMatch(c -> c < 256);
            return switch (encoding) {
                case UTF8 -> {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    yield new Form(b, b.length);
                }
                case UTF16 -> new Form(s.getBytes(StandardCharsets.UTF_16LE), s.length());
                case LATIN1_UTF16 -> latin1 && !forceUtf16 ? new Form(s.getBytes(StandardCharsets.ISO_8859_1), s.length())
                        : new Form(s.getBytes(StandardCharsets.UTF_16LE), s.length() | TAG);
            };
        }
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

    /** The spec's allocations and bytes: {@code s}, loaded from {@code form}, stored into a fresh instance of {@code dst}. */
    private record Reference(T.Env env, Strings.StoredString stored) {
        static Reference of(String s, StringEncoding src, Form form, StringEncoding dst) {
            T.Env env = T.Env.of(dst);
            return new Reference(env, Strings.storeStringIntoRange(env.cx(), s, src, form.taggedCodeUnits()));
        }

        byte[] bytes() {
            return env.memory().read(stored.ptr(), (int) byteLength(stored.taggedCodeUnits(), env.cx().stringEncoding));
        }
    }

    @ParameterizedTest(name = "{0} (utf16 tag: {1}) -> {2}: \"{3}\"")
    @MethodSource("matrix")
    void argumentsAreTranscodedWithTheSpecsAllocations(StringEncoding src, boolean forceUtf16, StringEncoding dst,
                                                       String s) {
        GuestPair p = new GuestPair(T.func(List.of(PrimitiveType.STRING), PrimitiveType.U32), src, dst, 1 << 16);
        p.body = args -> Optional.of(Value.u32(7));
        Form form = Form.of(s, src, forceUtf16);
        p.a.memory.write(AT, form.bytes());
        long[] out = p.lowered(true).call(new long[] {AT, form.taggedCodeUnits()});
        assertArrayEquals(new long[] {7}, out);
        assertEquals(List.of(Value.string(s)), p.received);
        Reference ref = Reference.of(s, src, form, dst);
        assertEquals(ref.env().realloc().sizes(), p.b.realloc.sizes(), "the callee's realloc calls");
        assertEquals(ref.stored().taggedCodeUnits(), p.coreArgs[1]);
        int length = (int) byteLength(p.coreArgs[1], dst);
        assertArrayEquals(ref.bytes(), p.b.memory.read(p.coreArgs[0], length));
        assertTrue(p.a.realloc.calls.isEmpty());
    }

    @ParameterizedTest(name = "{0} (utf16 tag: {1}) -> {2}: \"{3}\"")
    @MethodSource("matrix")
    void resultsAreTranscodedWithTheSpecsAllocations(StringEncoding src, boolean forceUtf16, StringEncoding dst,
                                                     String s) {
        GuestPair p = new GuestPair(T.func(List.of(), PrimitiveType.STRING), dst, src, 1 << 16);
        Form form = Form.of(s, src, forceUtf16);
        p.core = args -> {
            p.b.memory.write(AT, form.bytes());
            p.b.memory.writeI32(16, AT);
            p.b.memory.writeI32(20, (int) form.taggedCodeUnits());
            return new long[] {16};
        };
        CoreHostFunction f = p.lowered(true);
        assertEquals(Optional.of(Value.string(s)), p.result(f.call(new long[] {GuestPair.RETPTR})));
        Reference ref = Reference.of(s, src, form, dst);
        assertEquals(ref.env().realloc().sizes(), p.a.realloc.sizes(), "the caller's realloc calls");
        long ptr = p.a.memory.readI32(GuestPair.RETPTR);
        long tagged = Integer.toUnsignedLong(p.a.memory.readI32(GuestPair.RETPTR + 4));
        assertEquals(ref.stored().taggedCodeUnits(), tagged);
        assertArrayEquals(ref.bytes(), p.a.memory.read(ptr, (int) byteLength(tagged, dst)));
        assertEquals(List.of(16L), p.postReturns);
    }

    private static long byteLength(long taggedCodeUnits, StringEncoding encoding) {
        return switch (encoding) {
            case UTF8 -> taggedCodeUnits;
            case UTF16 -> 2 * taggedCodeUnits;
            case LATIN1_UTF16 -> (taggedCodeUnits & TAG) != 0 ? 2 * (taggedCodeUnits ^ TAG) : taggedCodeUnits;
        };
    }

    @Test
    void sameEncodingCopiesTheBytesInOneAllocation() {
        String s = "naïve café, 🍰";
        GuestPair p = new GuestPair(T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING));
        p.body = args -> Optional.of(args.get(0));
        assertEquals(Optional.of(Value.string(s)), p.call(p.lowered(true), List.of(Value.string(s))));
        int bytes = s.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(List.of("0,1," + bytes), p.b.realloc.sizes().subList(0, 1), "store_string_copy: the exact size");
        assertEquals(List.of("0,1," + bytes), p.a.realloc.sizes(), "and back");
    }

    @Test
    void valuesForgetTheSourceEncodingWhereFusedAdaptersKeepIt() {
        String s = "naïve";
        GuestPair values = new GuestPair(T.func(List.of(PrimitiveType.STRING), null));
        values.call(values.lowered(false), List.of(Value.string(s)));
        assertEquals(List.of("0,1,5", "5,1,15", "15,1,6"), values.b.realloc.sizes(),
                "a Java string is stored as UTF-16: optimistic, worst case, shrink");
        GuestPair fused = new GuestPair(T.func(List.of(PrimitiveType.STRING), null));
        fused.call(fused.lowered(true), List.of(Value.string(s)));
        assertEquals(List.of("0,1,6"), fused.b.realloc.sizes(), "UTF-8 to UTF-8 is one copy of 6 bytes");
    }

    @Test
    void aMebibyteStringCrosses() {
        String ascii = "0123456789abcdef".repeat(1 << 16);
        String mixed = "é☃🍰x".repeat(1 << 15);
        for (String s : List.of(ascii, mixed)) {
            for (StringEncoding dst : StringEncoding.values()) {
                GuestPair p = new GuestPair(T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING),
                        StringEncoding.UTF8, dst, 16 << 20);
                p.body = args -> Optional.of(args.get(0));
                assertEquals(Optional.of(Value.string(s)), p.call(p.lowered(true), List.of(Value.string(s))), "" + dst);
                assertEquals(List.of(Value.string(s)), p.received);
            }
        }
    }

    /**
     * Long strings: sequences across the 64 KiB mark, and errors past it, come out as when values
     * are lifted (the value path decodes with the JDK and only then validates).
     */
    @Test
    void longStringsTrapAsValuesDo() {
        int keep = 64 * 1024;
        for (int cut = 1; cut <= 3; cut++) {
            for (String s : List.of("é", "☃", "🍰")) {
                String text = "a".repeat(keep - cut) + s + "tail";
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                assertEquals(List.of("0,1," + utf8.length), copied(utf8, StringEncoding.UTF8, text));
            }
        }
        byte[] a = "a".repeat(keep + 10).getBytes(StandardCharsets.US_ASCII);
        assertEquals("trap: invalid utf-8 sequence of 1 bytes from index " + (keep + 5),
                same(with(a, keep + 5, 0xFF), StringEncoding.UTF8).result());
        assertEquals("trap: invalid utf-8 sequence of 1 bytes from index " + (keep - 1),
                same(with(a, keep - 1, 0xE2, 0x28), StringEncoding.UTF8).result());
        assertEquals("trap: incomplete utf-8 byte sequence from index " + (keep + 8),
                same(with(a, keep + 8, 0xE2, 0x82), StringEncoding.UTF8).result());

        String pairs = "b".repeat(keep / 2 - 1) + "🍰" + "c".repeat(keep / 2);
        byte[] utf16 = pairs.getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("0,2," + utf16.length), copied(utf16, StringEncoding.UTF16, pairs));
        byte[] units = "b".repeat(keep).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("trap: invalid utf-16: unpaired surrogate 0xd83c at code unit " + (keep / 2 - 1),
                same(with(units, keep - 2, 0x3C, 0xD8), StringEncoding.UTF16).result());
        assertEquals("trap: invalid utf-16: unpaired surrogate 0xdf70 at code unit " + (keep / 2),
                same(with(units, keep, 0x70, 0xDF), StringEncoding.UTF16).result());
        assertEquals("trap: invalid utf-16: unpaired surrogate 0xd83c at code unit " + (keep - 1),
                same(with(units, 2 * keep - 2, 0x3C, 0xD8), StringEncoding.UTF16).result());
    }

    private static byte[] with(byte[] bytes, int at, int... replaced) {
        byte[] out = bytes.clone();
        for (int i = 0; i < replaced.length; i++) out[at + i] = (byte) replaced[i];
        return out;
    }

    /** The callee's realloc calls for a fused call with a string argument of these bytes, copied as they are. */
    private static List<String> copied(byte[] bytes, StringEncoding encoding, String expected) {
        GuestPair p = new GuestPair(T.func(List.of(PrimitiveType.STRING), PrimitiveType.U32), encoding, encoding, 1 << 20);
        p.body = args -> Optional.of(Value.u32(1));
        p.a.memory.write(AT, bytes);
        p.lowered(true).call(new long[] {AT, encoding == StringEncoding.UTF8 ? bytes.length : bytes.length / 2});
        assertEquals(List.of(Value.string(expected)), p.received);
        assertArrayEquals(bytes, p.b.memory.read(p.coreArgs[0], bytes.length));
        return p.b.realloc.sizes();
    }

    /** A string argument of these bytes, through both paths: they must agree. */
    private static GuestPair.Outcome same(byte[] bytes, StringEncoding encoding) {
        GuestPair.Outcome fused = rawString(true, bytes, encoding);
        assertEquals(rawString(false, bytes, encoding), fused);
        return fused;
    }

    private static GuestPair.Outcome rawString(boolean fused, byte[] bytes, StringEncoding encoding) {
        GuestPair p = new GuestPair(T.func(List.of(PrimitiveType.STRING), PrimitiveType.U32), encoding, encoding, 1 << 20);
        p.body = args -> Optional.of(Value.u32(1));
        p.a.memory.write(AT, bytes);
        return p.outcome(p.lowered(fused), new long[] {AT, encoding == StringEncoding.UTF8 ? bytes.length : bytes.length / 2});
    }

    @Test
    void illFormedStringsTrapInTheCallerBeforeTheCalleeAllocatesAnything() {
        byte[][] bad = {{(byte) 0xC3}, {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, 'x'}};
        String[] messages = {"incomplete utf-8 byte sequence from index 0", "invalid utf-8 sequence of 1 bytes from index 1",
            "invalid utf-8 sequence of 1 bytes from index 0"};
        for (int i = 0; i < bad.length; i++) {
            GuestPair.Outcome fused = twoStrings(true, bad[i], StringEncoding.UTF8);
            assertEquals(twoStrings(false, bad[i], StringEncoding.UTF8), fused);
            assertEquals("trap: " + messages[i], fused.result());
            assertEquals(List.of(), fused.bReallocs(), "the first string is not stored before the second traps");
            assertTrue(fused.bMayEnter() && !fused.bPoisoned(), "the callee was not entered");
        }
        GuestPair.Outcome utf16 = twoStrings(true, new byte[] {0x3D, (byte) 0xD8, 'a', 0}, StringEncoding.UTF16);
        assertEquals(twoStrings(false, new byte[] {0x3D, (byte) 0xD8, 'a', 0}, StringEncoding.UTF16), utf16);
        assertEquals("trap: invalid utf-16: unpaired surrogate 0xd83d at code unit 0", utf16.result());
    }

    /** A call with a list of two strings, the second {@code bad}. */
    private static GuestPair.Outcome twoStrings(boolean fused, byte[] bad, StringEncoding encoding) {
        GuestPair p = new GuestPair(T.func(List.of(new ListType(PrimitiveType.STRING)), null), encoding,
                StringEncoding.UTF8, 1 << 16);
        int unit = encoding == StringEncoding.UTF8 ? 1 : 2;
        p.a.memory.write(300, "ok".getBytes(encoding == StringEncoding.UTF8 ? StandardCharsets.UTF_8
                : StandardCharsets.UTF_16LE));
        p.a.memory.write(310, bad);
        p.a.memory.writeI32(256, 300);
        p.a.memory.writeI32(260, 2);
        p.a.memory.writeI32(264, 310);
        p.a.memory.writeI32(268, bad.length / unit);
        return p.outcome(p.lowered(fused), new long[] {256, 2});
    }
}
