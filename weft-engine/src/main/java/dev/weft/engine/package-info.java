/**
 * The seam between Weft and the engine that runs core WebAssembly.
 *
 * <p>Everything above core Wasm (canonical ABI, linking, component instances) talks to core Wasm
 * through this one narrow set of interfaces and records, and never through an engine's own types.
 * Chicory 1.7.5 is the engine today ({@code dev.weft.engine.chicory}); GraalWasm and Endive are
 * coming, and each will be one more implementation of {@link dev.weft.engine.CoreEngine}, with no
 * change above this package. So no type of any engine appears in a signature here.
 *
 * <p>The life cycle follows the core spec: {@link dev.weft.engine.CoreEngine#compile} decodes,
 * validates and (optionally) compiles a module once; {@link dev.weft.engine.CoreModule#instantiate}
 * links it against {@link dev.weft.engine.CoreImports} (host functions, and the exports of other
 * instances, as a component's {@code (with "m" (instance i))} needs) and runs its start function;
 * a {@link dev.weft.engine.CoreInstance} hands out typed handles to its exports.
 *
 * <p>Values cross the seam raw, one {@code long} per core value (two for {@code v128}): an
 * {@code i32} in the low 32 bits, an {@code f32}/{@code f64} as its IEEE bits, references as
 * engine-specific opaque handles. That is fine inside Weft; public APIs speak Java types.
 *
 * <p>Failures: a malformed or invalid module throws a
 * {@link dev.weft.errors.ComponentFormatException}; a missing or mismatched import throws
 * {@link dev.weft.engine.CoreLinkException}; any trap in core code throws
 * {@link dev.weft.engine.CoreTrap}; an exception thrown by a host function propagates unchanged
 * through the core frames. Instances are not thread-safe: call one from one thread at a time.
 *
 * <p>Containment: {@link dev.weft.engine.CoreInstanceLimits} caps each memory an instance defines
 * ({@code memory.grow} returns -1 beyond it, a memory starting beyond it throws
 * {@link dev.weft.engine.MemoryLimitException}), and {@link dev.weft.engine.CoreDeadline} stops core
 * code that runs too long. Deadlines use thread interruption because that is the one way to stop
 * running code that Chicory already checks, in its interpreter and in its compiled code alike, at
 * every call and backward branch (what Wasmtime's epoch checks are): no instrumentation, no cost
 * while no deadline is set, and nothing the guest can mask. The interrupt is only delivered while
 * guest code runs (never into a host function, where it could break blocking I/O) and is always
 * cleared before the call returns.
 */
package dev.weft.engine;
