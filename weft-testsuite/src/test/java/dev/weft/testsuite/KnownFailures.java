package dev.weft.testsuite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands expected to fail for now ({@code known-failures.txt} on the test class path):
 * {@code dir/file.json:line  # reason}, one per line; {@code #} starts a comment line.
 *
 * @param reasons location ({@code validation/abi.json:39}) to reason, in file order
 */
record KnownFailures(Map<String, String> reasons) {
    static final String RESOURCE = "/known-failures.txt";
    private static final Pattern ENTRY = Pattern.compile("(\\S+\\.json:\\d+)\\s*#\\s*(\\S.*)");

    KnownFailures {
        reasons = Map.copyOf(reasons);
    }

    Optional<String> reason(String location) {
        return Optional.ofNullable(reasons.get(location));
    }

    static KnownFailures load() {
        try (InputStream in = KnownFailures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnownFailures parse(List<String> lines) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + ": expected `dir/file.json:LINE  # reason`, got: " + line);
            }
            if (reasons.put(entry.group(1), entry.group(2).strip()) != null) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + entry.group(1) + " listed twice");
            }
        }
        return new KnownFailures(reasons);
    }
}
