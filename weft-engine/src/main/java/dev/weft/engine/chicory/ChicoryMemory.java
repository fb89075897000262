package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.Memory;
import dev.weft.engine.CoreLimits;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreMemoryType;
import dev.weft.engine.CoreTrap;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A linear memory of a Chicory instance. Every access is checked against the current size here,
 * so Chicory's own bounds exceptions never escape; a bad access throws {@link CoreTrap}.
 */
final class ChicoryMemory implements CoreMemory {
    final Memory raw;
    private final CoreMemoryType declared;

    ChicoryMemory(Memory raw, CoreMemoryType declared) {
        this.raw = raw;
        this.declared = declared;
    }

    @Override
    public CoreMemoryType type() {
        return new CoreMemoryType(new CoreLimits(raw.pages(), declared.limits().max()), declared.shared());
    }

    @Override
    public long size() {
        return (long) raw.pages() * CoreMemoryType.PAGE_SIZE;
    }

    @Override
    public int pages() {
        return raw.pages();
    }

    @Override
    public int grow(int deltaPages) {
        if (deltaPages < 0) {
            throw new IllegalArgumentException("negative memory.grow delta " + deltaPages);
        }
        return raw.grow(deltaPages);
    }

    /** The address as Chicory's int, after checking that {@code length} bytes fit there. */
    private int at(long address, int length) {
        if (address < 0 || length < 0 || address > size() - length) {
            throw new CoreTrap("out of bounds memory access: " + length + " bytes at address "
                    + address + ", memory size " + size());
        }
        return (int) address;
    }

    @Override
    public byte[] read(long address, int length) {
        return raw.readBytes(at(address, length), length);
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, dst.length);
        int addr = at(address, length);
        if (raw instanceof PagedMemory paged) {
            paged.read(addr, dst, offset, length);
        } else {
            System.arraycopy(raw.readBytes(addr, length), 0, dst, offset, length);
        }
    }

    @Override
    public void read(long address, ByteBuffer dst) {
        int length = dst.remaining();
        if (dst.hasArray()) {
            read(address, dst.array(), dst.arrayOffset() + dst.position(), length);
            dst.position(dst.position() + length);
        } else {
            dst.put(raw.readBytes(at(address, length), length));
        }
    }

    @Override
    public String readString(long address, int length, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        return raw.readString(at(address, length), length, charset);
    }

    @Override
    public int writeCharsBelow(long address, String s, int from, int to, int bound) {
        if (!(raw instanceof PagedMemory paged)) {
            return CoreMemory.super.writeCharsBelow(address, s, from, to, bound);
        }
        Objects.checkFromToIndex(from, to, s.length());
        SingleByteChars.checkBound(bound);
        return paged.writeCharsBelow(at(address, to - from), s, from, to, bound);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, src.length);
        raw.write(at(address, length), src, offset, length);
    }

    @Override
    public void write(long address, ByteBuffer src) {
        int length = src.remaining();
        int addr = at(address, length);
        if (src.hasArray()) {
            raw.write(addr, src.array(), src.arrayOffset() + src.position(), length);
            src.position(src.position() + length);
        } else {
            byte[] bytes = new byte[length];
            src.get(bytes);
            raw.write(addr, bytes, 0, length);
        }
    }

    @Override
    public byte readI8(long address) {
        return raw.read(at(address, 1));
    }

    @Override
    public short readI16(long address) {
        return raw.readShort(at(address, 2));
    }

    @Override
    public int readI32(long address) {
        return raw.readInt(at(address, 4));
    }

    @Override
    public long readI64(long address) {
        return raw.readLong(at(address, 8));
    }

    @Override
    public float readF32(long address) {
        return raw.readFloat(at(address, 4));
    }

    @Override
    public double readF64(long address) {
        return raw.readDouble(at(address, 8));
    }

    @Override
    public void writeI8(long address, byte value) {
        raw.writeByte(at(address, 1), value);
    }

    @Override
    public void writeI16(long address, short value) {
        raw.writeShort(at(address, 2), value);
    }

    @Override
    public void writeI32(long address, int value) {
        raw.writeI32(at(address, 4), value);
    }

    @Override
    public void writeI64(long address, long value) {
        raw.writeLong(at(address, 8), value);
    }

    @Override
    public void writeF32(long address, float value) {
        raw.writeF32(at(address, 4), value);
    }

    @Override
    public void writeF64(long address, double value) {
        raw.writeF64(at(address, 8), value);
    }

    @Override
    public String toString() {
        return "core " + type();
    }
}
