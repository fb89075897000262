/**
 * {@code wasi:filesystem@0.2.x}: {@code types} (descriptors, directory entry streams,
 * {@code filesystem-error-code}) and {@code preopens}, over the host's file system through
 * {@code java.nio.file}.
 *
 * <p>Deny by default: the guest reaches only the directories the embedder preopened. Why the
 * sandbox resolves paths itself ({@link dev.weft.wasi.filesystem.Sandbox}) rather than asking the
 * OS to: Java has no {@code openat}/{@code O_BENEATH}, so a host path handed to the OS would follow
 * {@code ..} and symbolic links wherever they lead. Walking the guest's path one component at a
 * time, reading each link without following it, keeps every step inside the preopen; what leaves it
 * ({@code /etc/passwd}, {@code ../x}, a link to {@code /} or to {@code ../..}) is
 * {@code not-permitted}, as WASI path resolution requires.
 *
 * <p>The layers: {@link dev.weft.wasi.filesystem.Filesystem} binds the WIT functions;
 * {@code DescriptorMethods} converts values and turns every
 * {@link dev.weft.wasi.filesystem.FilesystemException} into the {@code error-code} of the result;
 * {@code DirectoryDescriptor}, {@code OpenAt} and {@code FileDescriptor} are the operations in
 * plain Java (tested directly); {@code FileStreams} are the {@code wasi:io} streams of a file.
 * Error codes follow the WIT, and Wasmtime where it is silent.
 */
package dev.weft.wasi.filesystem;
