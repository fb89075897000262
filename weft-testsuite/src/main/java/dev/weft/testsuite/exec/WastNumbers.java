package dev.weft.testsuite.exec;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as the {@code .wast} text writes them (the converter copies them as text, {@code _}
 * removed): integers in decimal or {@code 0x} hex with an optional sign; floats as in the core text
 * format (<a href="https://webassembly.github.io/spec/core/text/values.html#floating-point">spec</a>):
 * decimal, {@code 0x} hex with an optional {@code p} exponent, {@code inf}, {@code nan},
 * {@code nan:0x...} with a payload, plus {@code nan:canonical} / {@code nan:arithmetic}, the patterns
 * of expected results (any NaN, see {@link ValueMatch}).
 *
 * <p>Every method throws {@link NumberFormatException} with the text when it is not a number of
 * that kind; Java's own parsers are stricter in places (no {@code p}-less hex) and looser in others
 * ({@code "1f"}, {@code "NaN"}), so the syntax is checked here first.
 */
final class WastNumbers {
    private static final Pattern INTEGER = Pattern.compile("([+-]?)(?:0x([0-9a-fA-F]+)|([0-9]+))");
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?");
    private static final Pattern HEX_FLOAT =
            Pattern.compile("([+-]?)0x([0-9a-fA-F]+(?:\\.[0-9a-fA-F]*)?)(?:[pP]([+-]?[0-9]+))?");
    private static final Pattern NAN = Pattern.compile("([+-]?)nan(?::(0x[0-9a-fA-F]+|canonical|arithmetic))?");

    private static final int F32_PAYLOAD_BITS = 23;
    private static final int F64_PAYLOAD_BITS = 52;

    private WastNumbers() {}

    /**
     * The integer {@code text} stands for, checked against {@code [min, max]}.
     *
     * @param type the type's name, for the message
     */
    static BigInteger integer(String text, String type, BigInteger min, BigInteger max) {
        Matcher m = INTEGER.matcher(strip(text));
        if (!m.matches()) {
            throw new NumberFormatException("`" + text + "` is not a " + type + " literal");
        }
        BigInteger magnitude = m.group(2) != null ? new BigInteger(m.group(2), 16) : new BigInteger(m.group(3));
        BigInteger value = m.group(1).equals("-") ? magnitude.negate() : magnitude;
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new NumberFormatException("`" + text + "` is out of range for " + type + " [" + min + ", " + max + "]");
        }
        return value;
    }

    /** The {@code f32} {@code text} stands for (correctly rounded); a NaN pattern gives a NaN with its payload. */
    static float f32(String text) {
        String t = strip(text);
        Matcher nan = NAN.matcher(t);
        if (nan.matches()) {
            int bits = 0x7f80_0000 | (int) payload(nan.group(2), F32_PAYLOAD_BITS, text);
            return Float.intBitsToFloat(nan.group(1).equals("-") ? bits | 0x8000_0000 : bits);
        }
        float value = Float.parseFloat(javaSyntax(t, text, "f32"));
        return finite(value, Float.isInfinite(value), t, text, "f32");
    }

    /** As {@link #f32}, for an {@code f64}. */
    static double f64(String text) {
        String t = strip(text);
        Matcher nan = NAN.matcher(t);
        if (nan.matches()) {
            long bits = 0x7ff0_0000_0000_0000L | payload(nan.group(2), F64_PAYLOAD_BITS, text);
            return Double.longBitsToDouble(nan.group(1).equals("-") ? bits | Long.MIN_VALUE : bits);
        }
        double value = Double.parseDouble(javaSyntax(t, text, "f64"));
        return finite(value, Double.isInfinite(value), t, text, "f64");
    }

    /** {@code value}, unless a finite literal rounded to infinity (the text format rejects those). */
    private static <T> T finite(T value, boolean infinite, String t, String text, String type) {
        if (infinite && !t.endsWith("inf")) {
            throw new NumberFormatException("`" + text + "` is out of range for " + type);
        }
        return value;
    }

    /** The NaN's payload: the canonical one (only the quiet bit) unless {@code nan:0x...} gives it. */
    private static long payload(String spec, int bits, String text) {
        long canonical = 1L << (bits - 1);
        if (spec == null || spec.equals("canonical") || spec.equals("arithmetic")) {
            return canonical;
        }
        BigInteger payload = new BigInteger(spec.substring(2), 16);
        if (payload.signum() == 0 || payload.bitLength() > bits) {
            throw new NumberFormatException("`" + text + "`: a NaN payload must be in [1, 2^" + bits + ")");
        }
        return payload.longValue();
    }

    /** {@code t} checked against the text format and rewritten for {@link Float#parseFloat} / {@link Double#parseDouble}. */
    private static String javaSyntax(String t, String text, String type) {
        if (t.matches("[+-]?inf")) {
            return t.startsWith("-") ? "-Infinity" : "Infinity";
        }
        if (DECIMAL_FLOAT.matcher(t).matches()) {
            return t;
        }
        Matcher hex = HEX_FLOAT.matcher(t);
        if (hex.matches()) {
            String exponent = hex.group(3) == null ? "0" : hex.group(3);
            return hex.group(1) + "0x" + hex.group(2) + "p" + exponent;
        }
        throw new NumberFormatException("`" + text + "` is not an " + type + " literal");
    }

    private static String strip(String text) {
        return text.replace("_", "");
    }
}
