package dev.weft.engine.chicory;

import static java.lang.Math.min;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Chars of a string written into byte arrays one byte each (the char's value) while they are below
 * a bound: 0x80 (ASCII) or 0x100 (Latin-1). A long run goes through the JDK's US-ASCII or
 * ISO-8859-1 encoder, whose loop over a {@code char[]} is vectorized and stops at the first char it
 * cannot encode: the chars are copied out of the string a window at a time (also vectorized). A
 * short run is narrowed char by char, which costs less than setting the encoder up.
 *
 * <p>The encoders and the window are kept for the next run (a memory keeps one of these): a new
 * window per string would be fresh memory, which costs more to touch than the copy itself. Not
 * thread-safe, as the memory that keeps it.
 */
final class SingleByteChars {
    /** Runs shorter than this are narrowed char by char. */
    static final int SHORT_RUN = 256;
    /** The most chars copied out of the string at once (16 KiB of window). */
    static final int WINDOW = 8192;

    private CharsetEncoder ascii;
    private CharsetEncoder latin1;
    private char[] window;
    /** A buffer over {@link #window}. */
    private CharBuffer windowBuffer;

    /** @throws IllegalArgumentException unless {@code bound} is 0x80 or 0x100 */
    static int checkBound(int bound) {
        if (bound != 0x80 && bound != 0x100) {
            throw new IllegalArgumentException("the bound of single-byte chars is 0x80 or 0x100, not 0x"
                    + Integer.toHexString(bound));
        }
        return bound;
    }

    /**
     * Writes {@code s[from..to)} into {@code dst[offset..]} up to the first char not below
     * {@code bound}; returns how many it wrote.
     */
    int write(String s, int from, int to, int bound, byte[] dst, int offset) {
        checkBound(bound);
        Objects.checkFromToIndex(from, to, s.length());
        Objects.checkFromIndexSize(offset, to - from, dst.length);
        return to - from < SHORT_RUN ? narrow(s, from, to, bound, dst, offset) : encode(s, from, to, bound, dst, offset);
    }

    private static int narrow(String s, int from, int to, int bound, byte[] dst, int offset) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= bound) {
                return i - from;
            }
            dst[offset + i - from] = (byte) c;
        }
        return to - from;
    }

    private int encode(String s, int from, int to, int bound, byte[] dst, int offset) {
        CharsetEncoder encoder = encoder(bound);
        if (window == null) {
            window = new char[WINDOW];
            windowBuffer = CharBuffer.wrap(window);
        }
        int n = to - from;
        ByteBuffer out = ByteBuffer.wrap(dst, offset, n);
        int done = 0;
        while (done < n) {
            int k = min(window.length, n - done);
            s.getChars(from + done, from + done + k, window, 0);
            CharBuffer in = windowBuffer.clear().limit(k);
            encoder.encode(in, out, false);
            done += in.position(); // one byte per char consumed
            if (in.hasRemaining()) {
                break; // a char the encoder cannot write in one byte
            }
        }
        return done;
    }

    /** The encoder for {@code bound}, reset. */
    private CharsetEncoder encoder(int bound) {
        if (bound == 0x80) {
            if (ascii == null) {
                ascii = StandardCharsets.US_ASCII.newEncoder();
            }
            return ascii.reset();
        }
        if (latin1 == null) {
            latin1 = StandardCharsets.ISO_8859_1.newEncoder();
        }
        return latin1.reset();
    }
}
