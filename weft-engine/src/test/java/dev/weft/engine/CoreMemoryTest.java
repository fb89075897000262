package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreEngine.Execution;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
}
