package dev.weft.wasi.sockets;

import dev.weft.wasi.io.Pollable;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The object behind a {@code wasi:sockets/ip-name-lookup.resolve-address-stream}: the addresses of
 * one name, resolved on a virtual thread so that {@code resolve-addresses} never blocks; an IP
 * literal is parsed at once, without any lookup. {@code resolve-next-address} answers
 * {@code would-block} until the lookup finished, then each address once, then {@code none}.
 */
final class ResolveAddressStream {
    /** A host name label: letters, digits, hyphens (underscores tolerated, as resolvers do). */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int MAX_NAME = 253;

    private final CompletableFuture<List<InetAddress>> lookup;
    private int next;

    private ResolveAddressStream(CompletableFuture<List<InetAddress>> lookup) {
        this.lookup = lookup;
    }

    /**
     * {@code resolve-addresses}: starts resolving {@code name}.
     *
     * @throws NetworkException {@code access-denied} unless the policy allows lookups;
     *         {@code invalid-argument} for a name that is neither an IP literal nor a domain name
     */
    static ResolveAddressStream start(Network network, String name) {
        if (!network.policy().mayLookUpNames()) throw ErrorCode.ACCESS_DENIED.error("name lookup is not allowed");
        Optional<InetAddress> literal = literal(name);
        if (literal.isPresent()) return new ResolveAddressStream(CompletableFuture.completedFuture(List.of(literal.get())));
        String ascii = asciiName(name);
        CompletableFuture<List<InetAddress>> future = new CompletableFuture<>();
        Thread.ofVirtual().name("wasi-name-lookup").start(() -> resolve(ascii, future));
        return new ResolveAddressStream(future);
    }

    /** {@code resolve-next-address}: the next address, or empty when all were returned. */
    synchronized Optional<InetAddress> next() {
        if (!lookup.isDone()) throw ErrorCode.WOULD_BLOCK.error("the lookup has not finished");
        List<InetAddress> all = results();
        return next < all.size() ? Optional.of(all.get(next++)) : Optional.empty();
    }

    /** {@code subscribe}: ready once the lookup finished. */
    Pollable subscribe() {
        return new ReadinessPollable(lookup::isDone, this::awaitSlice);
    }

    private void awaitSlice() {
        try {
            lookup.get(ChannelReadiness.SLICE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the next readiness test tells
        }
    }

    private List<InetAddress> results() {
        try {
            return lookup.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof NetworkException n ? n : ErrorCode.UNKNOWN.error(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrorCode.WOULD_BLOCK.error("interrupted");
        }
    }

    private static void resolve(String name, CompletableFuture<List<InetAddress>> future) {
        try {
            future.complete(List.of(InetAddress.getAllByName(name)));
        } catch (UnknownHostException e) {
            future.completeExceptionally(ErrorCode.NAME_UNRESOLVABLE.error(name + " does not resolve"));
        } catch (RuntimeException e) {
            future.completeExceptionally(ErrorCode.PERMANENT_RESOLVER_FAILURE.error(name + ": " + e));
        }
    }

    /** {@code name} as an IP literal ({@code 1.2.3.4}, {@code ::1}, {@code [::1]}), parsed without a lookup. */
    private static Optional<InetAddress> literal(String name) {
        String s = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        try {
            if (IPV4.matcher(s).matches()) return Optional.of(InetAddress.getByAddress(ipv4(name, s)));
            if (s.contains(":") && s.matches("[0-9A-Fa-f:.]+")) {
                return Optional.of(InetAddress.getByName(s));    // with a ':' Java parses, never looks up
            }
        } catch (UnknownHostException e) {
            throw ErrorCode.INVALID_ARGUMENT.error("`" + name + "` is not a valid IP address");
        }
        return Optional.empty();
    }

    private static byte[] ipv4(String name, String dotted) {
        String[] parts = dotted.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v = Integer.parseInt(parts[i]);
            if (v > 255) throw ErrorCode.INVALID_ARGUMENT.error("`" + name + "` is not a valid IPv4 address");
            b[i] = (byte) v;
        }
        return b;
    }

    /** The ASCII (IDNA) form of a domain name; {@code invalid-argument} if it is not one. */
    private static String asciiName(String name) {
        String ascii;
        try {
            ascii = IDN.toASCII(name);
        } catch (IllegalArgumentException e) {
            throw ErrorCode.INVALID_ARGUMENT.error("`" + name + "` is not a valid domain name");
        }
        String trimmed = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) throw ErrorCode.INVALID_ARGUMENT.error("invalid name length");
        for (String label : trimmed.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) throw ErrorCode.INVALID_ARGUMENT.error("`" + name + "` is not a valid domain name");
        }
        return trimmed;
    }
}
