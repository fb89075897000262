/**
 * The canonical ABI at run time, synchronous part: how component-level values cross into and out
 * of core code, one class per section of
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md">CanonicalABI.md</a>,
 * with the spec's function names, so that the two read side by side:
 * <ul>
 *   <li><a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#component-instances">Component Instances</a>:
 *       {@link dev.weft.runtime.canon.ComponentInstanceState};</li>
 *   <li><a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canonical-abi-options">Canonical ABI Options</a>:
 *       {@link dev.weft.runtime.canon.CanonOptions};</li>
 *   <li><a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#lifting-and-lowering-context">Lifting and Lowering Context</a>:
 *       {@link dev.weft.runtime.canon.LiftLowerContext} (and {@link dev.weft.runtime.canon.Subtask},
 *       the caller's borrow bookkeeping);</li>
 *   <li><a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#loading">Loading</a> and
 *       <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#storing">Storing</a>:
 *       {@link dev.weft.runtime.canon.Loading}, {@link dev.weft.runtime.canon.Storing}, with strings and
 *       their transcoders in {@link dev.weft.runtime.canon.Strings};</li>
 *   <li><a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#flat-lifting">Flat Lifting</a>,
 *       <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#flat-lowering">Flat Lowering</a>,
 *       <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#lifting-and-lowering-values">Lifting and Lowering Values</a>:
 *       {@link dev.weft.runtime.canon.FlatLifting}, {@link dev.weft.runtime.canon.FlatLowering},
 *       {@link dev.weft.runtime.canon.LiftingAndLowering};</li>
 *   <li>the canonical definitions {@link dev.weft.runtime.canon.CanonLift},
 *       {@link dev.weft.runtime.canon.CanonLower} and {@link dev.weft.runtime.canon.ResourceBuiltins};</li>
 *   <li>calls between two guests: {@link dev.weft.runtime.canon.FusedAdapter}, which fuses a
 *       {@code canon lower} with the {@code canon lift} it calls.</li>
 * </ul>
 *
 * <p>Why it is shaped this way: the spec's Python despecializes and measures types on every value
 * and builds Python lists; doing that per call would cost more than the calls it serves. So
 * everything that depends only on a type is computed once, when a lifted or lowered function is
 * made at instantiation: a {@link dev.weft.runtime.canon.Layout} per type (sizes, alignments, field
 * offsets, flattening, discriminants) and a {@link dev.weft.runtime.canon.FunctionAbi} per function
 * (spilling, the core signature, whether borrows need bookkeeping). Per call, core values live in a
 * {@code long[]} of exactly the flattened size, strings and lists of numbers move as one bulk copy,
 * and a call without borrows allocates no scope. Values are the immutable {@code dev.weft.runtime.value}
 * model, for the host.
 *
 * <p>Between two guests there are no values: when the function a {@code canon lower} calls is
 * lifted from another instance ({@link dev.weft.runtime.canon.Callee#asLifted()}), the lowered
 * function is a {@link dev.weft.runtime.canon.FusedAdapter}, which copies each argument once from
 * the caller's core values and memory into the callee's (and the result back): strings as their
 * code units (transcoded only when the encodings differ), lists of numbers as one memory-to-memory
 * copy. It follows an {@code AdapterPlan} made once per lowered function,
 * a tree of {@code CopyOp}s that depends only on the function type and the
 * two string encodings: interpreted today, and plain data so that it can be compiled to bytecode
 * per function type later. Its checks, traps and {@code realloc} calls are those of lifting then
 * lowering; the checks that lifting and storing share live in {@code AbiChecks}, {@code Handles}
 * and {@link dev.weft.runtime.canon.Strings}, which (like everything the adapter reaches) never
 * touch the value model.
 *
 * <p>Failures a guest causes are {@link dev.weft.runtime.Trap}s worded as Wasmtime words them, where
 * the conformance tests match them; the instances a trapping call entered are poisoned. Async
 * (tasks, streams, futures, the {@code async} option) and error contexts are not implemented: using
 * them fails with {@link dev.weft.runtime.UnsupportedFeatureException}. Weft follows the
 * deterministic profile: NaNs are canonicalized both when lifting and when lowering.
 */
package dev.weft.runtime.canon;
