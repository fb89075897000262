package dev.weft.wasi.http;

import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.wasi.io.IoError;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code wasi:http/types.error-code}: the case name and its payload, if the case has one. Also an
 * {@link IoError.Code}, so that {@code http-error-code} recovers it from a body stream's
 * {@code wasi:io/error}.
 *
 * @param witName the case, e.g. {@code HTTP-request-denied}
 * @param value the {@code error-code} value
 */
public record ErrorCode(String witName, Value value) implements IoError.Code {
    public ErrorCode {
        Objects.requireNonNull(witName, "witName");
        Objects.requireNonNull(value, "value");
    }

    /** The case {@code name}, without payload. */
    public static ErrorCode of(String name) {
        return new ErrorCode(name, VariantValue.of(HttpTypes.ERROR_CODE, name, Optional.empty()));
    }

    /** The case {@code name} with {@code payload}. */
    public static ErrorCode of(String name, Value payload) {
        return new ErrorCode(name, VariantValue.of(HttpTypes.ERROR_CODE, name, Optional.of(payload)));
    }

    /** The code an {@code error-code} value stands for (a guest's, e.g. in {@code response-outparam.set}). */
    public static ErrorCode fromValue(Value value) {
        return new ErrorCode(((VariantValue) value).caseName(), value);
    }

    /** {@code HTTP-request-denied}: the allow-list does not name the request's origin. */
    public static ErrorCode requestDenied() {
        return of("HTTP-request-denied");
    }

    /** {@code internal-error(some(message))}. */
    public static ErrorCode internal(String message) {
        return of("internal-error", Value.some(Value.string(message)));
    }

    /** {@code DNS-error} with {@code rcode: some(message)}. */
    public static ErrorCode dnsError(String message) {
        return of("DNS-error", Value.record(HttpTypes.DNS_ERROR_PAYLOAD, Map.of(
                "rcode", Value.option(HttpTypes.OPTION_STRING, Optional.of(Value.string(message))),
                "info-code", Value.none(dev.weft.types.PrimitiveType.U16))));
    }

    /** {@code HTTP-request-body-size(some(size))}. */
    public static ErrorCode requestBodySize(long size) {
        return of("HTTP-request-body-size", Value.some(Value.u64(size)));
    }

    /** This code as an exception, for operations that fail with it. */
    HttpException exception() {
        return new HttpException(this);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
