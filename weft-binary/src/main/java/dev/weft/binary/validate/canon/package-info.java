/**
 * Validation of {@code canon} definitions: the static rules of every subsection of
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canonical-definitions">CanonicalABI.md, Canonical Definitions</a>,
 * with the checks, their order and their messages taken from wasmparser, since the conformance
 * tests compare messages.
 *
 * <p>Why a package of its own: the component validator owns the index spaces, this package owns the
 * canonical ABI's rules. The seam is {@link dev.weft.binary.validate.canon.CanonContext} (look-ups
 * only) in, {@link dev.weft.binary.validate.canon.CanonResult} (the function defined) out, through
 * the single entry point {@link dev.weft.binary.validate.canon.CanonValidator#validate}. Flattened
 * signatures, sizes and type predicates come from {@code dev.weft.abi}, so the validator and the
 * runtime cannot disagree about them.
 */
package dev.weft.binary.validate.canon;
