package dev.weft.wasi.sockets;

import dev.weft.wasi.io.IoError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code wasi:sockets/network.error-code}, in the WIT's case order. Also an {@link IoError.Code}, so
 * that {@code network-error-code} recovers it from a stream's {@code wasi:io/error}.
 */
public enum ErrorCode implements IoError.Code {
    UNKNOWN,
    ACCESS_DENIED,
    NOT_SUPPORTED,
    INVALID_ARGUMENT,
    OUT_OF_MEMORY,
    TIMEOUT,
    CONCURRENCY_CONFLICT,
    NOT_IN_PROGRESS,
    WOULD_BLOCK,
    INVALID_STATE,
    NEW_SOCKET_LIMIT,
    ADDRESS_NOT_BINDABLE,
    ADDRESS_IN_USE,
    REMOTE_UNREACHABLE,
    CONNECTION_REFUSED,
    CONNECTION_RESET,
    CONNECTION_ABORTED,
    DATAGRAM_TOO_LARGE,
    NAME_UNRESOLVABLE,
    TEMPORARY_RESOLVER_FAILURE,
    PERMANENT_RESOLVER_FAILURE;

    private final String witName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    @Override
    public String witName() {
        return witName;
    }

    /** The WIT case names, in order (the enum type's labels). */
    static List<String> witNames() {
        return Arrays.stream(values()).map(ErrorCode::witName).toList();
    }

    /** A {@link NetworkException} carrying this code and {@code message}. */
    NetworkException error(String message) {
        return new NetworkException(this, message);
    }
}
