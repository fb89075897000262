package dev.weft.testsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small conformance files (JSON and binaries) into a temporary directory. */
final class Fixture {
    private final Path dir;

    Fixture(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code relative} with {@code {"source_filename": ..., "commands": [commands...]}}. */
    Path json(String relative, String... commands) {
        String body = "{\"source_filename\": \"x.wast\", \"commands\": [\n" + String.join(",\n", commands) + "\n]}";
        return write(relative, body);
    }

    Path write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a binary (its content does not matter to fake validators). */
    Path binary(String relative) {
        return write(relative, "\0asm\r\0\1\0");
    }

    Path dir() {
        return dir;
    }

    static String cmd(String type, int line, String more) {
        return "{\"type\": \"" + type + "\", \"line\": " + line + (more.isEmpty() ? "" : ", " + more) + "}";
    }
}
