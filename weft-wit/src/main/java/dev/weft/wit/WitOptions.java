package dev.weft.wit;

import java.util.Set;

/**
 * Options for resolving WIT. Which {@code @unstable} features are on: by default all of them (the
 * gates stay in the model, so callers can still tell); with {@link #onlyFeatures(String...)} only the
 * named ones, and items gated by any other feature are left out before resolution, as wit-parser
 * does.
 */
public record WitOptions(boolean allFeatures, Set<String> features) {
    public static final WitOptions DEFAULT = new WitOptions(true, Set.of());

    public WitOptions {
        features = Set.copyOf(features);
    }

    /** Only these {@code @unstable} features are on. */
    public static WitOptions onlyFeatures(String... enabled) {
        return new WitOptions(false, Set.of(enabled));
    }

    public boolean enabled(String feature) {
        return allFeatures || features.contains(feature);
    }
}
