package dev.weft.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles small core modules for tests, section by section
 * (<a href="https://webassembly.github.io/spec/core/binary/modules.html">binary format</a>).
 * Function bodies are raw instruction bytes; {@link Op} has the opcodes the tests use.
 */
public final class WasmModuleBuilder {
    public static final byte I32 = 0x7f;
    public static final byte I64 = 0x7e;
    public static final byte F32 = 0x7d;
    public static final byte F64 = 0x7c;
    public static final byte FUNCREF = 0x70;

    public static final int KIND_FUNC = 0;
    public static final int KIND_TABLE = 1;
    public static final int KIND_MEMORY = 2;
    public static final int KIND_GLOBAL = 3;

    private final List<byte[]> types = new ArrayList<>();
    private final Bytes imports = new Bytes();
    private int importCount;
    private int importedFuncs;
    private final Bytes functions = new Bytes();
    private final Bytes codes = new Bytes();
    private int funcCount;
    private final Bytes tables = new Bytes();
    private int tableCount;
    private final Bytes memories = new Bytes();
    private int memoryCount;
    private final Bytes globals = new Bytes();
    private int globalCount;
    private int importedGlobals;
    private final Bytes exports = new Bytes();
    private int exportCount;
    private Integer start;
    private final Bytes elems = new Bytes();
    private int elemCount;
    private final Bytes datas = new Bytes();
    private int dataCount;
    private boolean passiveData;

    /** The index of the function type {@code params -> results}, added if new. */
    public int type(byte[] params, byte[] results) {
        Bytes t = new Bytes().b(0x60).u(params.length).raw(params).u(results.length).raw(results);
        byte[] encoded = t.toArray();
        for (int i = 0; i < types.size(); i++) {
            if (java.util.Arrays.equals(types.get(i), encoded)) {
                return i;
            }
        }
        types.add(encoded);
        return types.size() - 1;
    }

    public static byte[] types(byte... types) {
        return types;
    }

    public int importFunc(String module, String name, int type) {
        importName(module, name).b(KIND_FUNC).u(type);
        return importedFuncs++;
    }

    public WasmModuleBuilder importMemory(String module, String name, int min, Integer max) {
        limits(importName(module, name).b(KIND_MEMORY), min, max);
        return this;
    }

    public int importGlobal(String module, String name, byte type, boolean mutable) {
        importName(module, name).b(KIND_GLOBAL).b(type).b(mutable ? 1 : 0);
        return importedGlobals++;
    }

    private Bytes importName(String module, String name) {
        importCount++;
        return imports.name(module).name(name);
    }

    /** Defines a function with {@code i32Locals} extra i32 locals; {@code code} excludes the final {@code end}. */
    public int func(int type, int i32Locals, byte... code) {
        functions.u(type);
        Bytes body = new Bytes();
        if (i32Locals == 0) {
            body.u(0);
        } else {
            body.u(1).u(i32Locals).b(I32);
        }
        body.raw(code).b(Op.END);
        codes.u(body.size()).raw(body.toArray());
        return importedFuncs + funcCount++;
    }

    /** Defines a function from its complete encoded body (locals, instructions, end): for broken bodies. */
    public int rawFunc(int type, byte... body) {
        functions.u(type);
        codes.u(body.length).raw(body);
        return importedFuncs + funcCount++;
    }

    public int memory(int min, Integer max) {
        limits(memories, min, max);
        return memoryCount++;
    }

    public int table(int min, Integer max) {
        limits(tables.b(FUNCREF), min, max);
        return tableCount++;
    }

    /** A global initialized by {@code i32.const}/{@code i64.const} of {@code init}. */
    public int global(byte type, boolean mutable, long init) {
        globals.b(type).b(mutable ? 1 : 0);
        if (type == I64) {
            globals.b(Op.I64_CONST).s(init);
        } else {
            globals.b(Op.I32_CONST).s(init);
        }
        globals.b(Op.END);
        return importedGlobals + globalCount++;
    }

    public WasmModuleBuilder export(String name, int kind, int index) {
        exports.name(name).b(kind).u(index);
        exportCount++;
        return this;
    }

    public WasmModuleBuilder start(int func) {
        start = func;
        return this;
    }

    /** An active element segment for table 0 at {@code offset}. */
    public WasmModuleBuilder elem(int offset, int... funcs) {
        elems.u(0).b(Op.I32_CONST).s(offset).b(Op.END).u(funcs.length);
        for (int f : funcs) {
            elems.u(f);
        }
        elemCount++;
        return this;
    }

    /** An active data segment for memory 0 at {@code offset}. */
    public WasmModuleBuilder data(int offset, byte[] bytes) {
        datas.u(0).b(Op.I32_CONST).s(offset).b(Op.END).u(bytes.length).raw(bytes);
        dataCount++;
        return this;
    }

