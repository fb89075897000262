/**
 * The import/export name rules of the Component Model: the {@code externname} grammar, strong
 * uniqueness, name attributes and kebab-case labels.
 *
 * <p>Spec: <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#import-and-export-definitions">
 * Explainer.md, "Import and Export Definitions"</a> (grammar, "Name Uniqueness", "Canonical Interface
 * Name") and Binary.md's notes on {@code nameattributes}. Messages follow wasmparser
 * ({@code validator/names.rs}, {@code ComponentNameContext::validate_extern}) word for word, because
 * the conformance suite matches on them.
 *
 * <ul>
 *   <li>{@link dev.weft.binary.validate.names.ComponentName}: parse a name into a
 *       {@code PlainName} or an {@code InterfaceName}. The {@code depname}/{@code urlname}/{@code hashname}
 *       forms are gone from the spec (replaced by the {@code external-id} attribute), so
 *       {@code url=<...>} and friends are rejected like any other malformed name.</li>
 *   <li>{@link dev.weft.binary.validate.names.NameSet}: one scope's imports or exports, strongly unique.</li>
 *   <li>{@link dev.weft.binary.validate.names.NameAttributes}: {@code implements},
 *       {@code versionsuffix}, {@code external-id}.</li>
 *   <li>{@link dev.weft.binary.validate.names.KebabNames} and
 *       {@link dev.weft.binary.validate.names.LabelSet}: record fields, cases, flags, enum tags and
 *       parameters.</li>
 *   <li>{@link dev.weft.binary.validate.names.CoreNameSet}: duplicate names in core module types.</li>
 *   <li>{@link dev.weft.binary.validate.names.Semver}: SemVer 2.0 parsing, ordering, canonical
 *       versions and semver-compatible matching.</li>
 * </ul>
 */
package dev.weft.binary.validate.names;
