package dev.weft.binary.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A test-side builder of binaries: raw bytes, LEB128 integers, names, vectors and sections. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Bytes of(int... bytes) {
        return new Bytes().b(bytes);
    }

    /** The component preamble: magic, version 0x0d 0x00, layer 0x01 0x00. */
    static Bytes component() {
        return of(0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00);
    }

    /** The core module preamble: magic, version 1. */
    static Bytes module() {
        return of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
    }

    Bytes b(int... bytes) {
        for (int x : bytes) out.write(x);
        return this;
    }

    Bytes u32(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    Bytes s64(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) return this;
        }
    }

    /** A name: its UTF-8 length, then its bytes. */
    Bytes str(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        u32(utf8.length);
        out.writeBytes(utf8);
        return this;
    }

    Bytes raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    Bytes then(Bytes other) {
        return raw(other.toArray());
    }

    /** {@code vec(items)}: the count, then the items. */
    Bytes vec(Bytes... items) {
        u32(items.length);
        for (Bytes i : items) then(i);
        return this;
    }

    /** {@code section_id(contents)}: id, size, contents. */
    Bytes section(int id, Bytes contents) {
        byte[] c = contents.toArray();
        b(id).u32(c.length);
        return raw(c);
    }

    /** A section holding {@code vec(items)}. */
    Bytes vecSection(int id, Bytes... items) {
        return section(id, new Bytes().vec(items));
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }
}
