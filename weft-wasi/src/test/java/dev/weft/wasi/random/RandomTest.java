package dev.weft.wasi.random;

import static dev.weft.wasi.Calls.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Calls;
import dev.weft.wasi.WasiValues;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code wasi:random/random}, {@code insecure} and {@code insecure-seed}. */
class RandomTest {
    private final Calls calls = new Calls();

    @Test
    void randomBytesHaveTheLengthAskedAndDiffer() {
        byte[] a = bytes(calls.call("wasi:random/random", "get-random-bytes", Value.u64(32)));
        byte[] b = bytes(calls.call("wasi:random/random", "get-random-bytes", Value.u64(32)));
        assertEquals(32, a.length);
        assertFalse(Arrays.equals(a, b), "two 32-byte draws were equal");
        assertEquals(0, bytes(calls.call("wasi:random/random", "get-random-bytes", Value.u64(0))).length);
        assertNotEquals(calls.call("wasi:random/random", "get-random-u64"), calls.call("wasi:random/random", "get-random-u64"));
    }

    @Test
    void insecureRandomToo() {
        byte[] a = bytes(calls.call("wasi:random/insecure", "get-insecure-random-bytes", Value.u64(16)));
        byte[] b = bytes(calls.call("wasi:random/insecure", "get-insecure-random-bytes", Value.u64(16)));
        assertEquals(16, a.length);
        assertFalse(Arrays.equals(a, b));
        assertNotEquals(calls.call("wasi:random/insecure", "get-insecure-random-u64"),
                calls.call("wasi:random/insecure", "get-insecure-random-u64"));
    }

    @Test
    void theInsecureSeedIsFixedPerLink() {
        TupleValue seed = (TupleValue) calls.call("wasi:random/insecure-seed", "insecure-seed");
        assertEquals(seed, calls.call("wasi:random/insecure-seed", "insecure-seed"));
        assertNotEquals(seed, new Calls().call("wasi:random/insecure-seed", "insecure-seed"));
    }

    @Test
    void anAbsurdLengthTraps() {
        assertThrows(Trap.class, () -> calls.call("wasi:random/random", "get-random-bytes", Value.u64(-1)));
        assertThrows(Trap.class, () -> calls.call("wasi:random/insecure", "get-insecure-random-bytes",
                Value.u64(WasiValues.MAX_CHUNK + 1L)));
    }
}
