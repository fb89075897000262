/**
 * WIT syntax: the {@link dev.weft.wit.ast.Lexer} (tokens, with doc comments attached to the token
 * after them) and a hand-written recursive-descent parser split by construct — files and package
 * blocks ({@link dev.weft.wit.ast.WitParser}), paths, attributes and gates, interface items, types,
 * world items — producing the records of {@link dev.weft.wit.ast.Ast},
 * {@link dev.weft.wit.ast.InterfaceItem}, {@link dev.weft.wit.ast.WorldMember} and
 * {@link dev.weft.wit.ast.TypeExpr}.
 *
 * <p>Nothing is resolved here: a name is an {@link dev.weft.wit.ast.Ast.Ident} with its span, so the
 * resolver can say where a name that does not resolve was written. Grammar rules are checked here
 * (kebab-case labels, semver versions, gate combinations, where {@code @external-id} may go, map key
 * types, fixed-size list lengths); meaning is checked in {@code dev.weft.wit.resolve}.
 */
package dev.weft.wit.ast;
