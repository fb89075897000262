/**
 * Name resolution, one concern per class, in the order it runs:
 * {@link dev.weft.wit.resolve.Loader} (files and {@code deps/}), {@code PackageGroups} (files to
 * packages), {@code PackageOrder} (dependency order, package cycles), {@code PackageResolver}
 * (scopes, interface and world order), {@code InterfaceResolver} and {@code TypeDefs} (types,
 * {@code use}, functions, resources, recursive types), {@code WorldResolver}, {@code Includes} and
 * {@code Elaboration} (worlds), {@code Gates} (feature-gate rules), {@code FeatureFilter}
 * ({@code @unstable} features that are off).
 *
 * <p>Resolution fills arenas ({@code ModelBuilder}) in a deterministic order — packages, then each
 * package's interfaces in {@code use} order, then its worlds — with a stable topological sort, so a
 * printed and re-parsed model gets the same ids. The first problem stops resolution with a
 * {@link dev.weft.wit.WitException} at the span of the name, path or item at fault.
 */
package dev.weft.wit.resolve;
