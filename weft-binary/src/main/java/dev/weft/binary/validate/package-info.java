/**
 * The validator: a decoded {@link dev.weft.binary.ast.Component} in, an immutable
 * {@link dev.weft.binary.validate.ValidatedComponent} out (or an
 * {@link dev.weft.errors.InvalidComponentException} with the offset of the offending definition).
 *
 * <p>It follows wasmparser's component validator closely, rule for rule and message for message,
 * because the conformance suite compares messages and because the spec leaves some behaviour to it
 * (function and value types are matched by equality, not by the spec's looser subtyping). Index
 * spaces are built definition by definition in a stack of scopes ({@code ComponentState}: a
 * component, a component type, an instance type). Types are checked in the validator's own model
 * ({@code validate.model}), where every type definition is also an identity: the "named types" rule
 * of imports and exports and resource substitution at instantiation are about identities. The result
 * speaks the interned semantic types of {@code dev.weft.types}.
 *
 * <p>One class per concern, named after the spec: {@code TypeDefinitions}, {@code ComponentTypes},
 * {@code CoreDefinitions} (core modules, core types, core instances), {@code ComponentInstances},
 * {@code Aliases}, {@code CanonDefinitions} (delegating to {@code validate.canon}),
 * {@code ImportsExports} with {@code NamedTypes} and {@code ExternNameRules} (delegating the name
 * grammar to {@code validate.names}), {@code Values}, {@code Subtyping} and {@code CoreSubtyping},
 * {@code Remapping} (resource substitution) and {@code FreeVariables}.
 *
 * <p>Core modules are not parsed beyond their type, import, function, table, memory, global, tag
 * and export sections ({@link dev.weft.binary.decode.CoreModuleReader}); function bodies are left to
 * the core engine.
 */
package dev.weft.binary.validate;
