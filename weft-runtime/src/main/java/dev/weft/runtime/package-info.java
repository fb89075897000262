/**
 * Running components: the public API.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Component component = Component.fromFile(engine, path);       // decode, validate, plan, compile: once
 * Linker linker = new Linker(engine).func("log", args -> { ...; return Optional.empty(); });
 * HostResource<MyFile> files = linker.instance("wasi:filesystem/types@0.2.3")
 *         .resource("descriptor", MyFile.class, MyFile::close);  // handles backed by Java objects
 * InstancePre pre = linker.instantiatePre(component);           // imports resolved and checked: once
 * Instance instance = pre.instantiate();                        // cheap, repeatable, independent
 * Optional<Value> r = instance.func("bench:kit/api#add").orElseThrow().call(Value.u32(2), Value.u32(3));
 * }</pre>
 *
 * <p>Per-instance host state, as Wasmtime's {@code Store<T>} data: instantiate with
 * {@link dev.weft.runtime.InstancePre#instantiate(dev.weft.runtime.Limits, Object)} and define the
 * host functions that need it as {@link dev.weft.runtime.HostFunction.WithCaller}, which read it
 * with {@link dev.weft.runtime.Caller#data(Class)}: one linker and one {@code InstancePre} then
 * serve many instances, each with its own context. {@link dev.weft.runtime.Instance#close()}
 * closes {@link AutoCloseable} data. Plain {@link dev.weft.runtime.HostFunction}s are unaffected.
 *
 * <pre>{@code
 * linker.func("counter", (caller, args) -> Optional.of(Value.u32(caller.data(Session.class).next())));
 * try (Instance a = pre.instantiate(engine.limits(), new Session())) { ... }
 * }</pre>
 *
 * <p>Each class does one phase's work once and hands an immutable result to the next, so that the
 * repeated operations (instantiating, calling) do only what must be done each time: an
 * {@link dev.weft.runtime.InstancePre} has matched every import, a
 * {@link dev.weft.runtime.Component} holds the {@link dev.weft.runtime.plan.Plan} and compiled core
 * modules. The API speaks {@link dev.weft.runtime.value.Value}s and the semantic types of
 * {@code dev.weft.types}: resource handles are made and read through a
 * {@link dev.weft.runtime.HostResource}, and a {@link dev.weft.runtime.RuntimeResourceType} is the
 * identity handles carry (one per host definition, or per instantiation of a defining component).
 * Failures are named exceptions ({@link dev.weft.runtime.UnlinkableException},
 * {@link dev.weft.runtime.Trap}, {@link dev.weft.runtime.value.ValueTypeException},
 * {@link dev.weft.runtime.UnsupportedFeatureException}).
 */
package dev.weft.runtime;
