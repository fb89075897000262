package dev.weft.runtime.canon;

import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreMemory;
import dev.weft.runtime.Trap;
import java.nio.charset.StandardCharsets;

/**
 * Strings in linear memory, as <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#loading">Loading</a>
 * ({@code load_string_from_range}) and <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#storing">Storing</a>
 * ({@code store_string_into_range} and its transcoders) define them, in the spec's order and with
 * its allocation sequences: which {@code realloc} calls are made, with which sizes, is observable by
 * the guest, so each transcoder makes exactly the spec's calls. Copies are bulk byte copies, and
 * the common cases make none in between: a host string's leading ASCII (or Latin-1) chars are
 * written straight into the guest's memory ({@link CoreMemory#writeCharsBelow}), and UTF-8 and
 * Latin-1 are decoded where they lie ({@link CoreMemory#readString}).
 *
 * <p>A loaded string remembers its source encoding and code units (the spec's
 * {@code String = (str, encoding, tagged_code_units)}), the hint that picks the transcoder. A Java
 * string from the host is UTF-16 with {@code length()} code units; that is the hint it is stored with.
 */
public final class Strings {
    /** {@code MAX_STRING_BYTE_LENGTH}. */
    public static final long MAX_STRING_BYTE_LENGTH = (1L << 28) - 1;
    /** {@code REALLOC_I32_MAX}. */
    public static final long REALLOC_I32_MAX = (1L << 32) - 1;

    private Strings() {}

    /** The spec's {@code String}: the value, the encoding it was loaded from and its tagged code units. */
    public record LoadedString(String value, StringEncoding encoding, long taggedCodeUnits) {}

    /** What {@code store_string_into_range} returns: the pointer and the (tagged) code units. */
    public record StoredString(long ptr, long taggedCodeUnits) {}

    /** {@code latin1+utf16} splits into these; {@code src_simple_encoding} in the spec. */
    private enum Simple { UTF8, UTF16, LATIN1 }

    /**
     * The {@code src} of {@code store_string_into_range}: a string's code points, which each
     * transcoder asks for in the encoding it writes. A Java string from the host is one
     * ({@link JavaString}); so are the code units loaded from another instance's memory
     * ({@link GuestString}), which are copied as they are when the encodings agree.
     */
    sealed interface Source permits JavaString, GuestString {
        /** {@code src.encode('utf-8')}. */
        byte[] utf8();

        /** {@code src.encode('utf-16-le')}. */
        byte[] utf16();

        /** The UTF-16LE of the code points from index {@code from} on ({@code from} <= {@link #latin1Prefix()}). */
        byte[] utf16From(int from);

        /** The Latin-1 bytes of a string whose code points are all below U+0100. */
        byte[] latin1();

        /** How many leading code points are Latin-1 (below U+0100). */
        int latin1Prefix();

        /** How many UTF-16 code units it has ({@code String.length()}). */
        int utf16Length();

        /**
         * Writes the leading code points below {@code bound} ({@link CoreMemory#ASCII_BOUND} or
         * {@link CoreMemory#LATIN1_BOUND}) at {@code ptr}, one byte each: the loop of
         * {@code store_string_to_utf8} or {@code store_string_to_latin1_or_utf16} up to the first
         * other code point. Returns how many it wrote.
         */
        int storeSingleBytePrefix(CoreMemory memory, long ptr, int bound);
    }

    /** A Java string as a {@link Source}. */
    record JavaString(String s) implements Source {
        @Override
        public byte[] utf8() {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] utf16() {
            return encodeUtf16(s);
        }

        @Override
        public byte[] utf16From(int from) {
            return encodeUtf16(s, from);
        }

        @Override
        public byte[] latin1() {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public int latin1Prefix() {
            return Strings.latin1Prefix(s);
        }

        @Override
        public int utf16Length() {
            return s.length();
        }

        @Override
        public int storeSingleBytePrefix(CoreMemory memory, long ptr, int bound) {
            return memory.writeCharsBelow(ptr, s, 0, s.length(), bound);
        }
    }

    /**
     * The spec's {@code String} {@code (str, src_encoding, src_tagged_code_units)} as it was in a
     * guest's memory: its checked, well-formed code units in one of the simple encodings, read with
     * one bulk copy. Stored in the same encoding, these very bytes are written; transcoders that
     * need another encoding decode them once.
     */
    static final class GuestString implements Source {
        private final byte[] bytes;
        private final Simple encoding;
        final StringEncoding srcEncoding;
        final long taggedCodeUnits;
        private JavaString decoded;

