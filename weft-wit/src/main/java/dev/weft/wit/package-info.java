/**
 * The WIT language (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/WIT.md">WIT.md</a>):
 * parse {@code .wit} files, resolve them into one immutable model, print the model back.
 *
 * <p>{@link dev.weft.wit.Wit} is the entry point: {@code Wit.resolve(Path.of("wit"))} reads a
 * root package and its {@code deps/}, and returns a {@link dev.weft.wit.Resolve}: packages in
 * dependency order, their interfaces, worlds and named types, all referring to each other by typed
 * ids ({@link dev.weft.wit.PackageId}, {@link dev.weft.wit.InterfaceId},
 * {@link dev.weft.wit.WorldId}, {@link dev.weft.wit.TypeId}) rather than by name. Each type maps to
 * a semantic {@link dev.weft.types.ValueType} and each function to a {@link dev.weft.types.FuncType},
 * the types the canonical ABI and the runtime speak, so bindings can be generated from a world
 * without looking anything up by string.
 *
 * <p>Why a model of our own rather than component types: WIT keeps what a binary does not — names of
 * type aliases, {@code use} edges, docs, feature gates, resource functions grouped by resource — and
 * that is what idiomatic Java bindings and {@link dev.weft.wit.WitPrinter} need. Worlds are
 * elaborated as wit-parser does (includes merged, implicit imports added), so a world lists every
 * instance a component of that world imports.
 *
 * <p>Every problem is a {@link dev.weft.wit.WitException} that says where, as {@code file:line:col},
 * with the source line and a caret. Syntax lives in {@code dev.weft.wit.ast}; name resolution in
 * {@code dev.weft.wit.resolve}.
 */
package dev.weft.wit;
