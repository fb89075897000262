/**
 * Resolving a component's imports against a {@link dev.weft.runtime.Linker}, once per
 * {@link dev.weft.runtime.InstancePre}.
 *
 * <p>Why a separate phase: matching names (semver-compatible for versioned interface names, as
 * Wasmtime does), walking instance types and checking types is work that depends only on the
 * component and the linker, so it is done once and yields
 * {@link dev.weft.runtime.instance.ResolvedImports}, plain lists indexed by the plan's import leaves.
 * Every failure is an {@link dev.weft.runtime.UnlinkableException} naming the import path and, for
 * a type mismatch, both types in WIT syntax. Another component instance satisfies an import through
 * its plan-resolved exports: shared-nothing, calls lift out of one instance and lower into the other.
 *
 * <p>Resource imports are where identities meet: each becomes the run-time type supplied for it
 * (a host resource, or the resource of another instance), and every function type that mentions
 * it, the imported host functions' and the plan's lifts' and lowers', is rewritten once here, so
 * that instantiating does no type work for imports.
 */
package dev.weft.runtime.link;
