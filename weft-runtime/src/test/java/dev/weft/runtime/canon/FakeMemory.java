package dev.weft.runtime.canon;

import dev.weft.engine.CoreLimits;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreMemoryType;
import dev.weft.engine.CoreTrap;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A linear memory over a byte array, bounds-checked like an engine's. */
final class FakeMemory implements CoreMemory {
    final byte[] bytes;
    private final ByteBuffer le;

    FakeMemory(int size) {
        bytes = new byte[size];
        le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** One 64 KiB page. */
    FakeMemory() {
        this(CoreMemoryType.PAGE_SIZE);
    }

    private int at(long address, int length) {
        if (address < 0 || length < 0 || address > bytes.length - (long) length) {
            throw new CoreTrap("out of bounds memory access");
        }
        return (int) address;
    }

    @Override
    public CoreMemoryType type() {
        return CoreMemoryType.of(CoreLimits.of(pages()));
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public int pages() {
        return bytes.length / CoreMemoryType.PAGE_SIZE;
    }

    @Override
    public int grow(int deltaPages) {
        return -1;
    }

    @Override
    public byte[] read(long address, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, at(address, length), out, 0, length);
        return out;
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        System.arraycopy(bytes, at(address, length), dst, offset, length);
    }

    @Override
    public void read(long address, ByteBuffer dst) {
        int n = dst.remaining();
        dst.put(bytes, at(address, n), n);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        System.arraycopy(src, offset, bytes, at(address, length), length);
    }

    @Override
    public void write(long address, ByteBuffer src) {
        int n = src.remaining();
        src.get(bytes, at(address, n), n);
    }

    @Override
    public byte readI8(long address) {
        return bytes[at(address, 1)];
    }

    @Override
    public short readI16(long address) {
        return le.getShort(at(address, 2));
    }

    @Override
    public int readI32(long address) {
        return le.getInt(at(address, 4));
    }

    @Override
    public long readI64(long address) {
        return le.getLong(at(address, 8));
    }

    @Override
    public float readF32(long address) {
        return le.getFloat(at(address, 4));
    }

    @Override
    public double readF64(long address) {
        return le.getDouble(at(address, 8));
    }

    @Override
    public void writeI8(long address, byte value) {
        bytes[at(address, 1)] = value;
    }

    @Override
    public void writeI16(long address, short value) {
        le.putShort(at(address, 2), value);
    }

    @Override
    public void writeI32(long address, int value) {
        le.putInt(at(address, 4), value);
    }

    @Override
    public void writeI64(long address, long value) {
        le.putLong(at(address, 8), value);
    }

    @Override
    public void writeF32(long address, float value) {
        le.putFloat(at(address, 4), value);
    }

    @Override
    public void writeF64(long address, double value) {
        le.putDouble(at(address, 8), value);
    }
}
