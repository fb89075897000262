package dev.weft.wasi.sockets;

import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;

/**
 * Maps Java's socket exceptions to WASI {@link ErrorCode}s, as Wasmtime maps errno values. Java
 * reports most OS errors as a plain {@link IOException} whose message is the {@code strerror} text,
 * so the message is matched where the class says nothing.
 */
final class IoErrors {
    private IoErrors() {}

    /** The error code of {@code e}. */
    static ErrorCode code(Exception e) {
        return switch (e) {
            case PortUnreachableException p -> ErrorCode.CONNECTION_REFUSED;
            case ConnectException c -> byMessage(c, ErrorCode.CONNECTION_REFUSED);
            case NoRouteToHostException n -> ErrorCode.REMOTE_UNREACHABLE;
            case BindException b -> byMessage(b, ErrorCode.ADDRESS_IN_USE);
            case SocketTimeoutException t -> ErrorCode.TIMEOUT;
            case AlreadyBoundException a -> ErrorCode.INVALID_STATE;
            case ClosedChannelException c -> ErrorCode.INVALID_STATE;
            case UnsupportedAddressTypeException u -> ErrorCode.INVALID_ARGUMENT;
            default -> byMessage(e, ErrorCode.UNKNOWN);
        };
    }

    /** A {@link NetworkException} for {@code e}, which happened while doing {@code what}. */
    static NetworkException failure(String what, Exception e) {
        return new NetworkException(code(e), what + ": " + e.getMessage());
    }

    /** The stream error for {@code e}: a {@code last-operation-failed} whose error carries the code. */
    static StreamException streamFailure(IOException e) {
        ErrorCode code = code(e);
        return StreamException.failed(IoError.of(e.getClass().getSimpleName() + ": " + e.getMessage(), code));
    }

    private static ErrorCode byMessage(Exception e, ErrorCode fallback) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("refused")) return ErrorCode.CONNECTION_REFUSED;
        if (m.contains("reset") || m.contains("broken pipe")) return ErrorCode.CONNECTION_RESET;
        if (m.contains("aborted")) return ErrorCode.CONNECTION_ABORTED;
        if (m.contains("unreachable") || m.contains("no route")) return ErrorCode.REMOTE_UNREACHABLE;
        if (m.contains("already in use")) return ErrorCode.ADDRESS_IN_USE;
        if (m.contains("cannot assign requested address")) return ErrorCode.ADDRESS_NOT_BINDABLE;
        if (m.contains("too long") || m.contains("too large")) return ErrorCode.DATAGRAM_TOO_LARGE;
        if (m.contains("timed out")) return ErrorCode.TIMEOUT;
        if (m.contains("too many open files")) return ErrorCode.NEW_SOCKET_LIMIT;
        if (m.contains("permission denied")) return ErrorCode.ACCESS_DENIED;
        return fallback;
    }
}
