package dev.weft.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the user's files, with errors that say what and where. */
final class Inputs {
    private Inputs() {}

    static byte[] readBytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserInputException("cannot read " + file + ": it is a directory", null);
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new UserInputException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
