package dev.weft.wasi.sockets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.sockets.NetworkPolicy.BindGrant;
import dev.weft.wasi.sockets.NetworkPolicy.Protocol;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** The allow-list rules of {@link NetworkPolicy} (no sockets are opened). */
class NetworkPolicyTest {
    private static InetSocketAddress at(String ip, int port) throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(ip), port);
    }

    @Test
    void nothingIsAllowedByDefault() throws Exception {
        NetworkPolicy p = NetworkPolicy.of(WasiConfig.denyAll());
        assertFalse(p.mayConnect(Protocol.TCP, at("127.0.0.1", 80)));
        assertFalse(p.mayConnect(Protocol.UDP, at("127.0.0.1", 53)));
        assertEquals(BindGrant.DENIED, p.bind(Protocol.TCP, at("127.0.0.1", 0)));
        assertEquals(BindGrant.DENIED, p.bind(Protocol.UDP, at("0.0.0.0", 0)));
        assertFalse(p.mayLookUpNames());
    }

    @Test
    void connectNeedsTheSameAddressAndPortAndProtocol() throws Exception {
        NetworkPolicy p = NetworkPolicy.of(WasiConfig.builder().allowTcp("127.0.0.1", 8080).build());
        assertTrue(p.mayConnect(Protocol.TCP, at("127.0.0.1", 8080)));
        assertFalse(p.mayConnect(Protocol.TCP, at("127.0.0.1", 8081)));
        assertFalse(p.mayConnect(Protocol.TCP, at("127.0.0.2", 8080)));
        assertFalse(p.mayConnect(Protocol.TCP, at("::1", 8080)));
        assertFalse(p.mayConnect(Protocol.UDP, at("127.0.0.1", 8080)), "a TCP grant is no UDP grant");
    }

    @Test
    void portZeroInAnEntryMeansAnyPort() throws Exception {
        NetworkPolicy p = NetworkPolicy.of(WasiConfig.builder().allowUdp("127.0.0.1", 0).build());
        assertTrue(p.mayConnect(Protocol.UDP, at("127.0.0.1", 1)));
        assertTrue(p.mayConnect(Protocol.UDP, at("127.0.0.1", 65535)));
        assertEquals(BindGrant.SERVER, p.bind(Protocol.UDP, at("127.0.0.1", 0)));
        assertEquals(BindGrant.SERVER, p.bind(Protocol.UDP, at("127.0.0.1", 9000)));
    }

    @Test
    void bindingAnEphemeralPortIsOnlyAClientBindUnlessNamed() throws Exception {
        NetworkPolicy p = NetworkPolicy.of(WasiConfig.builder().allowTcp("127.0.0.1", 8080).build());
        assertEquals(BindGrant.CLIENT, p.bind(Protocol.TCP, at("0.0.0.0", 0)));
        assertEquals(BindGrant.CLIENT, p.bind(Protocol.TCP, at("127.0.0.1", 0)));
        assertEquals(BindGrant.SERVER, p.bind(Protocol.TCP, at("127.0.0.1", 8080)));
        assertEquals(BindGrant.DENIED, p.bind(Protocol.TCP, at("127.0.0.1", 8081)));
        assertEquals(BindGrant.DENIED, p.bind(Protocol.UDP, at("127.0.0.1", 0)), "no UDP entry at all");
    }

    @Test
    void theUnspecifiedAddressMatchesOnlyAnEntryNamingIt() throws Exception {
        NetworkPolicy loopback = NetworkPolicy.of(WasiConfig.builder().allowTcp("127.0.0.1", 0).build());
        assertEquals(BindGrant.DENIED, loopback.bind(Protocol.TCP, at("0.0.0.0", 7000)));
        NetworkPolicy any = NetworkPolicy.of(WasiConfig.builder().allowTcp("0.0.0.0", 7000).build());
        assertEquals(BindGrant.SERVER, any.bind(Protocol.TCP, at("0.0.0.0", 7000)));
        assertFalse(any.mayConnect(Protocol.TCP, at("127.0.0.1", 7000)));
    }

    @Test
    void hostNamesAreResolvedWhenThePolicyIsMade() throws Exception {
        NetworkPolicy p = NetworkPolicy.of(WasiConfig.builder().allowTcp("localhost", 5000).build());
        for (InetAddress a : InetAddress.getAllByName("localhost")) {
            assertTrue(p.mayConnect(Protocol.TCP, new InetSocketAddress(a, 5000)), a.toString());
        }
        NetworkPolicy bracketed = NetworkPolicy.of(WasiConfig.builder().allowTcp("[::1]", 5000).build());
        assertTrue(bracketed.mayConnect(Protocol.TCP, at("::1", 5000)));
    }

    @Test
    void anEmptyHostIsRefusedAtConfigurationTime() {
        WasiConfig config = WasiConfig.builder().allowTcp(" ", 1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkPolicy.of(config));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void nameLookupIsItsOwnGrant() {
        assertTrue(NetworkPolicy.of(WasiConfig.builder().allowNameLookup().build()).mayLookUpNames());
        assertFalse(NetworkPolicy.of(WasiConfig.builder().allowTcp("127.0.0.1", 1).build()).mayLookUpNames());
    }
}
