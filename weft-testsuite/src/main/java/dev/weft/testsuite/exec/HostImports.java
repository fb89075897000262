package dev.weft.testsuite.exec;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.Engine;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.Value;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the host offers every component of a conformance file, after Wasmtime's wast runner
 * ({@code link_component_spectest} in {@code crates/wast/src/spectest.rs}):
 * <pre>
 * host-return-two: func() -> u32                   returns 2
 * host-echo-u32: func(v: u32) -> u32               returns v
 * host: instance {
 *   return-three: func() -> u32                    returns 3
 *   nested: instance { return-four: func() -> u32 } returns 4
 *   return-hi: func() -> string                    returns "hi"
 *   simple-module: core module { global g: i32 = 100, func f() -> i32 returns 101 }
 *   resource1, resource2: resource                 host resources
 *   resource1-again: resource                      resource1 under a second name (the same type)
 *   [constructor]resource1: func(r: u32) -> own&lt;resource1>             a handle whose rep is r
 *   [static]resource1.assert: func(r: own&lt;resource1>, rep: u32)        r's rep is rep (r is the host's then)
 *   [static]resource1.drops: func() -> u32         how many resource1 handles guests dropped
 *   [static]resource1.last-drop: func() -> u32     the rep of the last one (0 before any)
 *   [method]resource1.simple: func(self: borrow&lt;resource1>, rep: u32)   self is a borrow whose rep is rep
 *   [method]resource1.take-borrow: func(self: borrow&lt;resource1>, b: borrow&lt;resource1>)
 *   [method]resource1.take-own: func(self: borrow&lt;resource1>, b: own&lt;resource1>)   b is the host's then
 * }
 * </pre>
 * A {@code resource1} handle stands for its rep, a {@code u32}; a guest dropping an owning handle
 * counts a drop and records the rep, an {@code own} the host receives is simply the host's (no
 * destructor runs, as in Wasmtime). A failed assertion (a panic in Wasmtime) is a {@link Trap}
 * {@code host assertion failed: ...}.
 *
 * <p>One {@code HostImports} serves one conformance file, like Wasmtime's linker: the drop
 * counters and the resource types are shared by every component the file instantiates.
 *
 * <p>Differences from Wasmtime: {@code resource1-again} is {@code resource1} itself, destructor
 * included (Wasmtime gives it a destructor that panics, as a guest cannot create one through it);
 * the concurrent helpers ({@code never-return}, {@code return-two-slowly}, {@code echo-slowly},
 * {@code [method]resource1.never-return}) are not offered, as Weft has no async ABI yet.
 */
final class HostImports {
    private static final FuncType U32_GETTER = type(List.of(), Optional.of(PrimitiveType.U32));

