package dev.weft.wasi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRingTest {
    @Test
    void bytesComeOutInOrderAcrossTheWrap() {
        ByteRing ring = new ByteRing(8);
        ring.put(new byte[] {1, 2, 3, 4, 5, 6}, 6);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, ring.take(4));
        assertEquals(6, ring.room());
        ring.put(new byte[] {7, 8, 9, 10, 11, 12, 99}, 6); // wraps; the 7th byte is not taken
        assertEquals(0, ring.room());
        assertArrayEquals(new byte[] {5, 6, 7, 8, 9}, ring.take(5));
        assertArrayEquals(new byte[] {10, 11, 12}, ring.take(100));
        assertTrue(ring.isEmpty());
        assertArrayEquals(new byte[0], ring.take(3));
    }

    @Test
    void manyRoundsKeepEveryByte() {
        ByteRing ring = new ByteRing(7);
        byte next = 0;
        byte expected = 0;
        for (int round = 0; round < 1000; round++) {
            int n = 1 + round % ring.room();
            byte[] chunk = new byte[n];
            for (int i = 0; i < n; i++) chunk[i] = next++;
            ring.put(chunk, n);
            for (byte b : ring.take(1 + round % 5)) assertEquals(expected++, b);
            if (ring.room() == 0) for (byte b : ring.take(7)) assertEquals(expected++, b);
        }
        assertEquals(ring.size(), (byte) (next - expected));
    }
}