        private GuestString(byte[] bytes, Simple encoding, StringEncoding srcEncoding, long taggedCodeUnits) {
            this.bytes = bytes;
            this.encoding = encoding;
            this.srcEncoding = srcEncoding;
            this.taggedCodeUnits = taggedCodeUnits;
        }

        /** The bytes, well-formed in their encoding (they were checked), decoded. */
        private JavaString decoded() {
            if (decoded == null) {
                decoded = new JavaString(switch (encoding) {
                    case UTF8 -> new String(bytes, StandardCharsets.UTF_8);
                    case UTF16 -> new String(bytes, StandardCharsets.UTF_16LE);
                    case LATIN1 -> new String(bytes, StandardCharsets.ISO_8859_1);
                });
            }
            return decoded;
        }

        @Override
        public byte[] utf8() {
            return encoding == Simple.UTF8 ? bytes : decoded().utf8();
        }

        @Override
        public byte[] utf16() {
            return switch (encoding) {
                case UTF16 -> bytes;
                case LATIN1 -> inflate(bytes);
                case UTF8 -> decoded().utf16();
            };
        }

        @Override
        public byte[] utf16From(int from) {
            return decoded().utf16From(from);
        }

        @Override
        public byte[] latin1() {
            return encoding == Simple.LATIN1 ? bytes : decoded().latin1();
        }

        @Override
        public int latin1Prefix() {
            return encoding == Simple.LATIN1 ? bytes.length : decoded().latin1Prefix();
        }

        @Override
        public int utf16Length() {
            return switch (encoding) {
                case UTF16 -> bytes.length / 2;
                case LATIN1 -> bytes.length;
                case UTF8 -> decoded().utf16Length();
            };
        }

        @Override
        public int storeSingleBytePrefix(CoreMemory memory, long ptr, int bound) {
            boolean ascii = bound == CoreMemory.ASCII_BOUND;
            int n;
            if (encoding == Simple.LATIN1) {
                n = ascii ? Utf8.asciiPrefix(bytes) : bytes.length;
            } else if (encoding == Simple.UTF8 && ascii) {
                n = Utf8.asciiPrefix(bytes);
            } else {
                return decoded().storeSingleBytePrefix(memory, ptr, bound);
            }
            memory.write(ptr, bytes, 0, n);
            return n;
        }
    }

    /** {@code utf16_tag(ptr_type)}: the high bit of a pointer-sized length. */
    static long utf16Tag(LiftLowerContext cx) {
        return 1L << (cx.ptrSize * 8 - 1);
    }

    /**
     * {@code load_string_from_range(cx, ptr, tagged_code_units)}: UTF-8 and Latin-1 are decoded
     * where they lie in memory ({@link CoreMemory#readString}), UTF-16 from a copy.
     */
    public static LoadedString loadStringFromRange(LiftLowerContext cx, long ptr, long taggedCodeUnits) {
        StringRange range = stringRange(cx, ptr, taggedCodeUnits);
        CoreMemory memory = cx.memory();
        String s = switch (range.encoding()) {
            case UTF8 -> Utf8.decode(memory, ptr, range.byteLength());
            case UTF16 -> decodeUtf16(memory.read(ptr, range.byteLength()));
            case LATIN1 -> memory.readString(ptr, range.byteLength(), StandardCharsets.ISO_8859_1);
        };
        return new LoadedString(s, cx.stringEncoding, taggedCodeUnits);
    }

    /**
     * {@code load_string_from_range} without decoding: the string's checked code units as they are,
     * for storing them into another instance ({@link #storeStringIntoRange(LiftLowerContext,
     * GuestString)}). Traps exactly as {@link #loadStringFromRange} does.
     */
    static GuestString loadGuestString(LiftLowerContext cx, long ptr, long taggedCodeUnits) {
        StringRange range = stringRange(cx, ptr, taggedCodeUnits);
        byte[] bytes = cx.memory().read(ptr, range.byteLength());
        switch (range.encoding()) {
            case UTF8 -> Utf8.validate(bytes);
            case UTF16 -> checkUtf16(bytes);
            case LATIN1 -> { }
        }
        return new GuestString(bytes, range.encoding(), cx.stringEncoding, taggedCodeUnits);
    }

    /** Where a string of {@code load_string_from_range} lies: its bytes' encoding and length. */
    private record StringRange(Simple encoding, int byteLength) {}

