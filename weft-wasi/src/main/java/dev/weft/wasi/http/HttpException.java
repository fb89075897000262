package dev.weft.wasi.http;

import java.util.Objects;

/**
 * An HTTP operation failed with an {@link ErrorCode}; the bindings turn it into the {@code error}
 * of the function's {@code result}. Never reaches a guest as an exception.
 */
final class HttpException extends RuntimeException {
    private final ErrorCode code;

    HttpException(ErrorCode code) {
        super("wasi:http error " + Objects.requireNonNull(code, "code"), null, false, false);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
