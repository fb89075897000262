package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Set;

/**
 * The Java object behind a {@code wasi:filesystem/types.descriptor} handle: an open file or a
 * directory, at a host path inside a preopened directory. {@code mutable} is what the preopen
 * grants: a descriptor of a read-only preopen (and everything opened through it) lacks
 * {@code mutate-directory}, and whatever would change the file system through it fails with
 * {@code read-only}, as the WIT says of that flag.
 */
abstract sealed class Descriptor implements AutoCloseable permits FileDescriptor, DirectoryDescriptor {
    private final Path path;
    private final boolean mutable;

    Descriptor(Path path, boolean mutable) {
        this.path = Objects.requireNonNull(path, "path");
        this.mutable = mutable;
    }

    /** The host path (absolute; for a directory, without symbolic links). */
    Path path() {
        return path;
    }

    /** Whether changes through this descriptor are allowed (the preopen is not read-only). */
    boolean mutable() {
        return mutable;
    }

    /** {@code get-type}. */
    abstract DescriptorType type();

    /** {@code get-flags}. */
    abstract Set<DescriptorFlag> flags();

    /** {@code sync-data} ({@code dataOnly}) and {@code sync}. */
    abstract void sync(boolean dataOnly);

    /** {@code stat}. */
    Metadata.Stat stat() {
        return Metadata.stat(path, true);
    }

    /** {@code metadata-hash}. */
    Metadata.Hash metadataHash() {
        return Metadata.hash(path, true);
    }

    /** {@code is-same-object}: false when either cannot be read any more. */
    boolean isSameObject(Descriptor other) {
        try {
            return Files.isSameFile(path, other.path);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** {@code set-times}; a null time is {@code no-change}. */
    void setTimes(FileTime accessed, FileTime modified) {
        requireMutable("set the times of");
        Metadata.setTimes(path, true, accessed, modified);
    }

    /** This descriptor as a file, for the operations only files have. @throws FilesystemException {@code bad-descriptor} */
    FileDescriptor file() {
        throw ErrorCode.BAD_DESCRIPTOR.error("a directory descriptor used as a file");
    }

    /** This descriptor as a directory, for the {@code *-at} operations. @throws FilesystemException {@code not-directory} */
    DirectoryDescriptor directory() {
        throw ErrorCode.NOT_DIRECTORY.error("a file descriptor used as a directory");
    }

    /** @throws FilesystemException {@code read-only} if this descriptor may not change the file system */
    void requireMutable(String what) {
        if (!mutable) throw ErrorCode.READ_ONLY.error("cannot " + what + " `" + path.getFileName() + "`: the directory is read-only");
    }

    @Override
    public void close() {}
}
