package dev.weft.binary.validate.names;

/**
 * Gated parts of the name grammar.
 *
 * @param nestedNames 🪺 nested namespaces and projections ({@code a:b:c/d/e}); off by default, as in
 *     wasmparser, so {@code foo:bar:baz/qux} is rejected
 * @param canonicalVersions 🔗 {@code @canonversion} interface versions ({@code @0.2}) and the
 *     {@code versionsuffix} attribute
 */
public record NameFeatures(boolean nestedNames, boolean canonicalVersions) {
    /** What Weft validates against: no 🪺, with 🔗. */
    public static final NameFeatures DEFAULT = new NameFeatures(false, true);
}
