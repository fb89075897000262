/**
 * The dynamic value model of the public API and its text form.
 *
 * <p>{@link dev.weft.runtime.value.Value} is a sealed hierarchy with one immutable record per kind
 * of {@link dev.weft.types.ValueType} (a list is a final class, so that {@code list<u8>} can be a
 * private {@code byte[]}; so is a string, so that the runtime can skip the scalar-value check for
 * strings its decoders have already validated). Every value carries its type and is checked against
 * it when built, so a value handed to a component is well-typed by construction, and
 * {@link dev.weft.runtime.value.Values#check} says exactly where one differs from an expected type.
 * Why not plain Java objects ({@code Integer}, {@code Map})? They cannot tell {@code u32} from
 * {@code s32}, a variant from an enum, or an absent option field from a missing one. (Where the
 * types are known at build time, generated bindings are the typed alternative.)
 *
 * <p>{@link dev.weft.runtime.value.Wave} reads and writes WAVE, the value text of wasmtime and
 * wasm-tools ({@code weft run --invoke 'add(2, 3)'}): an untyped parse to
 * {@code WaveNode}s, then one exhaustive switch over the type to give them meaning, and a printer
 * whose output parses back to an equal value and matches wasm-wave's.
 *
 * <p>Resources, streams, futures and error contexts appear only as opaque
 * {@link dev.weft.runtime.value.Handle}s that the runtime implements; WAVE has no syntax for them.
 */
package dev.weft.runtime.value;
