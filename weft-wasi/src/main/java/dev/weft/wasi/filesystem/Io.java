package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Runs Java file operations, turning their {@link IOException}s into {@link FilesystemException}s. */
final class Io {
    private Io() {}

    /** A file operation with a result. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws IOException;
    }

    /** A file operation without a result. */
    @FunctionalInterface
    interface Run {
        void run() throws IOException;
    }

    static <T> T call(Call<T> op) {
        try {
            return op.call();
        } catch (IOException e) {
            throw ErrorCodes.exception(e);
        }
    }

    static void run(Run op) {
        try {
            op.run();
        } catch (IOException e) {
            throw ErrorCodes.exception(e);
        }
    }

    /** The attributes of {@code path} itself (a symbolic link is not followed), or empty if nothing is there. */
    static Optional<BasicFileAttributes> lstat(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw ErrorCodes.exception(e);
        }
    }
}
