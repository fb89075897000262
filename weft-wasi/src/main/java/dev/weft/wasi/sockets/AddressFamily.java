package dev.weft.wasi.sockets;

import dev.weft.runtime.value.EnumValue;
import dev.weft.runtime.value.Value;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;

/** {@code wasi:sockets/network.ip-address-family}. */
public enum AddressFamily {
    IPV4("ipv4", StandardProtocolFamily.INET),
    IPV6("ipv6", StandardProtocolFamily.INET6);

    private final String witName;
    private final ProtocolFamily protocolFamily;

    AddressFamily(String witName, ProtocolFamily protocolFamily) {
        this.witName = witName;
        this.protocolFamily = protocolFamily;
    }

    public String witName() {
        return witName;
    }

    /** The family to open Java channels with. */
    ProtocolFamily protocolFamily() {
        return protocolFamily;
    }

    /** The family of an {@code ip-address-family} enum value. */
    static AddressFamily of(Value value) {
        return ((EnumValue) value).index() == 0 ? IPV4 : IPV6;
    }

    /** The family of a Java address. */
    static AddressFamily of(InetAddress address) {
        return switch (address) {
            case Inet4Address a -> IPV4;
            case Inet6Address a -> IPV6;
            default -> throw new AssertionError("unknown address kind: " + address);
        };
    }
}
