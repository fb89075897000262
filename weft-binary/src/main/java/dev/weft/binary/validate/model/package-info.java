/**
 * The validator's own view of component-level types, mirroring wasmparser's: types are compared by
 * structure, but every type definition (and every import or export of one) is also an identity, because
 * the rules on which types an import or export may mention ("named" types, resources in scope) and
 * resource substitution at instantiation are about identities. After validation these are converted
 * to the interned semantic types of {@code dev.weft.types}.
 */
package dev.weft.binary.validate.model;
