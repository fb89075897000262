package dev.weft.wasi.sockets;

import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a socket operation for a host function returning {@code result<T, error-code>}: its value
 * becomes {@code ok}, a {@link NetworkException} becomes {@code error(code)}. Anything else (a
 * {@code Trap} for a contract the guest broke) propagates.
 */
final class Results {
    private Results() {}

    /** {@code result<_, error-code>}. */
    static Optional<Value> unit(Runnable operation) {
        try {
            operation.run();
            return Optional.of(SocketTypes.ok());
        } catch (NetworkException e) {
            return Optional.of(SocketTypes.err(SocketTypes.UNIT_RESULT, e.code()));
        }
    }

    /** {@code result<T, error-code>}, {@code type} being that result type. */
    static Optional<Value> of(ResultType type, Supplier<? extends Value> operation) {
        try {
            return Optional.of(SocketTypes.ok(type, operation.get()));
        } catch (NetworkException e) {
            return Optional.of(SocketTypes.err(type, e.code()));
        }
    }
}
