package dev.weft.testsuite;

import java.util.Objects;

/**
 * The verdict on one command, with where the command is.
 *
 * @param file        the display name of the JSON file, for example {@code validation/abi.json}
 * @param line        the command's line in the {@code .wast} (0 for a problem with the whole file)
 * @param commandType the command's {@code type} as written in the file ({@code file} for a whole-file problem)
 * @param verdict     the judgement
 */
public record CommandOutcome(String file, int line, String commandType, Verdict verdict) {
    public CommandOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(commandType, "commandType");
        Objects.requireNonNull(verdict, "verdict");
    }

    public Status status() {
        return verdict.status();
    }

    /** {@code file:line}, the key of {@code known-failures.txt}. */
    public String location() {
        return file + ":" + line;
    }
}
