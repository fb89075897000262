/**
 * {@code wasi:sockets@0.2.12} over non-blocking {@code java.nio} channels, deny by default.
 *
 * <p>{@link dev.weft.wasi.sockets.Sockets} defines the seven interfaces; each socket is a Java object
 * behind a host resource handle ({@code TcpSocket}, {@code UdpSocket}, the datagram streams,
 * {@code ResolveAddressStream}), and connected TCP sockets hand out the shared {@code wasi:io}
 * streams, so a guest reads a socket with the same {@code input-stream} methods as a file. Failures
 * are WASI {@link dev.weft.wasi.sockets.ErrorCode}s in the functions' {@code result}s
 * ({@link dev.weft.wasi.sockets.NetworkException} inside), never Java exceptions; on a stream they
 * travel in the {@code wasi:io/error}, recovered by {@code network-error-code}.
 *
 * <p>Why non-blocking channels and a private selector per channel: every WASI socket operation is
 * split into start/finish or check/act with a {@code pollable}, and a guest must never block the
 * thread except in {@code pollable.block}; {@code ChannelReadiness} answers "ready now?" with
 * {@code selectNow} and waits in short slices so that a pollable follows state changes.
 *
 * <p>What a guest may do is the {@link dev.weft.wasi.sockets.NetworkPolicy} built from the
 * {@code WasiConfig}: {@code allowTcp(host, port)} and {@code allowUdp(host, port)} entries (host names
 * resolved when linking, port 0 meaning any port) for connecting, sending and binding, and
 * {@code allowNameLookup()} for {@code ip-name-lookup}; see that class for the exact rules.
 *
 * <p>Known gaps, each answering honestly: the unicast hop limit ({@code IP_TTL}) is not reachable
 * from Java ({@code not-supported}); the listen backlog cannot change after listening
 * ({@code not-supported}); Java's IPv6 channels are dual-stack (WASI asks for {@code IPV6_V6ONLY}),
 * so IPv4-mapped addresses are refused explicitly instead.
 */
package dev.weft.wasi.sockets;
