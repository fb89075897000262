package dev.weft.runtime;

import dev.weft.errors.WeftException;

/**
 * A valid component uses something Weft cannot run yet (a start function, value imports, importing
 * a component, core tags). Thrown when the component is loaded, naming the feature.
 */
public final class UnsupportedFeatureException extends WeftException {
    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
