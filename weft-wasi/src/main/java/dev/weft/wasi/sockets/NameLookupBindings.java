package dev.weft.wasi.sockets;

import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.wasi.sockets.HostInterface.params;

import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.Value;
import dev.weft.types.OptionType;
import dev.weft.types.ResultType;
import dev.weft.wasi.Wasi;
import java.util.Optional;

/** {@code wasi:sockets/ip-name-lookup}: {@code resolve-addresses} and its {@code resolve-address-stream}. */
final class NameLookupBindings {
    private static final String STREAM = "resolve-address-stream";

    private NameLookupBindings() {}

    static HostInterface ipNameLookup(SocketResources r) {
        ResultType started = SocketTypes.result(r.resolveAddressStreams().ownType());
        OptionType maybeAddress = new OptionType(SocketTypes.IP_ADDRESS);
        ResultType next = SocketTypes.result(maybeAddress);
        return new HostInterface(Wasi.name("wasi:sockets/ip-name-lookup"))
                .resource(STREAM, r.resolveAddressStreams())
                .func("resolve-addresses", Optional.of(started),
                        params("network", r.networks().borrowType(), "name", STRING),
                        args -> Results.of(started, () -> r.resolveAddressStreams().own(ResolveAddressStream.start(
                                r.networks().get(args.get(0)), ((Str) args.get(1)).value()))))
                .method(r.resolveAddressStreams(), STREAM, "resolve-next-address", next,
                        args -> Results.of(next, () -> Value.option(maybeAddress,
                                r.resolveAddressStreams().get(args.get(0)).next().map(SocketAddresses::ipAddress))))
                .method(r.resolveAddressStreams(), STREAM, "subscribe", r.io().pollables().ownType(),
                        args -> Optional.of(r.io().pollables().own(r.resolveAddressStreams().get(args.get(0)).subscribe())));
    }
}
