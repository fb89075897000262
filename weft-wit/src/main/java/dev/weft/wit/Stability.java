package dev.weft.wit;

import java.util.Optional;

/**
 * The feature gate of an item (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/WIT.md#feature-gates">WIT.md,
 * Feature Gates</a>): none, {@code @since(version = ...)} or {@code @unstable(feature = ...)}, each
 * optionally with {@code @deprecated(version = ...)}.
 */
public sealed interface Stability {
    Stability UNKNOWN = new Unknown();

    /** No gate. */
    record Unknown() implements Stability {}

    /** {@code @since(version = since)}, maybe {@code @deprecated(version = deprecated)}. */
    record Stable(SemVer since, Optional<SemVer> deprecated) implements Stability {}

    /** {@code @unstable(feature = feature)}, maybe {@code @deprecated(version = deprecated)}. */
    record Unstable(String feature, Optional<SemVer> deprecated) implements Stability {}

    default boolean isGated() {
        return !(this instanceof Unknown);
    }

    /** The gate in WIT syntax, e.g. {@code @since(version = 0.2.0)}; empty for {@link Unknown}. */
    default String wit() {
        return switch (this) {
            case Unknown u -> "";
            case Stable s -> "@since(version = " + s.since() + ")"
                    + s.deprecated().map(d -> " @deprecated(version = " + d + ")").orElse("");
            case Unstable s -> "@unstable(feature = " + s.feature() + ")"
                    + s.deprecated().map(d -> " @deprecated(version = " + d + ")").orElse("");
        };
    }
}
