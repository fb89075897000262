package dev.weft.wasi.filesystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/**
 * Test helpers: a temporary host tree with a preopen {@code root/sandbox} beside a file that must
 * stay out of reach ({@code root/secret.txt}), and assertions on WASI error codes.
 */
final class Fs {
    private Fs() {}

    /** The expected failure: a {@link FilesystemException} with {@code code}. */
    static FilesystemException fails(ErrorCode code, Executable op) {
        return fails(code, op, "");
    }

    static FilesystemException fails(ErrorCode code, Executable op, String why) {
        FilesystemException e = assertThrows(FilesystemException.class, op, why);
        assertEquals(code, e.code(), why + ": " + e.getMessage());
        return e;
    }

    /** Makes {@code root/sandbox} (returned) and {@code root/secret.txt}. */
    static Path sandbox(Path root) {
        try {
            Files.writeString(root.resolve("secret.txt"), "top secret");
            return Files.createDirectory(root.resolve("sandbox")).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DirectoryDescriptor preopen(Path dir, boolean readOnly) {
        return DirectoryDescriptor.preopen(dir, readOnly);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void link(Path link, String target) {
        try {
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static Set<OpenFlag> open(OpenFlag... flags) {
        Set<OpenFlag> s = EnumSet.noneOf(OpenFlag.class);
        s.addAll(Set.of(flags));
        return s;
    }

    static Set<DescriptorFlag> flags(DescriptorFlag... flags) {
        Set<DescriptorFlag> s = EnumSet.noneOf(DescriptorFlag.class);
        s.addAll(Set.of(flags));
        return s;
    }

    /** Opens an existing file for reading. */
    static FileDescriptor openRead(DirectoryDescriptor dir, String path) {
        return dir.openAt(true, path, open(), flags(DescriptorFlag.READ)).file();
    }
}