    /** The checks of {@code load_string_from_range} before it decodes: the string's range and encoding. */
    private static StringRange stringRange(LiftLowerContext cx, long ptr, long taggedCodeUnits) {
        long tag = utf16Tag(cx);
        int alignment;
        long byteLength;
        Simple encoding;
        switch (cx.stringEncoding) {
            case UTF8 -> {
                alignment = 1;
                byteLength = taggedCodeUnits;
                encoding = Simple.UTF8;
            }
            case UTF16 -> {
                alignment = 2;
                byteLength = 2 * taggedCodeUnits;
                encoding = Simple.UTF16;
            }
            case LATIN1_UTF16 -> {
                alignment = 2;
                boolean utf16 = (taggedCodeUnits & tag) != 0;
                byteLength = utf16 ? 2 * (taggedCodeUnits ^ tag) : taggedCodeUnits;
                encoding = utf16 ? Simple.UTF16 : Simple.LATIN1;
            }
            default -> throw new AssertionError(cx.stringEncoding);
        }
        if (byteLength > MAX_STRING_BYTE_LENGTH) {
            throw new Trap("string byte length " + byteLength + " exceeds the maximum of " + MAX_STRING_BYTE_LENGTH);
        }
        if ((ptr & (alignment - 1)) != 0) throw new Trap("unaligned pointer");
        if (ptr + byteLength > cx.memoryLength()) {
            throw new Trap("string content out-of-bounds (string pointer/length out of bounds of memory)");
        }
        return new StringRange(encoding, (int) byteLength);
    }

    /** A host (Java) string: UTF-16 with {@code length()} code units. */
    public static StoredString storeStringIntoRange(LiftLowerContext cx, String src) {
        if (src.length() > MAX_STRING_BYTE_LENGTH) {
            throw new Trap("a string of " + src.length() + " UTF-16 code units is too long to pass to a component"
                    + " (the maximum is " + MAX_STRING_BYTE_LENGTH + ")");
        }
        return storeStringIntoRange(cx, new JavaString(src), StringEncoding.UTF16, src.length());
    }

    /**
     * {@code store_string_into_range(cx, (src, src_encoding, src_tagged_code_units))} of a Java
     * string with an encoding hint.
     */
    public static StoredString storeStringIntoRange(LiftLowerContext cx, String src, StringEncoding srcEncoding,
                                                    long srcTaggedCodeUnits) {
        return storeStringIntoRange(cx, new JavaString(src), srcEncoding, srcTaggedCodeUnits);
    }

    /** A string loaded from a guest ({@link #loadGuestString}), stored with the hint it was loaded with. */
    static StoredString storeStringIntoRange(LiftLowerContext cx, GuestString src) {
        return storeStringIntoRange(cx, src, src.srcEncoding, src.taggedCodeUnits);
    }

    /** {@code store_string_into_range(cx, (src, src_encoding, src_tagged_code_units))}. */
    static StoredString storeStringIntoRange(LiftLowerContext cx, Source src, StringEncoding srcEncoding,
                                             long srcTaggedCodeUnits) {
        long tag = utf16Tag(cx);
        Simple simple;
        long units;
        if (srcEncoding == StringEncoding.LATIN1_UTF16) {
            boolean utf16 = (srcTaggedCodeUnits & tag) != 0;
            simple = utf16 ? Simple.UTF16 : Simple.LATIN1;
            units = utf16 ? srcTaggedCodeUnits ^ tag : srcTaggedCodeUnits;
        } else {
            simple = srcEncoding == StringEncoding.UTF8 ? Simple.UTF8 : Simple.UTF16;
            units = srcTaggedCodeUnits;
        }
        return switch (cx.stringEncoding) {
            case UTF8 -> switch (simple) {
                case UTF8 -> storeStringCopy(cx, src, units, 1, 1, Simple.UTF8);
                case UTF16 -> storeUtf16ToUtf8(cx, src, units);
                case LATIN1 -> storeLatin1ToUtf8(cx, src, units);
            };
            case UTF16 -> switch (simple) {
                case UTF8 -> storeUtf8ToUtf16(cx, src, units);
                case UTF16, LATIN1 -> storeStringCopy(cx, src, units, 2, 2, Simple.UTF16);
            };
            case LATIN1_UTF16 -> switch (srcEncoding) {
                case UTF8, UTF16 -> storeStringToLatin1OrUtf16(cx, src, units);
                case LATIN1_UTF16 -> simple == Simple.LATIN1
                        ? storeStringCopy(cx, src, units, 1, 2, Simple.LATIN1)
                        : storeProbablyUtf16ToLatin1OrUtf16(cx, src, units);
            };
        };
    }

