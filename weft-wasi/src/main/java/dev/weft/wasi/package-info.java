/**
 * The WASI 0.2 host: {@link dev.weft.wasi.WasiConfig} says what a guest may see (deny by default),
 * {@link dev.weft.wasi.Wasi#addToLinker} defines every interface in a linker, and
 * {@link dev.weft.wasi.WasiCommand} runs a {@code wasi:cli/run} component in one call.
 *
 * <p>Why one {@link dev.weft.wasi.WasiContext} per link: cli, filesystem and sockets hand out
 * handles of the same {@code wasi:io} resource types (a socket's stream is polled with a clock's
 * pollable), so those types are made once and shared; each package is a
 * {@link dev.weft.wasi.WasiModule} registering its own interfaces, and can be written and tested alone.
 */
package dev.weft.wasi;
