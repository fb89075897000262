package dev.weft.binary.decode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.Section;
import dev.weft.errors.MalformedComponentException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The spec's conformance binaries (made by wasm-tools inside jco 1.35, or written byte by byte in
 * {@code binary.wast}): every valid component decodes, every {@code assert_malformed} binary is
 * rejected with the expected text, and {@code assert_invalid} binaries are not rejected for the wrong
 * reason.
 */
class ConformanceDecodeTest {

    /** Decodes {@code bytes} and reads every core module in it, as a consumer of the tree would. */
    static Component decodeFully(byte[] bytes) {
        Component c = ComponentDecoder.decode(bytes);
        for (Section s : DecodeTesting.allSections(c)) {
            if (s instanceof Section.CoreModule m) CoreModuleReader.read(m.module());
        }
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyValidComponentDecodes() throws Exception {
        List<ConformanceFiles.Command> valid = ConformanceFiles.ofType("component");
        assertTrue(valid.size() >= 280, "expected the ~284 component binaries, found " + valid.size());
        return valid.stream().map(c -> DynamicTest.dynamicTest(c.describe(), () -> decodeFully(Files.readAllBytes(c.wasm()))));
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedBinaryIsRejectedWithItsText() throws Exception {
        List<ConformanceFiles.Command> malformed = ConformanceFiles.ofType("assert_malformed");
        assertTrue(malformed.size() >= 70, "expected the 70 assert_malformed binaries, found " + malformed.size());
        return malformed.stream().map(c -> DynamicTest.dynamicTest(c.describe() + ": " + c.text(), () -> {
            try {
                decodeFully(Files.readAllBytes(c.wasm()));
            } catch (MalformedComponentException e) {
                assertTrue(e.reason().contains(c.text()), "expected '" + c.text() + "', got: " + e.getMessage());
                assertTrue(e.offset() >= 0);
                return;
            }
            fail("decoded a binary that must be rejected with '" + c.text() + "'");
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidBinariesAreRejectedAtDecodeOnlyForTheExpectedReason() throws Exception {
        List<ConformanceFiles.Command> invalid = ConformanceFiles.ofType("assert_invalid");
        assertFalse(invalid.isEmpty());
        return invalid.stream().map(c -> DynamicTest.dynamicTest(c.describe() + ": " + c.text(), () -> {
            try {
                decodeFully(Files.readAllBytes(c.wasm()));
            } catch (MalformedComponentException e) {
                assertTrue(e.reason().contains(c.text()),
                        "an invalid (but well-formed) binary was rejected by the decoder: " + e.getMessage());
            }
        }));
    }
}