    /** {@code store_string_copy}: the destination size is known; one allocation, one copy. */
    static StoredString storeStringCopy(LiftLowerContext cx, Source src, long srcCodeUnits, int dstCodeUnitSize,
                                        int dstAlignment, Simple dstEncoding) {
        long dstByteLength = dstCodeUnitSize * srcCodeUnits;
        assert dstByteLength <= REALLOC_I32_MAX;
        long ptr = cx.allocate(dstAlignment, dstByteLength);
        checkAllocation(cx, ptr, dstAlignment, dstByteLength);
        byte[] encoded = switch (dstEncoding) {
            case UTF8 -> src.utf8();
            case UTF16 -> src.utf16();
            case LATIN1 -> src.latin1();
        };
        assert encoded.length == dstByteLength : "the code units of the string's encoding hint are wrong";
        cx.memory().write(ptr, encoded);
        return new StoredString(ptr, srcCodeUnits);
    }

    /** {@code store_utf16_to_utf8}. */
    static StoredString storeUtf16ToUtf8(LiftLowerContext cx, Source src, long srcCodeUnits) {
        return storeStringToUtf8(cx, src, srcCodeUnits, srcCodeUnits * 3);
    }

    /** {@code store_latin1_to_utf8}. */
    static StoredString storeLatin1ToUtf8(LiftLowerContext cx, Source src, long srcCodeUnits) {
        return storeStringToUtf8(cx, src, srcCodeUnits, srcCodeUnits * 2);
    }

    /**
     * {@code store_string_to_utf8}: allocates one byte per source code unit, hoping for ASCII; at the
     * first other code point it grows to the worst case, finishes, and shrinks to the exact size.
     */
    static StoredString storeStringToUtf8(LiftLowerContext cx, Source src, long srcCodeUnits, long worstCaseSize) {
        assert srcCodeUnits <= REALLOC_I32_MAX;
        CoreMemory memory = cx.memory();
        long ptr = cx.allocate(1, srcCodeUnits);
        if (ptr + srcCodeUnits > cx.memoryLength()) throw outOfBounds();
        int i = src.storeSingleBytePrefix(memory, ptr, CoreMemory.ASCII_BOUND);
        if (i == srcCodeUnits) return new StoredString(ptr, srcCodeUnits); // all ASCII
        byte[] encoded = src.utf8(); // its first i bytes are the ASCII code points written
        assert worstCaseSize <= REALLOC_I32_MAX;
        ptr = cx.reallocate(ptr, srcCodeUnits, 1, worstCaseSize);
        if (ptr + worstCaseSize > cx.memoryLength()) throw outOfBounds();
        memory.write(ptr + i, encoded, i, encoded.length - i);
        if (worstCaseSize > encoded.length) {
            ptr = cx.reallocate(ptr, worstCaseSize, 1, encoded.length);
            if (ptr + encoded.length > cx.memoryLength()) throw outOfBounds();
        }
        return new StoredString(ptr, encoded.length);
    }

    /** {@code store_utf8_to_utf16}: worst case (two bytes per UTF-8 byte) first, then shrink. */
    static StoredString storeUtf8ToUtf16(LiftLowerContext cx, Source src, long srcCodeUnits) {
        long worstCaseSize = 2 * srcCodeUnits;
        assert worstCaseSize <= REALLOC_I32_MAX;
        long ptr = cx.allocate(2, worstCaseSize);
        checkAllocation(cx, ptr, 2, worstCaseSize);
        byte[] encoded = src.utf16();
        cx.memory().write(ptr, encoded);
        if (encoded.length < worstCaseSize) {
            ptr = cx.reallocate(ptr, worstCaseSize, 2, encoded.length);
            checkAllocation(cx, ptr, 2, encoded.length);
        }
        return new StoredString(ptr, encoded.length / 2);
    }

    /**
     * {@code store_string_to_latin1_or_utf16}: hopes for Latin-1; at the first code point outside it,
     * grows to UTF-16, inflates the Latin-1 bytes copied so far in place and finishes in UTF-16.
     */
    static StoredString storeStringToLatin1OrUtf16(LiftLowerContext cx, Source src, long srcCodeUnits) {
        assert srcCodeUnits <= REALLOC_I32_MAX;
        CoreMemory memory = cx.memory();
        long ptr = cx.allocate(2, srcCodeUnits);
        checkAllocation(cx, ptr, 2, srcCodeUnits);
        int latin1 = src.storeSingleBytePrefix(memory, ptr, CoreMemory.LATIN1_BOUND);
        if (latin1 < src.utf16Length()) {
            long worstCaseSize = 2 * srcCodeUnits;
            assert worstCaseSize <= REALLOC_I32_MAX;
            ptr = cx.reallocate(ptr, srcCodeUnits, 2, worstCaseSize);
            checkAllocation(cx, ptr, 2, worstCaseSize);
            memory.write(ptr, inflate(memory.read(ptr, latin1)));
            byte[] rest = src.utf16From(latin1);
            memory.write(ptr + 2L * latin1, rest);
            long byteLength = 2L * latin1 + rest.length;
            if (worstCaseSize > byteLength) {
                ptr = cx.reallocate(ptr, worstCaseSize, 2, byteLength);
                checkAllocation(cx, ptr, 2, byteLength);
            }
            return new StoredString(ptr, (byteLength / 2) | utf16Tag(cx));
        }
        long dstByteLength = latin1;
        if (dstByteLength < srcCodeUnits) {
            ptr = cx.reallocate(ptr, srcCodeUnits, 2, dstByteLength);
            checkAllocation(cx, ptr, 2, dstByteLength);
        }
        return new StoredString(ptr, dstByteLength);
    }

