package dev.weft.testsuite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One command of a conformance JSON file. Fields absent (or {@code null}) in the JSON are empty.
 *
 * @param type        the command type ({@link CommandType#UNKNOWN} for a type this runner does not know)
 * @param typeName    the {@code type} string as written in the file
 * @param line        the line of the command in the {@code .wast}
 * @param name        {@code $id} naming the resulting instance or definition
 * @param definition  {@code true}: compile only, instantiated later by an {@code instance} command
 * @param filename    the component binary, relative to the JSON file
 * @param text        the expected message (rejections and traps: match on substring)
 * @param textError   why the converter produced no binary (the entry is then skipped)
 * @param quote       the entry came from a quoted text module
 * @param of          for {@code instance}: the definition to instantiate
 * @param action      for {@code assert_return}, {@code assert_trap}, {@code action}: the invoke, as JSON
 *                    (read-only; the value model arrives with instantiation)
 * @param expected    for {@code assert_return}: the expected values, as JSON (read-only)
 */
public record ConformanceCommand(
        CommandType type,
        String typeName,
        int line,
        Optional<String> name,
        boolean definition,
        Optional<String> filename,
        Optional<String> text,
        Optional<String> textError,
        boolean quote,
        Optional<String> of,
        Optional<JsonNode> action,
        Optional<JsonNode> expected) {

    public ConformanceCommand {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textError, "textError");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(expected, "expected");
    }
}
