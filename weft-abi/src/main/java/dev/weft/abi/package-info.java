/**
 * The static half of the Canonical ABI, as pure functions over {@code dev.weft.types}: one class per
 * section of <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md">CanonicalABI.md</a>
 * ({@link dev.weft.abi.Despecialization}, {@link dev.weft.abi.TypePredicates},
 * {@link dev.weft.abi.Alignment}, {@link dev.weft.abi.ElementSize}, {@link dev.weft.abi.Flattening}),
 * each following the spec's Python definitions case by case so that the two can be read side by side.
 *
 * <p>Why a module of its own: the validator (sizes, flattened signatures of {@code canon lift/lower}),
 * the runtime (loading, storing) and code generators all need the same answers, and none of them
 * should depend on the others to get them. Nothing here has state; sizes are {@code long} so that
 * hostile fixed-length lists cannot overflow them.
 */
package dev.weft.abi;
