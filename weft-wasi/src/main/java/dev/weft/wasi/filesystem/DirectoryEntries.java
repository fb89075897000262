package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java object behind a {@code directory-entry-stream}: the entries of a directory, read lazily
 * in the order the host lists them, without {@code .} and {@code ..}. An entry's type is that of the
 * entry itself (a symbolic link is {@code symbolic-link}); an entry removed while being listed is
 * {@code unknown}. Closed at the end or when the guest drops it.
 */
final class DirectoryEntries implements AutoCloseable {
    /** {@code directory-entry}. */
    record Entry(DescriptorType type, String name) {
        Entry {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
        }
    }

    private final DirectoryStream<Path> stream;
    private final Iterator<Path> entries;
    private boolean closed;

    private DirectoryEntries(DirectoryStream<Path> stream) {
        this.stream = stream;
        this.entries = stream.iterator();
    }

    static DirectoryEntries open(Path directory) {
        return new DirectoryEntries(Io.call(() -> Files.newDirectoryStream(directory)));
    }

    /** {@code read-directory-entry}: the next entry, or empty at the end. */
    Optional<Entry> next() {
        if (closed) return Optional.empty();
        Path entry;
        try {
            if (!entries.hasNext()) {
                close();
                return Optional.empty();
            }
            entry = entries.next();
        } catch (DirectoryIteratorException e) {
            throw ErrorCodes.exception(e.getCause());
        }
        return Optional.of(new Entry(typeOf(entry), entry.getFileName().toString()));
    }

    private static DescriptorType typeOf(Path entry) {
        try {
            return Metadata.type(entry);
        } catch (FilesystemException e) {
            return DescriptorType.UNKNOWN;
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            stream.close();
        } catch (IOException e) {
            // Nothing more will be read from it.
        }
    }
}
