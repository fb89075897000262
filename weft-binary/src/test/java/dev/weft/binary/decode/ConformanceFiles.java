package dev.weft.binary.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The conformance commands that reference a binary: {@code shared/conformance/component-model/<dir>/<name>.json}. */
final class ConformanceFiles {
    private ConformanceFiles() {}

    /** One command with a binary: its type, the .wasm file, the expected text ("" when none) and its source line. */
    record Command(String type, Path wasm, String text, int line) {
        String describe() {
            return wasm.getParent().getFileName() + "/" + wasm.getFileName() + " (line " + line + ")";
        }
    }

    static List<Command> commands() throws IOException {
        Path root = DecodeTesting.shared().resolve("conformance/component-model");
        List<Command> out = new ArrayList<>();
        try (var dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                if (!Files.isDirectory(dir)) continue;
                try (var files = Files.list(dir)) {
                    for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        out.addAll(commands(json));
                    }
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Command> commands(Path json) throws IOException {
        var doc = (Map<String, Object>) MiniJson.parse(Files.readString(json));
        List<Command> out = new ArrayList<>();
        for (Object o : (List<Object>) doc.get("commands")) {
            var c = (Map<String, Object>) o;
            if (!(c.get("filename") instanceof String file)) continue;
            Object text = c.get("text");
            Object line = c.get("line");
            out.add(new Command((String) c.get("type"), json.resolveSibling(file),
                    text instanceof String t ? t : "", line instanceof Double d ? d.intValue() : -1));
        }
        return out;
    }

    static List<Command> ofType(String type) throws IOException {
        return commands().stream().filter(c -> c.type().equals(type)).toList();
    }
}
