package dev.weft.testsuite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the conformance JSON format of {@code ../shared/README.md} into {@link ConformanceFile}s. */
public final class ConformanceParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConformanceParser() {}

    /** Reads and parses the file at {@code path}. */
    public static ConformanceFile parse(Path path, String displayName) {
        String json;
        try {
            json = Files.readString(path);
        } catch (IOException e) {
            throw new WastFormatException(displayName + ": cannot read: " + e, e);
        }
        return parse(json, path, displayName);
    }

    /** Parses {@code json}, the content of the file at {@code path}. */
    public static ConformanceFile parse(String json, Path path, String displayName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WastFormatException(displayName + ": not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new WastFormatException(displayName + ": expected a JSON object with `commands`");
        }
        JsonNode commands = root.get("commands");
        if (commands == null || !commands.isArray()) {
            throw new WastFormatException(displayName + ": `commands` is missing or not an array");
        }
        List<ConformanceCommand> parsed = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            parsed.add(command(commands.get(i), displayName + ": command #" + i));
        }
        String source = optionalText(root, "source_filename", displayName).orElse("");
        return new ConformanceFile(path, displayName, source, parsed);
    }

    private static ConformanceCommand command(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new WastFormatException(where + ": expected an object");
        }
        String typeName = optionalText(node, "type", where)
                .orElseThrow(() -> new WastFormatException(where + ": `type` is missing"));
        JsonNode line = node.get("line");
        if (line == null || !line.canConvertToInt() || !line.isIntegralNumber()) {
            throw new WastFormatException(where + " (" + typeName + "): `line` is missing or not an integer");
        }
        String at = where + " (" + typeName + " at line " + line.intValue() + ")";
        return new ConformanceCommand(
                CommandType.fromJson(typeName),
                typeName,
                line.intValue(),
                optionalText(node, "name", at),
                flag(node, "definition", at),
                optionalText(node, "filename", at),
                optionalText(node, "text", at),
                optionalText(node, "text_error", at),
                flag(node, "quote", at),
                optionalText(node, "of", at),
                optionalNode(node, "action"),
                optionalNode(node, "expected"));
    }

    private static Optional<String> optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new WastFormatException(where + ": `" + field + "` must be a string, not " + value.getNodeType());
        }
        return Optional.of(value.textValue());
    }

    private static boolean flag(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new WastFormatException(where + ": `" + field + "` must be a boolean, not " + value.getNodeType());
        }
        return value.booleanValue();
    }

    private static Optional<JsonNode> optionalNode(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.deepCopy());
    }
}
