package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A descriptor of a directory: a preopen, or a directory opened through one. It is the sandbox of the
 * {@code *-at} operations: their paths resolve inside it ({@link Sandbox}), never above it, whichever
 * preopen it came from. Operations that change the file system check, after the path resolved and
 * the obvious failures ({@code no-entry}, {@code exist}) had their say, that the descriptor is
 * {@linkplain #mutable() mutable}: the WIT's "shall fail with {@code read-only} if they would
 * otherwise succeed".
 */
final class DirectoryDescriptor extends Descriptor {
    private final Sandbox sandbox;

    /** @param path an absolute directory without symbolic links */
    DirectoryDescriptor(Path path, boolean mutable) {
        super(path, mutable);
        this.sandbox = new Sandbox(path);
    }

    /** A preopen of {@code hostPath}, checked to be a directory. @throws IllegalArgumentException if it is not one */
    static DirectoryDescriptor preopen(Path hostPath, boolean readOnly) {
        Path real;
        try {
            real = hostPath.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot preopen " + hostPath + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(real)) throw new IllegalArgumentException("cannot preopen " + hostPath + ": not a directory");
        return new DirectoryDescriptor(real, !readOnly);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    @Override
    DescriptorType type() {
        return DescriptorType.DIRECTORY;
    }

    @Override
    Set<DescriptorFlag> flags() {
        return mutable() ? EnumSet.of(DescriptorFlag.READ, DescriptorFlag.MUTATE_DIRECTORY) : EnumSet.of(DescriptorFlag.READ);
    }

    @Override
    DirectoryDescriptor directory() {
        return this;
    }

    @Override
    void sync(boolean dataOnly) {
        Io.run(() -> {
            try (FileChannel c = FileChannel.open(path(), StandardOpenOption.READ)) {
                c.force(!dataOnly);
            }
        });
    }

    /** {@code read-directory}. */
    DirectoryEntries readDirectory() {
        return DirectoryEntries.open(path());
    }

    /** {@code open-at}. */
    Descriptor openAt(boolean follow, String path, Set<OpenFlag> openFlags, Set<DescriptorFlag> flags) {
        return new OpenAt(this, openFlags, flags).open(path, follow);
    }

    /** {@code create-directory-at}. */
    void createDirectoryAt(String path) {
        Sandbox.Target t = sandbox.resolve(path, false);
        if (!t.named() || t.exists()) throw ErrorCode.EXIST.error("`" + path + "` exists");
        requireMutable("create a directory in");
        Io.run(() -> Files.createDirectory(t.path()));
    }

    /** {@code stat-at}. */
    Metadata.Stat statAt(boolean follow, String path) {
        return Metadata.stat(sandbox.resolve(path, follow).path(), false);
    }

    /** {@code set-times-at}; a null time is {@code no-change}. */
    void setTimesAt(boolean follow, String path, FileTime accessed, FileTime modified) {
        Sandbox.Target t = existing(path, follow);
        requireMutable("set the times of");
        Metadata.setTimes(t.path(), false, accessed, modified);
    }

    /** {@code link-at}: a new hard link {@code newPath} (in {@code newDirectory}) to {@code oldPath}. */
    void linkAt(boolean follow, String oldPath, DirectoryDescriptor newDirectory, String newPath) {
        Sandbox.Target from = existing(oldPath, follow);
        Sandbox.Target to = newDirectory.sandbox.resolve(newPath, false);
        if (!to.named() || to.exists()) throw ErrorCode.EXIST.error("`" + newPath + "` exists");
        if (from.attributes().orElseThrow().isDirectory()) throw ErrorCode.NOT_PERMITTED.error("cannot link a directory");
        requireMutable("link from");
        newDirectory.requireMutable("link into");
        Io.run(() -> Files.createLink(to.path(), from.path()));
    }

    /** {@code readlink-at}. */
    String readlinkAt(String path) {
        Sandbox.Target t = existing(path, false);
        if (!t.attributes().orElseThrow().isSymbolicLink()) throw ErrorCode.INVALID.error("`" + path + "` is not a symbolic link");
        return Io.call(() -> Files.readSymbolicLink(t.path())).toString();
    }

    /** {@code remove-directory-at}. */
    void removeDirectoryAt(String path) {
        Sandbox.Target t = sandbox.resolve(path, false);
        if (!t.named()) throw ErrorCode.INVALID.error("cannot remove `" + path + "`: it names no entry of a directory");
        BasicFileAttributes a = t.attributes().orElseThrow(() -> ErrorCode.NO_ENTRY.error("no `" + path + "`"));
        if (!a.isDirectory()) throw ErrorCode.NOT_DIRECTORY.error("`" + path + "` is not a directory");
        requireMutable("remove a directory from");
        Io.run(() -> Files.delete(t.path()));
    }

    /** {@code rename-at}: moves {@code oldPath} to {@code newPath} of {@code newDirectory}, replacing what is there. */
    void renameAt(String oldPath, DirectoryDescriptor newDirectory, String newPath) {
        Sandbox.Target from = sandbox.resolve(oldPath, false);
        Sandbox.Target to = newDirectory.sandbox.resolve(newPath, false);
        if (!from.named() || !to.named()) throw ErrorCode.INVALID.error("cannot rename `" + oldPath + "` to `" + newPath + "`");
        if (!from.exists()) throw ErrorCode.NO_ENTRY.error("no `" + oldPath + "`");
        requireMutable("rename from");
        newDirectory.requireMutable("rename into");
        Io.run(() -> Files.move(from.path(), to.path(), StandardCopyOption.ATOMIC_MOVE));
    }

    /**
     * {@code symlink-at}: a new link {@code newPath} whose target is the text {@code oldPath}. An
     * absolute target is refused ({@code not-permitted}): no resolution could ever follow it.
     */
    void symlinkAt(String oldPath, String newPath) {
        if (oldPath.startsWith("/")) throw ErrorCode.NOT_PERMITTED.error("absolute symbolic link target `" + oldPath + "`");
        if (oldPath.isEmpty()) throw ErrorCode.NO_ENTRY.error("empty symbolic link target");
        if (oldPath.indexOf('\0') >= 0) throw ErrorCode.INVALID.error("symbolic link target holds a NUL character");
        Sandbox.Target t = sandbox.resolve(newPath, false);
        if (!t.named() || t.exists()) throw ErrorCode.EXIST.error("`" + newPath + "` exists");
        requireMutable("create a symbolic link in");
        Io.run(() -> Files.createSymbolicLink(t.path(), Path.of(oldPath)));
    }

    /** {@code unlink-file-at}: removes a file or a symbolic link, never a directory. */
    void unlinkFileAt(String path) {
        Sandbox.Target t = sandbox.resolve(path, false);
        if (!t.named()) throw ErrorCode.IS_DIRECTORY.error("`" + path + "` is a directory");
        BasicFileAttributes a = t.attributes().orElseThrow(() -> ErrorCode.NO_ENTRY.error("no `" + path + "`"));
        if (a.isDirectory()) throw ErrorCode.IS_DIRECTORY.error("`" + path + "` is a directory");
        requireMutable("remove a file from");
        Io.run(() -> Files.delete(t.path()));
    }

    /** {@code metadata-hash-at}. */
    Metadata.Hash metadataHashAt(boolean follow, String path) {
        return Metadata.hash(sandbox.resolve(path, follow).path(), false);
    }

    /** The resolved {@code path}, which must exist. */
    private Sandbox.Target existing(String path, boolean follow) {
        Sandbox.Target t = sandbox.resolve(path, follow);
        if (!t.exists()) throw ErrorCode.NO_ENTRY.error("no `" + path + "`");
        return t;
    }
}
