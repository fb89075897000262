package dev.weft.wasi.sockets;

import java.util.Objects;

/**
 * A socket operation failed with a WASI {@link ErrorCode}; the bindings turn it into the
 * {@code error(code)} of the function's {@code result}, never into a Java exception for the guest.
 */
public final class NetworkException extends RuntimeException {
    private final ErrorCode code;

    public NetworkException(ErrorCode code, String message) {
        super(code.witName() + ": " + message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
