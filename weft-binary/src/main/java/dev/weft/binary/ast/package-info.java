/**
 * The syntax tree of a component binary, exactly as
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md">Binary.md</a>
 * spells it: one sealed interface per production, one record per alternative, indices left
 * unresolved. Every definition carries the byte offset where it starts so that the validator can
 * say where a rule is broken. Nested core modules are kept as {@link dev.weft.binary.ast.ByteSlice}s
 * of the outer buffer (never copied): the 12 MB SpiderMonkey module inside a JS component costs
 * nothing until an engine compiles it.
 *
 * <p>The tree is produced by {@code dev.weft.binary.decode} and consumed by
 * {@code dev.weft.binary.validate}; it is immutable.
 */
package dev.weft.binary.ast;
