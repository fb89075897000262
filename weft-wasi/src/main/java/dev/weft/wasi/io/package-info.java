/**
 * {@code wasi:io}: the stream and poll abstractions that cli, filesystem and sockets share, and their
 * bindings ({@code wasi:io/error}, {@code poll}, {@code streams}).
 *
 * <p>Why abstract classes rather than {@code java.io} streams: WASI streams are non-blocking with
 * readiness ({@code check-write}, {@code subscribe}), which {@code java.io} does not model; each
 * source (a byte array, a file, stdin, a socket) implements {@link dev.weft.wasi.io.HostInputStream}
 * or {@link dev.weft.wasi.io.HostOutputStream} once and gets every WIT method, blocking variants
 * and {@code splice} included, from {@link dev.weft.wasi.io.IoModule}. The resource types themselves
 * live in the {@link dev.weft.wasi.WasiContext}, so every package hands out the same
 * {@code input-stream}/{@code output-stream}/{@code pollable}/{@code error} handles.
 */
package dev.weft.wasi.io;
