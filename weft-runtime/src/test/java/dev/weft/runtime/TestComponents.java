package dev.weft.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The components the runtime tests run: the greeter example in the repository, kit from {@code ../shared}. */
public final class TestComponents {
    private TestComponents() {}

    /** {@code examples/greeter/greeter.wasm} of this repository. */
    public static Path greeter() {
        Path p = Path.of("..", "examples", "greeter", "greeter.wasm");
        if (!Files.exists(p)) throw new AssertionError("missing " + p.toAbsolutePath() + " (part of the repository)");
        return p;
    }

    /** {@code ../shared/components/kit/kit.wasm}; the test is skipped, saying why, when it is missing. */
    public static Path kit() {
        Path p = Path.of(System.getProperty("weft.shared", "../../shared"), "components", "kit", "kit.wasm");
        assumeTrue(Files.exists(p), "../shared is missing: cannot read " + p.toAbsolutePath() + " (set -Dweft.shared=...)");
        return p;
    }

    /** A test component of {@code src/test/resources/dev/weft/runtime} (its {@code .wat} source is beside it). */
    public static byte[] resource(String name) {
        try (var in = TestComponents.class.getResourceAsStream(name)) {
            if (in == null) throw new AssertionError("missing test resource dev/weft/runtime/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