    /**
     * {@code (module (global (export "g") i32 i32.const 100) (func (export "f") (result i32) i32.const 101))},
     * encoded by hand (section by section) as the testsuite has no text-format parser.
     */
    private static final byte[] SIMPLE_MODULE = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                 // magic, version 1
        0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,                       // type: [func() -> i32]
        0x03, 0x02, 0x01, 0x00,                                         // function: [type 0]
        0x06, 0x07, 0x01, 0x7f, 0x00, 0x41, (byte) 0xe4, 0x00, 0x0b,    // global: [i32 const = i32.const 100]
        0x07, 0x09, 0x02, 0x01, 'g', 0x03, 0x00, 0x01, 'f', 0x00, 0x00, // export: g = global 0, f = func 0
        0x0a, 0x07, 0x01, 0x05, 0x00, 0x41, (byte) 0xe5, 0x00, 0x0b,    // code: [no locals; i32.const 101]
    };

    /** The object behind a {@code resource1} handle: Wasmtime's {@code Resource<Resource1>}, a bare rep. */
    record Resource1(long rep) {}

    /** The object behind a {@code resource2} handle (the host makes none). */
    record Resource2(long rep) {}

    private final CoreModule simpleModule;
    private final HostResource<Resource1> resource1;
    private final HostResource<Resource2> resource2;
    private long drops;
    private long lastDrop;

    /** @param simpleModule {@code host.simple-module}, compiled: see {@link #compileSimpleModule} */
    HostImports(CoreModule simpleModule) {
        this.simpleModule = simpleModule;
        this.resource1 = HostResource.of("resource1", Resource1.class, this::dropped);
        this.resource2 = HostResource.of("resource2", Resource2.class, value -> {});
    }

    /** {@code host.simple-module} compiled with {@code engine}. */
    static CoreModule compileSimpleModule(Engine engine) {
        return engine.compileModule(SIMPLE_MODULE.clone());
    }

    private synchronized void dropped(Resource1 value) {
        drops++;
        lastDrop = value.rep();
    }

    /**
     * Defines the host's imports in {@code linker}, but none of the top-level names in
     * {@code shadowed}: a registered instance of that name replaces them, as Wasmtime's linker
     * (which allows shadowing) does.
     */
    void define(Linker linker, Set<String> shadowed) {
        if (!shadowed.contains("host-return-two")) {
            linker.func("host-return-two", U32_GETTER, args -> u32(2));
        }
        if (!shadowed.contains("host-echo-u32")) {
            linker.func("host-echo-u32", type(List.of(new Field("v", PrimitiveType.U32)), Optional.of(PrimitiveType.U32)),
                    args -> u32(rep(args.get(0))));
        }
        if (!shadowed.contains("host")) {
            host(linker.instance("host"));
        }
    }

    private void host(LinkerInstance host) {
        host.func("return-three", U32_GETTER, args -> u32(3));
        host.instance("nested").func("return-four", U32_GETTER, args -> u32(4));
        host.func("return-hi", type(List.of(), Optional.of(PrimitiveType.STRING)), args -> Optional.of(Value.string("hi")));
        host.module("simple-module", simpleModule);
        host.resource("resource1", resource1);
        host.resource("resource2", resource2);
        host.resource("resource1-again", resource1);
        resource1Functions(host);
    }

    private void resource1Functions(LinkerInstance host) {
        ValueType own = resource1.ownType();
        ValueType borrow = resource1.borrowType();
        host.func("[constructor]resource1", type(List.of(new Field("r", PrimitiveType.U32)), Optional.of(own)),
                args -> Optional.of(resource1.own(new Resource1(rep(args.get(0))))));
        host.func("[static]resource1.assert", type(List.of(new Field("r", own), new Field("rep", PrimitiveType.U32)), Optional.empty()),
                args -> {
                    expectRep("[static]resource1.assert", resource1.take(owned(args.get(0), "r")), rep(args.get(1)));
                    return Optional.empty();
                });
        host.func("[static]resource1.last-drop", U32_GETTER, args -> u32(lastDrop()));
        host.func("[static]resource1.drops", U32_GETTER, args -> u32(drops()));
        host.func("[method]resource1.simple", type(List.of(new Field("self", borrow), new Field("rep", PrimitiveType.U32)), Optional.empty()),
                args -> {
                    expectRep("[method]resource1.simple", resource1.get(borrowed(args.get(0), "self")), rep(args.get(1)));
                    return Optional.empty();
                });
        host.func("[method]resource1.take-borrow", type(List.of(new Field("self", borrow), new Field("b", borrow)), Optional.empty()),
                args -> {
                    resource1.get(borrowed(args.get(0), "self"));
                    resource1.get(borrowed(args.get(1), "b"));
                    return Optional.empty();
                });
        host.func("[method]resource1.take-own", type(List.of(new Field("self", borrow), new Field("b", own)), Optional.empty()),
                args -> {
                    resource1.get(borrowed(args.get(0), "self"));
                    resource1.take(owned(args.get(1), "b"));
                    return Optional.empty();
                });
    }

    private synchronized long drops() {
        return drops;
    }

    private synchronized long lastDrop() {
        return lastDrop;
    }

    private static void expectRep(String function, Resource1 resource, long rep) {
        if (resource.rep() != rep) {
            throw new Trap("host assertion failed: " + function + ": the handle's rep is " + resource.rep() + ", expected " + rep);
        }
    }

    private static Value owned(Value handle, String parameter) {
        if (!(handle instanceof OwnHandle)) throw notA("an own", parameter, handle);
        return handle;
    }

    private static Value borrowed(Value handle, String parameter) {
        if (!(handle instanceof BorrowHandle)) throw notA("a borrowed", parameter, handle);
        return handle;
    }

    private static Trap notA(String kind, String parameter, Value handle) {
        return new Trap("host assertion failed: `" + parameter + "` must be " + kind + " handle, found " + handle);
    }

    private static long rep(Value value) {
        return ((U32) value).value();
    }

    private static Optional<Value> u32(long value) {
        return Optional.of(Value.u32(value));
    }

    private static FuncType type(List<Field> params, Optional<ValueType> result) {
        return new FuncType(false, params, result);
    }
}
