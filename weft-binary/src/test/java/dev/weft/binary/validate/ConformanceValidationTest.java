package dev.weft.binary.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.decode.MiniJson;
import dev.weft.errors.ComponentFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the decoder and validator against the shared conformance corpus: every {@code component}
 * binary must validate, every {@code assert_invalid}/{@code assert_malformed} binary must be rejected
 * with a {@link ComponentFormatException} (any other exception is a bug), and the share of rejections
 * whose message contains the expected text is reported. The six real components must validate too.
 */
class ConformanceValidationTest {
    /** The share of the invalid/malformed binaries of validation/ and binary/ that must be rejected. */
    private static final double MIN_REJECTED = 0.95;

    private record Outcome(String file, int line, String expected, String actual) {}

    @Test
    void corpus() throws IOException {
        Path suite = shared().resolve("conformance/component-model");
        List<String> validRejected = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        List<Outcome> accepted = new ArrayList<>();
        List<Outcome> mismatched = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        int rejected = 0;
        int matched = 0;
        int coreInvalid = 0;
        int coreRejected = 0;
        List<Path> jsons;
        try (Stream<Path> s = Files.walk(suite)) {
            jsons = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path json : jsons) {
            String dir = json.getParent().getFileName().toString();
            boolean core = dir.equals("validation") || dir.equals("binary");
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(json));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> commands = (List<Map<String, Object>>) root.get("commands");
            for (Map<String, Object> c : commands) {
                Object filename = c.get("filename");
                if (filename == null) continue;
                String type = (String) c.get("type");
                Path wasm = json.resolveSibling((String) filename);
                int line = ((Number) c.getOrDefault("line", 0)).intValue();
                String where = dir + "/" + filename + ":" + line;
                byte[] bytes = Files.readAllBytes(wasm);
                switch (type) {
                    case "component" -> {
                        valid++;
                        try {
                            ComponentBinary.validate(bytes);
                        } catch (ComponentFormatException e) {
                            validRejected.add(where + ": " + e.getMessage());
                        } catch (RuntimeException | AssertionError e) {
                            crashes.add(where + ": " + e);
                        }
                    }
                    case "assert_invalid", "assert_malformed" -> {
                        invalid++;
                        if (core) coreInvalid++;
                        String expected = (String) c.getOrDefault("text", "");
                        try {
                            ComponentBinary.validate(bytes);
                            accepted.add(new Outcome(where, line, expected, null));
                        } catch (ComponentFormatException e) {
                            rejected++;
                            if (core) coreRejected++;
                            if (e.reason().contains(expected)) matched++;
                            else mismatched.add(new Outcome(where, line, expected, e.reason()));
                        } catch (RuntimeException | AssertionError e) {
                            crashes.add(where + ": " + e);
                        }
                    }
                    default -> {}
                }
            }
        }
        Map<String, Long> realTimes = new TreeMap<>();
        try (Stream<Path> s = Files.walk(shared().resolve("components"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".wasm")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                try {
                    ComponentBinary.validate(bytes);
                    long best = Long.MAX_VALUE;
                    for (int i = 0; i < 5; i++) {
                        long t0 = System.nanoTime();
                        ComponentBinary.validate(bytes);
                        best = Math.min(best, System.nanoTime() - t0);
                    }
                    realTimes.put(p.getParent().getFileName() + "/" + p.getFileName(), best / 1_000_000);
                } catch (ComponentFormatException e) {
                    validRejected.add(p + ": " + e.getMessage());
                } catch (RuntimeException | AssertionError e) {
                    crashes.add(p + ": " + e);
                }
            }
        }
        System.out.printf("valid accepted: %d/%d%n", valid - count(validRejected, "conformance"), valid);
        System.out.printf("invalid rejected: %d/%d (validation/ and binary/: %d/%d), message matches: %d/%d%n",
                rejected, invalid, coreRejected, coreInvalid, matched, rejected);
        System.out.println("real components (warm validate ms): " + realTimes);
        validRejected.forEach(s -> System.out.println("VALID REJECTED " + s));
        crashes.forEach(s -> System.out.println("CRASH " + s));
        accepted.forEach(o -> System.out.println("ACCEPTED " + o.file() + " expected `" + o.expected() + "`"));
        mismatched.forEach(o -> System.out.println("MISMATCH " + o.file() + " expected `" + o.expected() + "` got `"
                + o.actual().replace('\n', '|') + "`"));
        assertEquals(List.of(), crashes, "only ComponentFormatExceptions may reject a binary");
        assertEquals(List.of(), validRejected, "valid components must validate");
        assertTrue(coreRejected >= MIN_REJECTED * coreInvalid,
                "rejected only " + coreRejected + " of " + coreInvalid + " invalid binaries of validation/ and binary/");
    }

    private static long count(List<String> l, String part) {
        return l.stream().filter(s -> s.contains(part)).count();
    }

    static Path shared() {
        Path shared = Path.of(System.getProperty("weft.shared", "../shared"));
        if (!Files.isDirectory(shared.resolve("conformance/component-model"))) {
            Assumptions.abort("the shared conformance tests are missing: expected " + shared.toAbsolutePath()
                    + "/conformance/component-model (set -Dweft.shared=...)");
        }
        return shared;
    }
}
