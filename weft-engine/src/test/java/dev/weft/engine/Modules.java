package dev.weft.engine;

import static dev.weft.engine.WasmModuleBuilder.I32;
import static dev.weft.engine.WasmModuleBuilder.KIND_FUNC;
import static dev.weft.engine.WasmModuleBuilder.KIND_MEMORY;
import static dev.weft.engine.WasmModuleBuilder.code;
import static dev.weft.engine.WasmModuleBuilder.types;

import dev.weft.engine.WasmModuleBuilder.Op;

/** The small core modules the tests share. */
public final class Modules {
    private Modules() {}

    public static CoreEngine engine(CoreEngine.Execution execution) {
        return CoreEngine.chicory(new CoreEngine.Options(execution));
    }

    /** {@code (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)}. */
    public static byte[] add() {
        var m = new WasmModuleBuilder();
        int t = m.type(types(I32, I32), types(I32));
        int add = m.func(t, 0, code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I32_ADD));
        return m.export("add", KIND_FUNC, add).build();
    }

    /**
     * A memory {@code (memory 1 3)} exported as "mem", with "load" (i32)->i32, "store" (i32 i32)->(),
     * "grow" (i32)->i32 and "size" ()->i32 (in pages).
     */
    public static byte[] memory() {
        var m = new WasmModuleBuilder();
        int mem = m.memory(1, 3);
        int load = m.func(m.type(types(I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0));
        int store = m.func(m.type(types(I32, I32), types()), 0,
                code(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.I32_STORE, 2, 0));
        int grow = m.func(m.type(types(I32), types(I32)), 0, code(Op.LOCAL_GET, 0, Op.MEMORY_GROW, 0));
        int size = m.func(m.type(types(), types(I32)), 0, code(Op.MEMORY_SIZE, 0));
        return m.export("mem", KIND_MEMORY, mem)
                .export("load", KIND_FUNC, load)
                .export("store", KIND_FUNC, store)
                .export("grow", KIND_FUNC, grow)
                .export("size", KIND_FUNC, size)
                .build();
    }
}
