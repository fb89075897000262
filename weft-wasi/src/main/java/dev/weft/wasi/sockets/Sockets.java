package dev.weft.wasi.sockets;

import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiModule;
import java.util.List;

/**
 * {@code wasi:sockets@0.2.12}: {@code network}, {@code instance-network}, {@code tcp},
 * {@code tcp-create-socket}, {@code udp}, {@code udp-create-socket} and {@code ip-name-lookup},
 * granting only what the {@link NetworkPolicy} of the context's configuration allows (nothing by
 * default: refused operations answer {@code access-denied}).
 */
public final class Sockets implements WasiModule {
    @Override
    public void define(Definitions defs, WasiContext ctx) {
        SocketResources resources = SocketResources.create(ctx);
        ctx.onClose(resources.open());
        for (HostInterface iface : interfaces(resources, NetworkPolicy.of(ctx.config()))) iface.addTo(defs);
    }

    /** The interfaces, with resources and typed functions, under {@code policy}. */
    static List<HostInterface> interfaces(SocketResources r, NetworkPolicy policy) {
        Network network = new Network(policy);
        return List.of(
                NetworkBindings.network(r),
                NetworkBindings.instanceNetwork(r, network),
                TcpBindings.tcp(r),
                TcpBindings.tcpCreateSocket(r),
                UdpBindings.udp(r),
                UdpBindings.udpCreateSocket(r),
                NameLookupBindings.ipNameLookup(r));
    }
}
