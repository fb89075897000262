package dev.weft.runtime;

import dev.weft.errors.WeftException;
import java.util.Objects;

/**
 * A valid component uses something Weft cannot run yet (the async ABI, a start function, importing
 * a component or a value, ...). Thrown when the component is loaded, or, for values that cannot be
 * passed yet, when such a value would cross a component boundary. The message says what and where;
 * {@link #feature()} names the feature with a short, stable word for grouping and filtering:
 *
 * <table>
 * <caption>Features</caption>
 * <tr><td>{@code async}</td><td>the async ABI of CM 0.3 ({@code async} lifts and lowers)</td></tr>
 * <tr><td>{@code start-function}</td><td>component start functions</td></tr>
 * <tr><td>{@code component-import}</td><td>importing a component</td></tr>
 * <tr><td>{@code value-import}</td><td>importing a value</td></tr>
 * <tr><td>{@code value-definition}</td><td>component value definitions</td></tr>
 * <tr><td>{@code reference-type}</td><td>core reference types other than {@code funcref} and {@code externref}</td></tr>
 * <tr><td>{@code stream}, {@code future}, {@code error-context}</td><td>such values crossing a component boundary</td></tr>
 * </table>
 */
public final class UnsupportedFeatureException extends WeftException {
    private final String feature;

    /**
     * @param feature the feature's short name (see the class comment)
     * @param message what is not supported, and where
     */
    public UnsupportedFeatureException(String feature, String message) {
        super(message);
        this.feature = Objects.requireNonNull(feature, "feature");
    }

    /**
     * An exception whose feature is its message without parenthesized details ({@code the async ABI
     * (canon lift ...) is not supported yet} names {@code the async ABI is not supported yet}).
     *
     * @deprecated name the feature: {@link #UnsupportedFeatureException(String, String)}
     */
    @Deprecated
    public UnsupportedFeatureException(String message) {
        this(withoutDetails(String.valueOf(message)), message);
    }

    /** The feature's short, stable name, e.g. {@code async} or {@code start-function}. */
    public String feature() {
        return feature;
    }

    private static String withoutDetails(String message) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '(') {
                if (depth++ == 0 && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
