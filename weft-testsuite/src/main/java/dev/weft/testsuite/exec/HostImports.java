package dev.weft.testsuite.exec;

import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.Value;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * What the host offers every component of a conformance run, after Wasmtime's wast runner
 * ({@code link_component_spectest} in {@code crates/wast/src/spectest.rs}):
 * <pre>
 * host-return-two: func() -> u32                   returns 2
 * host-echo-u32: func(v: u32) -> u32               returns v
 * host: instance {
 *   return-three: func() -> u32                    returns 3
 *   nested: instance { return-four: func() -> u32 } returns 4
 *   return-hi: func() -> string                    returns "hi"
 * }
 * </pre>
 * Not (yet) offered: Wasmtime's {@code host.simple-module} (a core module: the linker cannot put a
 * module into an instance yet), its host resources ({@code host.resource1} with its constructor, methods
 * and drop counters, {@code resource2}) and its concurrent helpers ({@code never-return},
 * {@code return-two-slowly}, ...). No component the spec's tests instantiate imports anything
 * today (components with imports are {@code component definition}s there), so these are for tests
 * that will.
 */
final class HostImports {
    private HostImports() {}

    /** Defines the host's imports in {@code linker}. */
    static void define(Linker linker) {
        linker.func("host-return-two", type(List.of(), PrimitiveType.U32), args -> Optional.of(Value.u32(2)));
        linker.func("host-echo-u32", type(List.of(new Field("v", PrimitiveType.U32)), PrimitiveType.U32),
                args -> Optional.of(Value.u32(((U32) args.get(0)).value())));
        LinkerInstance host = linker.instance("host");
        host.func("return-three", type(List.of(), PrimitiveType.U32), args -> Optional.of(Value.u32(3)));
        host.instance("nested").func("return-four", type(List.of(), PrimitiveType.U32), args -> Optional.of(Value.u32(4)));
        host.func("return-hi", type(List.of(), PrimitiveType.STRING), args -> Optional.of(Value.string("hi")));
    }

    private static FuncType type(List<Field> params, ValueType result) {
        return new FuncType(false, params, Optional.of(result));
    }
}
