package dev.weft.wasi.http;

import dev.weft.runtime.value.Value;
import java.util.Locale;

/** {@code wasi:http/types.header-error}, thrown as a {@link HeaderException} by {@link Fields}. */
enum HeaderError {
    /** The name is not an HTTP token, or a value holds control characters. */
    INVALID_SYNTAX,
    /** The name is one the host manages itself ({@link FieldRules#isForbidden}). */
    FORBIDDEN,
    /** The fields belong to a request or response: read-only. */
    IMMUTABLE;

    private final String witName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    String witName() {
        return witName;
    }

    Value value() {
        return Value.variant(HttpTypes.HEADER_ERROR, witName);
    }

    HeaderException exception(String message) {
        return new HeaderException(this, message);
    }

    /** A {@link HeaderError} as an exception. */
    static final class HeaderException extends RuntimeException {
        private final HeaderError error;

        HeaderException(HeaderError error, String message) {
            super(message, null, false, false);
            this.error = error;
        }

        HeaderError error() {
            return error;
        }
    }
}
