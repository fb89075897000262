package dev.weft.wasi.sockets;

import static dev.weft.types.PrimitiveType.BOOL;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U64;
import static dev.weft.types.PrimitiveType.U8;
import static dev.weft.wasi.sockets.HostInterface.params;

import dev.weft.runtime.RuntimeResourceType;
import dev.weft.runtime.value.Bool;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.U8;
import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import dev.weft.types.ValueType;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.util.function.Function;
import jdk.net.ExtendedSocketOptions;

/**
 * The option getters and setters of {@code tcp-socket} and {@code udp-socket}. As WASI says, 0 is
 * {@code invalid-argument} for every size, time and count, and other values may be clamped (to
 * Linux's limits: idle time and interval at most 32767 s, count at most 127, durations rounded up to
 * whole seconds). Java cannot read or set the unicast hop limit ({@code IP_TTL}), so
 * {@code hop-limit} answers {@code not-supported}.
 */
final class OptionBindings {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_KEEP_ALIVE_SECONDS = 32_767;
    private static final int MAX_KEEP_ALIVE_COUNT = 127;
    private static final ResultType BOOL_RESULT = SocketTypes.result(BOOL);
    private static final ResultType U8_RESULT = SocketTypes.result(U8);
    private static final ResultType U32_RESULT = SocketTypes.result(U32);
    private static final ResultType U64_RESULT = SocketTypes.result(U64);

    private final HostInterface iface;
    private final RuntimeResourceType type;
    private final String resource;
    private final Function<Value, SocketOptions> options;

    /** Adds to {@code iface} methods of {@code resource} whose options {@code options} finds from the handle. */
    OptionBindings(HostInterface iface, RuntimeResourceType type, String resource, Function<Value, SocketOptions> options) {
        this.iface = iface;
        this.type = type;
        this.resource = resource;
        this.options = options;
    }

    /** {@code keep-alive-enabled}, {@code -idle-time}, {@code -interval}, {@code -count} and their setters. */
    void keepAlive() {
        getter("keep-alive-enabled", BOOL_RESULT, o -> Value.bool(o.get(StandardSocketOptions.SO_KEEPALIVE)));
        setter("set-keep-alive-enabled", BOOL, (o, v) -> o.set(StandardSocketOptions.SO_KEEPALIVE, ((Bool) v).value()));
        seconds("keep-alive-idle-time", ExtendedSocketOptions.TCP_KEEPIDLE);
        seconds("keep-alive-interval", ExtendedSocketOptions.TCP_KEEPINTERVAL);
        getter("keep-alive-count", U32_RESULT, o -> Value.u32(o.get(ExtendedSocketOptions.TCP_KEEPCOUNT)));
        setter("set-keep-alive-count", U32, (o, v) -> o.set(ExtendedSocketOptions.TCP_KEEPCOUNT,
                (int) Math.min(positive(((U32) v).value()), MAX_KEEP_ALIVE_COUNT)));
    }

    /** The hop limit under {@code name} ({@code hop-limit} or {@code unicast-hop-limit}) and its setter. */
    void hopLimit(String name) {
        getter(name, U8_RESULT, o -> {
            throw ErrorCode.NOT_SUPPORTED.error("the JVM cannot read the unicast hop limit");
        });
        setter("set-" + name, U8, (o, v) -> {
            positive(((U8) v).value());
            throw ErrorCode.NOT_SUPPORTED.error("the JVM cannot set the unicast hop limit");
        });
    }

    /** {@code receive-buffer-size}, {@code send-buffer-size} and their setters. */
    void bufferSizes() {
        bytes("receive-buffer-size", StandardSocketOptions.SO_RCVBUF);
        bytes("send-buffer-size", StandardSocketOptions.SO_SNDBUF);
    }

    private void seconds(String name, SocketOption<Integer> option) {
        getter(name, U64_RESULT, o -> Value.u64(o.get(option) * NANOS_PER_SECOND));
        setter("set-" + name, SocketTypes.DURATION, (o, v) -> o.set(option, toSeconds(((U64) v).bits())));
    }

    private void bytes(String name, SocketOption<Integer> option) {
        getter(name, U64_RESULT, o -> Value.u64(o.get(option)));
        setter("set-" + name, U64, (o, v) -> o.set(option, (int) clampUnsigned(positive(((U64) v).bits()), Integer.MAX_VALUE)));
    }

    private void getter(String name, ResultType result, Function<SocketOptions, Value> get) {
        iface.method(type, resource, name, result, args -> Results.of(result, () -> get.apply(options.apply(args.get(0)))));
    }

    private interface Setter {
        void set(SocketOptions options, Value value);
    }

    private void setter(String name, ValueType param, Setter set) {
        iface.method(type, resource, name, SocketTypes.UNIT_RESULT, params("value", param),
                args -> Results.unit(() -> set.set(options.apply(args.get(0)), args.get(1))));
    }

    /** A duration in nanoseconds as whole seconds, rounded up, within Linux's keep-alive limits. */
    static int toSeconds(long nanos) {
        positive(nanos);
        long seconds = Long.divideUnsigned(nanos, NANOS_PER_SECOND) + (Long.remainderUnsigned(nanos, NANOS_PER_SECOND) > 0 ? 1 : 0);
        return (int) clampUnsigned(seconds, MAX_KEEP_ALIVE_SECONDS);
    }

    /** {@code value}, unless it is 0: {@code invalid-argument}. */
    static long positive(long value) {
        if (value == 0) throw ErrorCode.INVALID_ARGUMENT.error("the value must not be 0");
        return value;
    }

    private static long clampUnsigned(long value, long max) {
        return Long.compareUnsigned(value, max) > 0 ? max : value;
    }
}
