package dev.weft.wasi.sockets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.runtime.HostResource;
import dev.weft.runtime.value.EnumValue;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.Pollable;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the {@code wasi:sockets} host functions as a guest reaches them: through the typed
 * definitions ({@link HostInterface#call}: arguments and results checked against the WIT types),
 * with handles made and read through the resource types. Everything it opens is closed by
 * {@link #close()}; every wait is bounded.
 */
final class SocketsHarness implements AutoCloseable {
    /** The longest any test waits for the network (loopback answers in microseconds). */
    static final long TIMEOUT_MILLIS = 10_000;

    final WasiContext ctx;
    final SocketResources resources;
    private final Map<String, HostInterface> interfaces = new LinkedHashMap<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    SocketsHarness(WasiConfig config) {
        ctx = new WasiContext(config);
        resources = SocketResources.create(ctx);
        for (HostInterface i : Sockets.interfaces(resources, NetworkPolicy.of(config))) {
            interfaces.put(shortName(i.name()), i);
        }
    }

    static SocketsHarness denyAll() {
        return new SocketsHarness(WasiConfig.denyAll());
    }

    /** Calls {@code func} of interface {@code iface} ({@code tcp}, {@code udp}...); its result. */
    Value call(String iface, String func, Value... args) {
        HostInterface i = interfaces.get(iface);
        if (i == null) throw new IllegalArgumentException("no interface " + iface + " in " + interfaces.keySet());
        return i.call(func, args).orElse(null);
    }

    HostInterface iface(String name) {
        return interfaces.get(name);
    }

    /** {@code instance-network()} borrowed, as methods take it. */
    Value network() {
        Value own = call("instance-network", "instance-network");
        return borrow(resources.networks(), own);
    }

    /** A borrow of the object behind {@code own}. */
    static <T> Value borrow(HostResource<T> type, Value own) {
        return type.borrow(type.get(own));
    }

    /** A new TCP socket ({@code create-tcp-socket}), borrowed for method calls. */
    Value tcpSocket(AddressFamily family) {
        Value own = ok(call("tcp-create-socket", "create-tcp-socket", SocketTypes.family(family)));
        remember(resources.tcpSockets().get(own));
        return borrow(resources.tcpSockets(), own);
    }

    /** A new UDP socket, borrowed. */
    Value udpSocket(AddressFamily family) {
        Value own = ok(call("udp-create-socket", "create-udp-socket", SocketTypes.family(family)));
        UdpSocket socket = resources.udpSockets().get(own);
        opened.add(socket::release);
        return borrow(resources.udpSockets(), own);
    }

    /** Calls {@code [method]tcp-socket.NAME(self, args...)}. */
    Value tcp(String method, Value self, Value... args) {
        return call("tcp", "[method]tcp-socket." + method, prepend(self, args));
    }

    /** Calls {@code [method]udp-socket.NAME(self, args...)}. */
    Value udp(String method, Value self, Value... args) {
        return call("udp", "[method]udp-socket." + method, prepend(self, args));
    }

    /** The {@code ip-socket-address} of {@code address} in its own family. */
    static Value address(InetSocketAddress address) {
        return SocketAddresses.socketAddress(address, AddressFamily.of(address.getAddress()));
    }

    static Value address(String ip, int port) {
        try {
            return address(new InetSocketAddress(InetAddress.getByName(ip), port));
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** The payload of an {@code ok} result; fails the test on {@code error}. */
    static Value ok(Value result) {
        ResultValue r = (ResultValue) result;
        if (!r.isOk()) fail("expected ok, got " + r);
        return r.payload().orElse(null);
    }

    /** The error code of an {@code error} result; fails the test on {@code ok}. */
    static ErrorCode err(Value result) {
        ResultValue r = (ResultValue) result;
        if (r.isOk()) fail("expected an error, got " + r);
        return ErrorCode.values()[((EnumValue) r.payload().orElseThrow()).index()];
    }

    static void assertErr(ErrorCode expected, Value result) {
        assertEquals(expected, err(result), () -> "result " + result);
    }

    /** The Java stream objects behind a {@code tuple<input-stream, output-stream>}. */
    Streams streams(Value tuple, int first) {
        TupleValue t = (TupleValue) tuple;
        HostInputStream in = ctx.inputStreams().get(t.get(first));
        HostOutputStream out = ctx.outputStreams().get(t.get(first + 1));
        remember(in);
        remember(out);
        return new Streams(in, out);
    }

    record Streams(HostInputStream in, HostOutputStream out) {}

    /** The pollable behind an own handle, waited on with a bound: fails the test if it is not ready in time. */
    Pollable pollable(Value own) {
        return ctx.pollables().get(own);
    }

    /** Blocks on {@code p} from another thread, at most {@link #TIMEOUT_MILLIS}; fails if it never becomes ready. */
    static void await(Pollable p) {
        Thread waiter = Thread.ofVirtual().start(p::block);
        try {
            waiter.join(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (waiter.isAlive()) {
            waiter.interrupt();
            fail("the pollable did not become ready within " + TIMEOUT_MILLIS + " ms");
        }
        assertTrue(p.ready(), "block() returned but the pollable is not ready");
    }

    /** Writes all of {@code bytes} with check-write / write / blocking-flush. */
    static void writeAll(HostOutputStream out, byte[] bytes) {
        int done = 0;
        long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000;
        while (done < bytes.length) {
            if (System.nanoTime() > deadline) fail("could not write within the timeout");
            int n = (int) Math.min(out.checkWrite(), bytes.length - done);
            if (n == 0) {
                await(out.subscribe());
                continue;
            }
            out.write(java.util.Arrays.copyOfRange(bytes, done, done + n));
            done += n;
        }
        out.blockingFlush();
    }

    /** Reads exactly {@code n} bytes with subscribe / read. */
    static byte[] readExactly(HostInputStream in, int n) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000;
        while (got.size() < n) {
            if (System.nanoTime() > deadline) fail("read only " + got.size() + " of " + n + " bytes in time");
            await(in.subscribe());
            got.writeBytes(in.read(n - got.size()));
        }
        return got.toByteArray();
    }

    /** Closes {@code c} when the harness closes. */
    <T> T remember(T c) {
        if (c instanceof AutoCloseable a) opened.add(a);
        return c;
    }

    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                // best effort
            }
        }
    }

    private static Value[] prepend(Value self, Value[] args) {
        Value[] all = new Value[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private static String shortName(String versioned) {
        String s = versioned.substring(versioned.indexOf('/') + 1);
        return s.substring(0, s.indexOf('@'));
    }

    /** Whether the own handle {@code v} is of {@code type}. */
    static boolean isHandleOf(Value v, HostResource<?> type) {
        return v instanceof OwnHandle o && o.type().equals(type.ownType());
    }
}