    /**
     * {@code store_probably_utf16_to_latin1_or_utf16}: the source chose UTF-16, so allocate for it;
     * if every code point turns out to be Latin-1 after all, deflate in place and shrink.
     */
    static StoredString storeProbablyUtf16ToLatin1OrUtf16(LiftLowerContext cx, Source src, long srcCodeUnits) {
        long srcByteLength = 2 * srcCodeUnits;
        assert srcByteLength <= REALLOC_I32_MAX;
        CoreMemory memory = cx.memory();
        long ptr = cx.allocate(2, srcByteLength);
        checkAllocation(cx, ptr, 2, srcByteLength);
        byte[] encoded = src.utf16();
        memory.write(ptr, encoded);
        if (src.latin1Prefix() < src.utf16Length()) {
            return new StoredString(ptr, (encoded.length / 2) | utf16Tag(cx));
        }
        int latin1Size = encoded.length / 2;
        memory.write(ptr, src.latin1());
        ptr = cx.reallocate(ptr, srcByteLength, 1, latin1Size);
        if (ptr + latin1Size > cx.memoryLength()) throw outOfBounds();
        return new StoredString(ptr, latin1Size);
    }

    /** The spec's {@code trap_if(ptr != align_to(ptr, alignment))} and bounds check after {@code realloc}. */
    private static void checkAllocation(LiftLowerContext cx, long ptr, int alignment, long byteLength) {
        if ((ptr & (alignment - 1)) != 0) throw new Trap("unaligned pointer (realloc return: result not aligned)");
        if (ptr + byteLength > cx.memoryLength()) throw outOfBounds();
    }

    private static Trap outOfBounds() {
        return new Trap("string content out-of-bounds (realloc return: beyond end of memory)");
    }

    /** How many leading chars of {@code s} are Latin-1 (below U+0100). */
    private static int latin1Prefix(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) > 0xFF) return i;
        }
        return n;
    }

    /** Latin-1 bytes as UTF-16LE: a zero byte after each. */
    private static byte[] inflate(byte[] latin1) {
        byte[] out = new byte[2 * latin1.length];
        for (int j = 0; j < latin1.length; j++) out[2 * j] = latin1[j];
        return out;
    }

    /** {@code src.encode('utf-16-le')}. */
    static byte[] encodeUtf16(String s) {
        return encodeUtf16(s, 0);
    }

    /** {@code src[from:].encode('utf-16-le')}. */
    static byte[] encodeUtf16(String s, int from) {
        int n = s.length() - from;
        byte[] out = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(from + i);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >>> 8);
        }
        return out;
    }

    /** The check of {@code bytes.decode('utf-16-le')}: traps on an unpaired surrogate, as {@link #decodeUtf16}. */
    static void checkUtf16(byte[] bytes) {
        int n = bytes.length / 2;
        for (int i = 0; i < n; i++) {
            char c = (char) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] & 0xFF) << 8);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n
                    && Character.isLowSurrogate((char) ((bytes[2 * i + 2] & 0xFF) | (bytes[2 * i + 3] & 0xFF) << 8))) {
                i++;
            } else {
                throw new Trap("invalid utf-16: unpaired surrogate 0x" + Integer.toHexString(c) + " at code unit " + i);
            }
        }
    }

    /** {@code bytes.decode('utf-16-le')}, which traps on an unpaired surrogate. */
    static String decodeUtf16(byte[] bytes) {
        int n = bytes.length / 2;
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) chars[i] = (char) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] & 0xFF) << 8);
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Trap("invalid utf-16: unpaired surrogate 0x" + Integer.toHexString(c) + " at code unit " + i);
            }
        }
        return new String(chars);
    }
}
