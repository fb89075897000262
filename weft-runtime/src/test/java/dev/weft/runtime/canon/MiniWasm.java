package dev.weft.runtime.canon;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Assembles the few small core modules the round-trip tests run (binary format, section by section). */
final class MiniWasm {
    static final int I32 = 0x7f;

    private final List<byte[]> types = new ArrayList<>();
    private final Bytes imports = new Bytes();
    private int importCount;
    private int importedFuncs;
    private final Bytes functions = new Bytes();
    private final Bytes codes = new Bytes();
    private int funcCount;
    private final Bytes memories = new Bytes();
    private int memoryCount;
    private final Bytes globals = new Bytes();
    private int globalCount;
    private final Bytes exports = new Bytes();
    private int exportCount;

    int type(int paramCount, int resultCount) {
        Bytes t = new Bytes().b(0x60).u(paramCount);
        for (int i = 0; i < paramCount; i++) t.b(I32);
        t.u(resultCount);
        for (int i = 0; i < resultCount; i++) t.b(I32);
        types.add(t.toArray());
        return types.size() - 1;
    }

    int importFunc(String module, String name, int paramCount, int resultCount) {
        int t = type(paramCount, resultCount);
        imports.name(module).name(name).b(0).u(t);
        importCount++;
        return importedFuncs++;
    }

    MiniWasm importMemory(String module, String name) {
        imports.name(module).name(name).b(2).b(0).u(1);
        importCount++;
        return this;
    }

    /** A function of i32 parameters and results with {@code locals} extra i32 locals; {@code code} without the final end. */
    int func(int paramCount, int resultCount, int locals, int... code) {
        functions.u(type(paramCount, resultCount));
        Bytes body = new Bytes();
        if (locals == 0) body.u(0);
        else body.u(1).u(locals).b(I32);
        for (int c : code) body.b(c);
        body.b(0x0b);
        codes.u(body.size()).raw(body.toArray());
        return importedFuncs + funcCount++;
    }

    MiniWasm memory(int pages) {
        memories.b(0).u(pages);
        memoryCount++;
        return this;
    }

    /** A mutable i32 global initialized to {@code init}. */
    int global(int init) {
        globals.b(I32).b(1).b(0x41).s(init).b(0x0b);
        return globalCount++;
    }

    MiniWasm export(String name, int kind, int index) {
        exports.name(name).b(kind).u(index);
        exportCount++;
        return this;
    }

    byte[] build() {
        Bytes m = new Bytes().raw(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Bytes typeSec = new Bytes().u(types.size());
        types.forEach(typeSec::raw);
        section(m, 1, types.size(), typeSec);
        section(m, 2, importCount, new Bytes().u(importCount).raw(imports.toArray()));
        section(m, 3, funcCount, new Bytes().u(funcCount).raw(functions.toArray()));
        section(m, 5, memoryCount, new Bytes().u(memoryCount).raw(memories.toArray()));
        section(m, 6, globalCount, new Bytes().u(globalCount).raw(globals.toArray()));
        section(m, 7, exportCount, new Bytes().u(exportCount).raw(exports.toArray()));
        section(m, 10, funcCount, new Bytes().u(funcCount).raw(codes.toArray()));
        return m.toArray();
    }

    private static void section(Bytes module, int id, int count, Bytes content) {
        if (count > 0) module.b(id).u(content.size()).raw(content.toArray());
    }

    /** A growable byte buffer with unsigned LEB128. */
    static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes b(int value) {
            out.write(value);
            return this;
        }

        Bytes raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        Bytes u(long value) {
            do {
                int b = (int) (value & 0x7f);
                value >>>= 7;
                out.write(value != 0 ? b | 0x80 : b);
            } while (value != 0);
            return this;
        }

        Bytes s(long value) {
            while (true) {
                int b = (int) (value & 0x7f);
                value >>= 7;
                boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
                out.write(done ? b : b | 0x80);
                if (done) return this;
            }
        }

        Bytes name(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            return u(utf8.length).raw(utf8);
        }

        int size() {
            return out.size();
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }
}
