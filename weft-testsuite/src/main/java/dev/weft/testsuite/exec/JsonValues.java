package dev.weft.testsuite.exec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A conformance JSON value as WAVE-like text without a type, for messages about values that could
 * not be typed (a typed value prints with {@link dev.weft.runtime.value.Wave#print}). Numbers keep the
 * test's spelling; anything that is not a conformance value is shown as JSON.
 */
final class JsonValues {
    private static final Set<String> NUMBERS = Set.of("u8", "s8", "u16", "s16", "u32", "s32", "u64", "s64", "f32", "f64");

    private JsonValues() {}

    /** {@code node} in WAVE syntax as far as it goes without types. */
    static String wave(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("type").isTextual()) {
            return String.valueOf(node);
        }
        String type = node.get("type").textValue();
        JsonNode value = node.get("value");
        return switch (type) {
            case "bool" -> String.valueOf(value);
            case "string" -> quoted('"', value);
            case "char" -> quoted('\'', value);
            case "record" -> record(node.get("fields"));
            case "variant" -> payload(text(node.get("case")), value);
            case "list" -> "[" + String.join(", ", all(node.get("elements"))) + "]";
            case "tuple" -> "(" + String.join(", ", all(node.get("elements"))) + ")";
            case "enum" -> text(value);
            case "flags" -> "{" + String.join(", ", value == null ? List.of() : texts(value)) + "}";
            case "option" -> value == null || value.isNull() ? "none" : payload("some", value);
            case "result" -> payload(node.path("ok").asBoolean(false) ? "ok" : "err", value);
            default -> NUMBERS.contains(type) && value != null && value.isTextual() ? value.textValue() : node.toString();
        };
    }

    /** A JSON array of values, each in WAVE syntax, comma-separated. */
    static String waveList(JsonNode array) {
        return String.join(", ", all(array));
    }

    private static String record(JsonNode fields) {
        if (fields == null || !fields.isArray()) return "{?}";
        List<String> parts = new ArrayList<>();
        for (JsonNode pair : fields) {
            parts.add(pair.path(0).asText("?") + ": " + wave(pair.get(1)));
        }
        return parts.isEmpty() ? "{:}" : "{" + String.join(", ", parts) + "}";
    }

    private static String payload(String label, JsonNode value) {
        return value == null || value.isNull() ? label : label + "(" + wave(value) + ")";
    }

    private static List<String> all(JsonNode array) {
        List<String> parts = new ArrayList<>();
        if (array != null && array.isArray()) array.forEach(v -> parts.add(wave(v)));
        return parts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.asText()));
        return parts;
    }

    private static String text(JsonNode node) {
        return node == null ? "?" : node.asText();
    }

    private static String quoted(char quote, JsonNode value) {
        String text = value == null ? "" : value.asText();
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (cp == quote) out.append('\\');
                    if (Character.isISOControl(cp)) out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                    else out.appendCodePoint(cp);
                }
            }
        });
        return out.append(quote).toString();
    }
}
