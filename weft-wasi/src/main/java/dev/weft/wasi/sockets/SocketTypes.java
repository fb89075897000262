package dev.weft.wasi.sockets;

import static dev.weft.types.PrimitiveType.U16;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;

import dev.weft.runtime.value.Value;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The value types of {@code wasi:sockets/network}, {@code tcp} and {@code udp}, spelled as the WIT
 * spells them (field and case names and order matter: the linker compares them with the import's).
 */
final class SocketTypes {
    static final EnumType ERROR_CODE = new EnumType(ErrorCode.witNames());
    static final EnumType IP_ADDRESS_FAMILY = new EnumType(List.of("ipv4", "ipv6"));
    static final TupleType IPV4_ADDRESS = new TupleType(Collections.nCopies(4, U8));
    static final TupleType IPV6_ADDRESS = new TupleType(Collections.nCopies(8, U16));
    static final VariantType IP_ADDRESS = new VariantType(List.of(
            new Case("ipv4", Optional.of(IPV4_ADDRESS)),
            new Case("ipv6", Optional.of(IPV6_ADDRESS))));
    static final RecordType IPV4_SOCKET_ADDRESS = new RecordType(List.of(
            new Field("port", U16),
            new Field("address", IPV4_ADDRESS)));
    static final RecordType IPV6_SOCKET_ADDRESS = new RecordType(List.of(
            new Field("port", U16),
            new Field("flow-info", U32),
            new Field("address", IPV6_ADDRESS),
            new Field("scope-id", U32)));
    static final VariantType IP_SOCKET_ADDRESS = new VariantType(List.of(
            new Case("ipv4", Optional.of(IPV4_SOCKET_ADDRESS)),
            new Case("ipv6", Optional.of(IPV6_SOCKET_ADDRESS))));
    static final EnumType SHUTDOWN_TYPE = new EnumType(List.of("receive", "send", "both"));
    static final RecordType INCOMING_DATAGRAM = new RecordType(List.of(
            new Field("data", new ListType(U8)),
            new Field("remote-address", IP_SOCKET_ADDRESS)));
    static final RecordType OUTGOING_DATAGRAM = new RecordType(List.of(
            new Field("data", new ListType(U8)),
            new Field("remote-address", new OptionType(IP_SOCKET_ADDRESS))));
    /** {@code wasi:clocks/monotonic-clock.duration}: nanoseconds. */
    static final PrimitiveType DURATION = PrimitiveType.U64;
    /** {@code result<_, error-code>}. */
    static final ResultType UNIT_RESULT = result(Optional.empty());

    private SocketTypes() {}

    /** {@code result<ok, error-code>}. */
    static ResultType result(ValueType ok) {
        return result(Optional.of(ok));
    }

    private static ResultType result(Optional<ValueType> ok) {
        return new ResultType(ok, Optional.of(ERROR_CODE));
    }

    /** The {@code error-code} enum value of {@code code}. */
    static Value errorCode(ErrorCode code) {
        return Value.enumCase(ERROR_CODE, code.witName());
    }

    /** The {@code ip-address-family} value. */
    static Value family(AddressFamily family) {
        return Value.enumCase(IP_ADDRESS_FAMILY, family.witName());
    }

    /** {@code ok(payload)} of {@code type}. */
    static Value ok(ResultType type, Value payload) {
        return Value.ok(type, payload);
    }

    /** {@code ok} of {@code result<_, error-code>}. */
    static Value ok() {
        return Value.ok(UNIT_RESULT);
    }

    /** {@code error(code)} of {@code type}. */
    static Value err(ResultType type, ErrorCode code) {
        return Value.err(type, errorCode(code));
    }
}
