package dev.weft.binary.decode;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.binary.ComponentBinary;
import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.MalformedComponentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Truncates and corrupts real binaries (seeded, so failures reproduce) and checks that decoding
 * and validation either succeed or throw {@link MalformedComponentException} /
 * {@code InvalidComponentException}: never another exception, never a hang. Every core module of a
 * decoded mutant is read too.
 */
class FuzzTest {
    private static final long SEED = 0x5eed_f00dL;

    /** The six real components and a spread of conformance binaries. */
    private static List<Path> inputs() throws Exception {
        List<Path> out = new ArrayList<>(DecodeTesting.realComponents());
        List<ConformanceFiles.Command> valid = ConformanceFiles.ofType("component");
        for (int i = 0; i < valid.size(); i += 8) out.add(valid.get(i).wasm());
        return out;
    }

    @TestFactory
    Stream<DynamicTest> truncatedAndCorruptedBinariesFailCleanly() throws Exception {
        List<Path> inputs = inputs();
        assertTrue(inputs.size() > 30);
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getParent().getFileName() + "/" + p.getFileName(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> mutate(Files.readAllBytes(p), p.toString()))));
    }

    private static void mutate(byte[] original, String name) {
        Random random = new Random(SEED ^ name.hashCode());
        boolean big = original.length > 1_000_000;
        // truncations: every length of small files, a sample of lengths of big ones
        int truncations = big ? 60 : Math.min(original.length, 400);
        int rejected = 0;
        for (int i = 0; i < truncations; i++) {
            int len = big || original.length > 400 ? random.nextInt(original.length) : i;
            byte[] cut = Arrays.copyOf(original, len);
            if (!attempt(cut, name + " truncated to " + len)) rejected++;
        }
        // a cut at a section boundary is a valid (shorter) component; most cuts are not
        assertTrue(rejected > truncations / 2, name + ": only " + rejected + " of " + truncations + " truncations rejected");
        // byte flips, in place and undone: mostly in the structure before the big core module
        byte[] bytes = original.clone();
        int flips = big ? 150 : 300;
        for (int i = 0; i < flips; i++) {
            int n = 1 + random.nextInt(3);
            int[] at = new int[n];
            byte[] was = new byte[n];
            for (int k = 0; k < n; k++) {
                int window = big && random.nextBoolean() ? Math.min(bytes.length, 16_384) : bytes.length;
                at[k] = random.nextInt(window);
                was[k] = bytes[at[k]];
                bytes[at[k]] = (byte) (random.nextBoolean() ? random.nextInt(256) : bytes[at[k]] ^ (1 << random.nextInt(8)));
            }
            attempt(bytes, name + " with bytes changed at " + Arrays.toString(at));
            for (int k = n - 1; k >= 0; k--) bytes[at[k]] = was[k];
        }
    }

    /**
     * Decodes and validates {@code bytes}: true if it is a valid component, false if it was rejected
     * cleanly (by the decoder or the validator); fails on anything else.
     */
    private static boolean attempt(byte[] bytes, String what) {
        try {
            ConformanceDecodeTest.decodeFully(bytes);
            ComponentBinary.validate(bytes);
            return true;
        } catch (ComponentFormatException e) {
            if (e.offset() < 0 || e.offset() > bytes.length || e.reason().isEmpty()) {
                fail(what + ": bad error " + e.getMessage());
            }
            return false;
        } catch (Throwable t) {
            throw new AssertionError(what + ": " + t, t);
        }
    }
}
