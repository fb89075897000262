package dev.weft.testsuite.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WastNumbersTest {
    private static final BigInteger U32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);

    private static BigInteger u32(String text) {
        return WastNumbers.integer(text, "u32", BigInteger.ZERO, U32_MAX);
    }

    @Test
    void integersInDecimalAndHexWithSign() {
        assertEquals(BigInteger.valueOf(42), u32("42"));
        assertEquals(BigInteger.valueOf(0xf01), u32("0xf01"));
        assertEquals(U32_MAX, u32("0xffffffff"));
        assertEquals(BigInteger.valueOf(1_000_000), u32("1_000_000"));
        assertEquals(BigInteger.valueOf(-8), WastNumbers.integer("-0x8", "s8", BigInteger.valueOf(-128), BigInteger.valueOf(127)));
        assertEquals(BigInteger.valueOf(7), u32("+7"));
    }

    @Test
    void integersOutOfRangeOrMisspelledAreRejectedWithTheText() {
        NumberFormatException range = assertThrows(NumberFormatException.class, () -> u32("0x100000000"));
        assertEquals("`0x100000000` is out of range for u32 [0, 4294967295]", range.getMessage());
        assertThrows(NumberFormatException.class, () -> u32("-1"));
        NumberFormatException syntax = assertThrows(NumberFormatException.class, () -> u32("5.0"));
        assertEquals("`5.0` is not a u32 literal", syntax.getMessage());
        assertThrows(NumberFormatException.class, () -> u32(""));
        assertThrows(NumberFormatException.class, () -> u32("0X10"));
    }

    @Test
    void decimalAndHexFloats() {
        assertEquals(5.0f, WastNumbers.f32("5"));
        assertEquals(-2.5, WastNumbers.f64("-2.5"));
        assertEquals(1.0f, WastNumbers.f32("0x1p+0"));
        assertEquals(3.0, WastNumbers.f64("0x1.8p1"));
        assertEquals(16.0, WastNumbers.f64("0x10"), "hex without an exponent");
        assertEquals(1e10, WastNumbers.f64("1e10"));
        assertEquals(Float.MAX_VALUE, WastNumbers.f32("0x1.fffffep+127"));
        assertEquals(Float.MIN_VALUE, WastNumbers.f32("0x1p-149"));
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(WastNumbers.f32("-0")));
    }

    @Test
    void f32IsRoundedOnceFromTheText() {
        // 16777217 is halfway between two floats; ties to even gives 16777216, not 16777218
        assertEquals(16777216f, WastNumbers.f32("16777217"));
        // 0.1 is not the double 0.1 rounded to float in every case; compare with Java's direct parse
        assertEquals(Float.parseFloat("0.1"), WastNumbers.f32("0.1"));
    }

    @Test
    void infinitiesAndNans() {
        assertEquals(Float.POSITIVE_INFINITY, WastNumbers.f32("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, WastNumbers.f64("-inf"));
        assertEquals(0x7fc0_0000, Float.floatToRawIntBits(WastNumbers.f32("nan")));
        assertEquals(0xffc0_0000, Float.floatToRawIntBits(WastNumbers.f32("-nan")));
        assertEquals(0x7f80_0001, Float.floatToRawIntBits(WastNumbers.f32("nan:0x1")));
        assertEquals(0x7ff4_0000_0000_0000L, Double.doubleToRawLongBits(WastNumbers.f64("nan:0x4000000000000")));
        assertTrue(Float.isNaN(WastNumbers.f32("nan:canonical")));
        assertTrue(Double.isNaN(WastNumbers.f64("nan:arithmetic")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1f", "1d", "0x", "1e", ".5", "nan:0x0", "nan:0x800000", "1e39", "0x1p128", "abc"})
    void notF32Literals(String text) {
        assertThrows(NumberFormatException.class, () -> WastNumbers.f32(text));
    }

    @Test
    void f64RangeIsWider() {
        assertEquals(1e39, WastNumbers.f64("1e39"));
        assertThrows(NumberFormatException.class, () -> WastNumbers.f64("1e309"));
    }
}
