package dev.weft.wasi.sockets;

import java.util.Objects;

/**
 * The object behind a {@code wasi:sockets/network.network} handle: the capability a guest passes to
 * bind, connect and look up names, carrying the {@link NetworkPolicy} those operations obey.
 * {@code instance-network} hands out the one network of a link.
 */
public final class Network {
    private final NetworkPolicy policy;

    public Network(NetworkPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public NetworkPolicy policy() {
        return policy;
    }
}