    /** An active data segment for memory 0 at the value of global {@code global} (an imported immutable i32). */
    public WasmModuleBuilder dataAtGlobal(int global, byte[] bytes) {
        datas.u(0).b(Op.GLOBAL_GET).u(global).b(Op.END).u(bytes.length).raw(bytes);
        dataCount++;
        return this;
    }

    /** A passive data segment (for {@code memory.init} and {@code data.drop}); returns its index. */
    public int passiveData(byte[] bytes) {
        datas.u(1).u(bytes.length).raw(bytes);
        passiveData = true;
        return dataCount++;
    }

    private static void limits(Bytes out, int min, Integer max) {
        if (max == null) {
            out.b(0).u(min);
        } else {
            out.b(1).u(min).u(max);
        }
    }

    public byte[] build() {
        Bytes m = new Bytes().raw(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Bytes typeSec = new Bytes().u(types.size());
        types.forEach(typeSec::raw);
        section(m, 1, types.size(), typeSec, false);
        section(m, 2, importCount, new Bytes().u(importCount).raw(imports.toArray()), false);
        section(m, 3, funcCount, new Bytes().u(funcCount).raw(functions.toArray()), false);
        section(m, 4, tableCount, new Bytes().u(tableCount).raw(tables.toArray()), false);
        section(m, 5, memoryCount, new Bytes().u(memoryCount).raw(memories.toArray()), false);
        section(m, 6, globalCount, new Bytes().u(globalCount).raw(globals.toArray()), false);
        section(m, 7, exportCount, new Bytes().u(exportCount).raw(exports.toArray()), false);
        if (start != null) {
            section(m, 8, 1, new Bytes().u(start), false);
        }
        section(m, 9, elemCount, new Bytes().u(elemCount).raw(elems.toArray()), false);
        if (passiveData) {
            section(m, 12, 1, new Bytes().u(dataCount), false);
        }
        section(m, 10, funcCount, new Bytes().u(funcCount).raw(codes.toArray()), false);
        section(m, 11, dataCount, new Bytes().u(dataCount).raw(datas.toArray()), false);
        return m.toArray();
    }

    private static void section(Bytes module, int id, int count, Bytes content, boolean always) {
        if (count > 0 || always) {
            module.b(id).u(content.size()).raw(content.toArray());
        }
    }

    /** Opcodes used by the tests. */
    public static final class Op {
        public static final byte UNREACHABLE = 0x00;
        public static final byte END = 0x0b;
        public static final byte CALL = 0x10;
        public static final byte CALL_INDIRECT = 0x11;
        public static final byte DROP = 0x1a;
        public static final byte LOCAL_GET = 0x20;
        public static final byte GLOBAL_GET = 0x23;
        public static final byte GLOBAL_SET = 0x24;
        public static final byte I32_LOAD = 0x28;
        public static final byte I32_STORE = 0x36;
        public static final byte MEMORY_SIZE = 0x3f;
        public static final byte MEMORY_GROW = 0x40;
        public static final byte I32_CONST = 0x41;
        public static final byte I64_CONST = 0x42;
        public static final byte I32_ADD = 0x6a;
        public static final byte I32_DIV_S = 0x6d;
        public static final byte I64_ADD = 0x7c;
        public static final byte I32_LOAD8_U = 0x2d;
        public static final byte I32_STORE8 = 0x3a;
        /** The prefix of {@code memory.init} (8), {@code data.drop} (9), {@code memory.copy} (10), {@code memory.fill} (11), {@code table.grow} (15), {@code table.size} (16). */
        public static final byte PREFIX_FC = (byte) 0xfc;
        public static final byte REF_NULL = (byte) 0xd0;

        private Op() {}
    }

    /** A growable byte buffer with LEB128 helpers. */
    public static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Bytes b(int value) {
            out.write(value);
            return this;
        }

        public Bytes raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        /** Unsigned LEB128. */
        public Bytes u(long value) {
            do {
                int b = (int) (value & 0x7f);
                value >>>= 7;
                out.write(value != 0 ? b | 0x80 : b);
            } while (value != 0);
            return this;
        }

        /** Signed LEB128. */
        public Bytes s(long value) {
            while (true) {
                int b = (int) (value & 0x7f);
                value >>= 7;
                boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
                out.write(done ? b : b | 0x80);
                if (done) {
                    return this;
                }
            }
        }

        public Bytes name(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            return u(utf8.length).raw(utf8);
        }

        public int size() {
            return out.size();
        }

        public byte[] toArray() {
            return out.toByteArray();
        }
    }

    /** Instruction bytes: {@code code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I32_ADD)}. */
    public static byte[] code(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return out;
    }
}
