package dev.weft.wasi.sockets;

import java.io.IOException;
import java.net.SocketOption;
import java.nio.channels.NetworkChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of one socket ({@code SO_KEEPALIVE}, {@code TCP_KEEPIDLE}, {@code SO_RCVBUF}...):
 * read from and written to the live channel, whose kernel values (clamped, rounded) the guest then
 * sees. A TCP listener cannot hold most of them in Java ({@code ServerSocketChannel} supports few
 * options), so on {@link #listen} they are copied into a map that the listener reports and that
 * {@link #applyTo} gives each accepted connection, as WASI's {@code accept} inherits them.
 */
final class SocketOptions {
    private NetworkChannel channel;
    private Map<SocketOption<?>, Object> saved;

    SocketOptions(NetworkChannel channel) {
        this.channel = channel;
    }

    /** Whether {@code option} can be read and written here. */
    boolean supports(SocketOption<?> option) {
        return saved != null ? saved.containsKey(option) : channel.supportedOptions().contains(option);
    }

    <T> T get(SocketOption<T> option) {
        requireSupported(option);
        if (saved != null) return option.type().cast(saved.get(option));
        try {
            return channel.getOption(option);
        } catch (IOException e) {
            throw IoErrors.failure("cannot read " + option.name(), e);
        }
    }

    <T> void set(SocketOption<T> option, T value) {
        requireSupported(option);
        try {
            if (channel.supportedOptions().contains(option)) channel.setOption(option, value);
            if (saved != null) saved.put(option, channel.supportedOptions().contains(option) ? channel.getOption(option) : value);
        } catch (IOException | IllegalArgumentException e) {
            throw IoErrors.failure("cannot set " + option.name(), e);
        }
    }

    /**
     * The socket becomes the listener {@code listener}: the current values are kept (those of
     * {@code extra} included) and the listener's own options follow from now on.
     */
    void listen(NetworkChannel listener, Set<SocketOption<?>> extra) {
        Map<SocketOption<?>, Object> copy = new HashMap<>();
        for (SocketOption<?> o : extra) {
            if (channel.supportedOptions().contains(o)) copy.put(o, read(channel, o));
        }
        saved = copy;
        channel = listener;
        for (Map.Entry<SocketOption<?>, Object> e : copy.entrySet()) {
            if (listener.supportedOptions().contains(e.getKey())) write(listener, e.getKey(), e.getValue());
        }
    }

    /** Gives an accepted connection the listener's options. */
    void applyTo(NetworkChannel accepted) {
        if (saved == null) return;
        for (Map.Entry<SocketOption<?>, Object> e : saved.entrySet()) {
            if (accepted.supportedOptions().contains(e.getKey())) write(accepted, e.getKey(), e.getValue());
        }
    }

    private void requireSupported(SocketOption<?> option) {
        if (!channel.isOpen()) throw ErrorCode.INVALID_STATE.error("the socket is closed");
        if (!supports(option)) throw ErrorCode.NOT_SUPPORTED.error(option.name() + " is not supported here");
    }

    private static Object read(NetworkChannel channel, SocketOption<?> option) {
        try {
            return channel.getOption(option);
        } catch (IOException e) {
            throw IoErrors.failure("cannot read " + option.name(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(NetworkChannel channel, SocketOption<?> option, Object value) {
        try {
            channel.setOption((SocketOption<Object>) option, value);
        } catch (IOException | IllegalArgumentException e) {
            // best effort: the value was valid on the socket it came from
        }
    }
}
