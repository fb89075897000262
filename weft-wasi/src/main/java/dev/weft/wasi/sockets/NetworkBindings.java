package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.HostInterface.params;

import dev.weft.runtime.value.Value;
import dev.weft.types.OptionType;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.io.IoError;
import java.util.List;
import java.util.Optional;

/**
 * {@code wasi:sockets/network} (the {@code network} resource and {@code network-error-code}) and
 * {@code wasi:sockets/instance-network}.
 */
final class NetworkBindings {
    private NetworkBindings() {}

    /** {@code wasi:sockets/network}. */
    static HostInterface network(SocketResources r) {
        OptionType optionalCode = new OptionType(SocketTypes.ERROR_CODE);
        return new HostInterface(Wasi.name("wasi:sockets/network"))
                .resource("network", r.networks())
                .func("network-error-code", Optional.of(optionalCode), params("err", r.io().errors().borrowType()),
                        args -> Optional.of(errorCode(r.io().errors().get(args.get(0)), optionalCode)));
    }

    /** {@code wasi:sockets/instance-network}: every call hands out a handle to {@code network}. */
    static HostInterface instanceNetwork(SocketResources r, Network network) {
        return new HostInterface(Wasi.name("wasi:sockets/instance-network"))
                .func("instance-network", Optional.of(r.networks().ownType()), List.of(),
                        args -> Optional.of(r.networks().own(network)));
    }

    /** The sockets error code inside a {@code wasi:io/error}, if it came from a socket. */
    private static Value errorCode(IoError error, OptionType type) {
        Optional<Value> code = error.code()
                .filter(ErrorCode.class::isInstance)
                .map(c -> SocketTypes.errorCode((ErrorCode) c));
        return Value.option(type, code);
    }
}
