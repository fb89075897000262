package dev.weft.wasi.sockets;

import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.U16;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U8;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the WIT {@code ip-address} / {@code ip-socket-address} values and Java's
 * {@link InetAddress} / {@link InetSocketAddress}.
 *
 * <p>Java turns an IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}) into an {@link Inet4Address}, so
 * a guest address keeps its WIT family and whether it was mapped ({@link GuestAddress}); and an
 * IPv4 peer seen by an IPv6 socket (Java's channels are dual-stack) is shown to the guest mapped.
 */
final class SocketAddresses {
    private SocketAddresses() {}

    /**
     * A socket address as the guest gave it.
     *
     * @param family the WIT case ({@code ipv4} or {@code ipv6})
     * @param address the Java address (an {@code Inet4Address} for a mapped IPv6 address)
     * @param ipv4Mapped whether an {@code ipv6} address was IPv4-mapped
     */
    record GuestAddress(AddressFamily family, InetSocketAddress address, boolean ipv4Mapped) {
        int port() {
            return address.getPort();
        }

        InetAddress ip() {
            return address.getAddress();
        }
    }

    /** Reads an {@code ip-socket-address} value. */
    static GuestAddress socketAddress(Value value) {
        VariantValue v = (VariantValue) value;
        RecordValue r = (RecordValue) v.payload().orElseThrow();
        int port = ((U16) r.get("port")).value();
        if (v.caseIndex() == 0) {
            InetAddress ip = address(ipv4Bytes((TupleValue) r.get("address")), 0);
            return new GuestAddress(AddressFamily.IPV4, new InetSocketAddress(ip, port), false);
        }
        byte[] bytes = ipv6Bytes((TupleValue) r.get("address"));
        int scope = (int) ((U32) r.get("scope-id")).value();
        InetAddress ip = address(bytes, scope);
        return new GuestAddress(AddressFamily.IPV6, new InetSocketAddress(ip, port), isMapped(bytes));
    }

    /** The {@code ip-socket-address} of {@code address} as a socket of {@code family} sees it. */
    static Value socketAddress(InetSocketAddress address, AddressFamily family) {
        InetAddress ip = address.getAddress();
        Value port = Value.u16(address.getPort());
        if (family == AddressFamily.IPV4 && ip instanceof Inet4Address) {
            Value record = Value.record(SocketTypes.IPV4_SOCKET_ADDRESS, port, ipv4Tuple(ip.getAddress()));
            return Value.variant(SocketTypes.IP_SOCKET_ADDRESS, "ipv4", record);
        }
        int scope = ip instanceof Inet6Address v6 ? v6.getScopeId() : 0;
        Value record = Value.record(SocketTypes.IPV6_SOCKET_ADDRESS, port, Value.u32(0),
                ipv6Tuple(ipv6Bytes(ip)), Value.u32(Integer.toUnsignedLong(scope)));
        return Value.variant(SocketTypes.IP_SOCKET_ADDRESS, "ipv6", record);
    }

    /** The {@code ip-address} of {@code ip}, in its own family. */
    static Value ipAddress(InetAddress ip) {
        if (ip instanceof Inet4Address) {
            return Value.variant(SocketTypes.IP_ADDRESS, "ipv4", ipv4Tuple(ip.getAddress()));
        }
        return Value.variant(SocketTypes.IP_ADDRESS, "ipv6", ipv6Tuple(ip.getAddress()));
    }

    /**
     * Checks a {@code local-address} for a socket of {@code family}: same family, not IPv4-mapped,
     * unicast; else {@code invalid-argument}.
     */
    static void checkLocal(AddressFamily family, GuestAddress local) {
        checkFamily(family, local);
        if (isNotUnicast(local.ip())) throw ErrorCode.INVALID_ARGUMENT.error(local.ip() + " is not a unicast address");
    }

    /** Checks a {@code remote-address} as {@link #checkLocal} does, and also: not unspecified, port not 0. */
    static void checkRemote(AddressFamily family, GuestAddress remote) {
        checkLocal(family, remote);
        if (isUnspecified(remote.ip())) throw ErrorCode.INVALID_ARGUMENT.error("cannot reach the unspecified address");
        if (remote.port() == 0) throw ErrorCode.INVALID_ARGUMENT.error("cannot reach port 0");
    }

    private static void checkFamily(AddressFamily family, GuestAddress address) {
        if (address.family() != family) {
            throw ErrorCode.INVALID_ARGUMENT.error("an " + address.family().witName() + " address for an "
                    + family.witName() + " socket");
        }
        if (address.ipv4Mapped()) throw ErrorCode.INVALID_ARGUMENT.error("IPv4-mapped IPv6 addresses are not allowed");
    }

    /** Whether {@code ip} is {@code 0.0.0.0} or {@code ::}. */
    static boolean isUnspecified(InetAddress ip) {
        return ip.isAnyLocalAddress();
    }

    /** Whether {@code ip} is not a unicast address (multicast, or the IPv4 broadcast address). */
    static boolean isNotUnicast(InetAddress ip) {
        if (ip.isMulticastAddress()) return true;
        byte[] b = ip.getAddress();
        return b.length == 4 && (b[0] & b[1] & b[2] & b[3]) == (byte) 0xff;
    }

    private static byte[] ipv4Bytes(TupleValue t) {
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) b[i] = (byte) ((U8) t.get(i)).value();
        return b;
    }

    private static byte[] ipv6Bytes(TupleValue t) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            int word = ((U16) t.get(i)).value();
            b[2 * i] = (byte) (word >>> 8);
            b[2 * i + 1] = (byte) word;
        }
        return b;
    }

    /** The 16 bytes of {@code ip}, an IPv4 address mapped. */
    private static byte[] ipv6Bytes(InetAddress ip) {
        byte[] raw = ip.getAddress();
        if (raw.length == 16) return raw;
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(raw, 0, b, 12, 4);
        return b;
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) return false;
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static Value ipv4Tuple(byte[] b) {
        List<Value> parts = new ArrayList<>(4);
        for (byte x : b) parts.add(Value.u8(Byte.toUnsignedInt(x)));
        return Value.tuple(SocketTypes.IPV4_ADDRESS, parts);
    }

    private static Value ipv6Tuple(byte[] b) {
        List<Value> parts = new ArrayList<>(8);
        for (int i = 0; i < 8; i++) parts.add(Value.u16(((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff)));
        return Value.tuple(SocketTypes.IPV6_ADDRESS, parts);
    }

    private static InetAddress address(byte[] bytes, int scopeId) {
        try {
            if (bytes.length == 16 && scopeId != 0 && !isMapped(bytes)) {
                return Inet6Address.getByAddress(null, bytes, scopeId);
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 or 16 bytes are always an address", e);
        }
    }
}
