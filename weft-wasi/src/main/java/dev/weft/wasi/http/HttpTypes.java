package dev.weft.wasi.http;

import dev.weft.types.Case;
import dev.weft.types.Field;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value types of {@code wasi:http/types@0.2.12}, spelled as the WIT spells them (case and field
 * names and order matter: values are matched structurally against the guest's import). Types that
 * hold resource handles are built where the resource types are known ({@link HttpResources}).
 */
final class HttpTypes {
    static final List<String> METHODS = List.of("get", "head", "post", "put", "delete", "connect", "options", "trace", "patch");
    static final VariantType METHOD = withOther(METHODS);
    static final VariantType SCHEME = withOther(List.of("HTTP", "HTTPS"));

    static final OptionType OPTION_STRING = new OptionType(PrimitiveType.STRING);
    static final OptionType OPTION_U64 = new OptionType(PrimitiveType.U64);
    static final OptionType OPTION_U32 = new OptionType(PrimitiveType.U32);
    static final OptionType OPTION_SCHEME = new OptionType(SCHEME);
    /** {@code option<duration>}: {@code wasi:clocks/monotonic-clock.duration} is nanoseconds as {@code u64}. */
    static final OptionType OPTION_DURATION = OPTION_U64;

    static final RecordType DNS_ERROR_PAYLOAD = new RecordType(List.of(
            new Field("rcode", OPTION_STRING),
            new Field("info-code", new OptionType(PrimitiveType.U16))));
    static final RecordType TLS_ALERT_RECEIVED_PAYLOAD = new RecordType(List.of(
            new Field("alert-id", new OptionType(PrimitiveType.U8)),
            new Field("alert-message", OPTION_STRING)));
    static final RecordType FIELD_SIZE_PAYLOAD = new RecordType(List.of(
            new Field("field-name", OPTION_STRING),
            new Field("field-size", OPTION_U32)));

    static final VariantType ERROR_CODE = new VariantType(List.of(
            none("DNS-timeout"),
            with("DNS-error", DNS_ERROR_PAYLOAD),
            none("destination-not-found"),
            none("destination-unavailable"),
            none("destination-IP-prohibited"),
            none("destination-IP-unroutable"),
            none("connection-refused"),
            none("connection-terminated"),
            none("connection-timeout"),
            none("connection-read-timeout"),
            none("connection-write-timeout"),
            none("connection-limit-reached"),
            none("TLS-protocol-error"),
            none("TLS-certificate-error"),
            with("TLS-alert-received", TLS_ALERT_RECEIVED_PAYLOAD),
            none("HTTP-request-denied"),
            none("HTTP-request-length-required"),
            with("HTTP-request-body-size", OPTION_U64),
            none("HTTP-request-method-invalid"),
            none("HTTP-request-URI-invalid"),
            none("HTTP-request-URI-too-long"),
            with("HTTP-request-header-section-size", OPTION_U32),
            with("HTTP-request-header-size", new OptionType(FIELD_SIZE_PAYLOAD)),
            with("HTTP-request-trailer-section-size", OPTION_U32),
            with("HTTP-request-trailer-size", FIELD_SIZE_PAYLOAD),
            none("HTTP-response-incomplete"),
            with("HTTP-response-header-section-size", OPTION_U32),
            with("HTTP-response-header-size", FIELD_SIZE_PAYLOAD),
            with("HTTP-response-body-size", OPTION_U64),
            with("HTTP-response-trailer-section-size", OPTION_U32),
            with("HTTP-response-trailer-size", FIELD_SIZE_PAYLOAD),
            with("HTTP-response-transfer-coding", OPTION_STRING),
            with("HTTP-response-content-coding", OPTION_STRING),
            none("HTTP-response-timeout"),
            none("HTTP-upgrade-failed"),
            none("HTTP-protocol-error"),
            none("loop-detected"),
            none("configuration-error"),
            with("internal-error", OPTION_STRING)));

    static final OptionType OPTION_ERROR_CODE = new OptionType(ERROR_CODE);
    static final VariantType HEADER_ERROR = new VariantType(List.of(none("invalid-syntax"), none("forbidden"), none("immutable")));

    /** {@code field-value}: {@code list<u8>}. */
    static final ListType FIELD_VALUE = new ListType(PrimitiveType.U8);
    static final ListType FIELD_VALUES = new ListType(FIELD_VALUE);
    /** {@code tuple<field-name, field-value>}. */
    static final TupleType ENTRY = new TupleType(List.of(PrimitiveType.STRING, FIELD_VALUE));

    /** {@code result} (no payloads): the setters of {@code outgoing-request}, {@code request-options}, .... */
    static final ResultType RESULT = new ResultType(Optional.empty(), Optional.empty());
    /** {@code result<_, header-error>}. */
    static final ResultType HEADER_RESULT = new ResultType(Optional.empty(), Optional.of(HEADER_ERROR));
    /** {@code result<_, error-code>}. */
    static final ResultType ERROR_CODE_RESULT = new ResultType(Optional.empty(), Optional.of(ERROR_CODE));

    private HttpTypes() {}

    /** {@code result<T>}: an {@code ok} payload, no error payload. */
    static ResultType resultOf(ValueType ok) {
        return new ResultType(Optional.of(ok), Optional.empty());
    }

    /** {@code result<T, error-code>}. */
    static ResultType resultOrErrorCode(ValueType ok) {
        return new ResultType(Optional.of(ok), Optional.of(ERROR_CODE));
    }

    private static VariantType withOther(List<String> names) {
        List<Case> cases = new ArrayList<>();
        for (String n : names) cases.add(none(n));
        cases.add(with("other", PrimitiveType.STRING));
        return new VariantType(cases);
    }

    private static Case none(String name) {
        return new Case(name, Optional.empty());
    }

    private static Case with(String name, ValueType payload) {
        return new Case(name, Optional.of(payload));
    }
}
