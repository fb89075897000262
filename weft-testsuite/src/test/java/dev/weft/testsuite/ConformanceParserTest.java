package dev.weft.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConformanceParserTest {
    private static final Path PATH = Path.of("/suite/validation/abi.json");

    private static ConformanceFile parse(String json) {
        return ConformanceParser.parse(json, PATH, "validation/abi.json");
    }

    @Test
    void readsEveryField() {
        ConformanceFile file = parse("""
                {"source_filename": "abi.wast", "commands": [
                  {"type": "component", "line": 3, "name": "$a", "definition": true, "filename": "abi.0.wasm"},
                  {"type": "assert_invalid", "line": 5, "name": null, "definition": false,
                   "filename": "abi.1.wasm", "text": "canonical option `memory` is required"},
                  {"type": "assert_malformed", "line": 7, "quote": true, "text": "bad", "text_error": "Error {\\n x }"},
                  {"type": "instance", "line": 9, "name": "$i", "of": "$a"},
                  {"type": "assert_return", "line": 11,
                   "action": {"type": "invoke", "instance": null, "field": "f", "args": []},
                   "expected": [{"type": "u32", "value": "5"}]}
                ]}""");
        assertEquals("abi.wast", file.sourceFilename());
        assertEquals(5, file.commands().size());

        ConformanceCommand component = file.commands().get(0);
        assertEquals(CommandType.COMPONENT, component.type());
        assertEquals(3, component.line());
        assertEquals(Optional.of("$a"), component.name());
        assertTrue(component.definition());
        assertEquals(Optional.of("abi.0.wasm"), component.filename());
        assertEquals(Path.of("/suite/validation/abi.0.wasm"), file.resolve("abi.0.wasm"));

        ConformanceCommand invalid = file.commands().get(1);
        assertEquals(CommandType.ASSERT_INVALID, invalid.type());
        assertEquals(Optional.empty(), invalid.name());
        assertFalse(invalid.definition());
        assertEquals(Optional.of("canonical option `memory` is required"), invalid.text());

        ConformanceCommand quoted = file.commands().get(2);
        assertTrue(quoted.quote());
        assertEquals(Optional.of("Error {\n x }"), quoted.textError());
        assertEquals(Optional.empty(), quoted.filename());

        assertEquals(Optional.of("$a"), file.commands().get(3).of());
        ConformanceCommand ret = file.commands().get(4);
        assertEquals("f", ret.action().orElseThrow().get("field").asText());
        assertEquals("5", ret.expected().orElseThrow().get(0).get("value").asText());
    }

    @Test
    void keepsUnknownTypesByName() {
        ConformanceCommand command = parse("{\"commands\": [{\"type\": \"register\", \"line\": 1}]}").commands().get(0);
        assertEquals(CommandType.UNKNOWN, command.type());
        assertEquals("register", command.typeName());
    }

    @Test
    void typeNamesRoundTrip() {
        for (CommandType type : CommandType.values()) {
            if (type != CommandType.UNKNOWN) {
                assertEquals(type, CommandType.fromJson(type.jsonName()));
            }
        }
        assertEquals(CommandType.UNKNOWN, CommandType.fromJson("unknown"));
    }

    @Test
    void rejectsBrokenFilesWithTheFileAndPlace() {
        assertMessage("not JSON", "{\"commands\": [");
        assertMessage("`commands` is missing", "{\"source_filename\": \"a.wast\"}");
        assertMessage("expected a JSON object", "[1, 2]");
        assertMessage("command #0: `type` is missing", "{\"commands\": [{\"line\": 1}]}");
        assertMessage("`line` is missing or not an integer", "{\"commands\": [{\"type\": \"component\"}]}");
        assertMessage("(component at line 4): `filename` must be a string",
                "{\"commands\": [{\"type\": \"component\", \"line\": 4, \"filename\": 7}]}");
        assertMessage("`definition` must be a boolean",
                "{\"commands\": [{\"type\": \"component\", \"line\": 4, \"definition\": \"yes\"}]}");
    }

    private static void assertMessage(String part, String json) {
        WastFormatException e = assertThrows(WastFormatException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith("validation/abi.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
