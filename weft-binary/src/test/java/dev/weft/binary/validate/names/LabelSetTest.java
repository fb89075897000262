package dev.weft.binary.validate.names;

import static dev.weft.binary.validate.names.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSetTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "a-b-c", "a1-2-3", "A", "A-B-C", "A1-2-3", "a11-w0rds", "A11-4CR0NYMS",
        "m1x3d-4CR0NYMS", "is-XML", "a-0", "a0", "a-1b", "a-1B"})
    void validLabels(String label) {
        assertTrue(KebabNames.isLabel(label));
        assertEquals(label, KebabNames.checkLabel(label, "record field", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-2-3", "0", "0-a", "-", "a-", "-a", "a--b", "aB", "a-bC", "a-1bC", "a_b", "a.b",
        "é", "a b", "[a]"})
    void invalidLabels(String label) {
        assertFalse(KebabNames.isLabel(label));
    }

    /** defined-types.wast. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RECORD_FIELD       | GoNnA | record field name `GoNnA` is not in kebab case",
        "VARIANT_CASE       | GIVe  | variant case name `GIVe` is not in kebab case",
        "ENUM_TAG           | NevEr | enum tag name `NevEr` is not in kebab case",
        "FUNCTION_PARAMETER | yOu   | function parameter name `yOu` is not in kebab case",
        "FLAG               | 1     | flag name `1` is not in kebab case",
        "RECORD_FIELD       | ''    | record field name cannot be empty",
        "VARIANT_CASE       | ''    | variant case name cannot be empty",
        "FLAG               | ''    | flag name cannot be empty",
        "ENUM_TAG           | ''    | enum tag name cannot be empty",
        "FUNCTION_PARAMETER | ''    | function parameter name cannot be empty",
    })
    void malformedLabels(LabelKind kind, String label, String reason) {
        assertRejected(reason, 8, () -> KebabNames.checkLabel(label, kind, 8));
        assertRejected(reason, 8, () -> new LabelSet(kind).add(label, 8));
    }

    /** defined-types.wast. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RECORD_FIELD       | a-B-c-D | A-b-C-d | record field name `A-b-C-d` conflicts with previous field name `a-B-c-D`",
        "VARIANT_CASE       | x       | x       | variant case name `x` conflicts with previous case name `x`",
        "VARIANT_CASE       | x       | X       | variant case name `X` conflicts with previous case name `x`",
        "FLAG               | x       | X       | flag name `X` conflicts with previous flag name `x`",
        "ENUM_TAG           | x       | X       | enum tag name `X` conflicts with previous tag name `x`",
        "FUNCTION_PARAMETER | foo     | FOO     | function parameter name `FOO` conflicts with previous parameter name `foo`",
    })
    void conflictingLabels(LabelKind kind, String first, String second, String reason) {
        LabelSet set = new LabelSet(kind);
        set.add(first, 0);
        assertRejected(reason, 3, () -> set.add(second, 3));
    }

    @Test
    void distinctLabels() {
        LabelSet set = new LabelSet(LabelKind.RECORD_FIELD);
        set.add("a", 0);
        set.add("a-b", 0);
        set.add("ab", 0);
        set.add("B", 0);
        assertEquals(List.of("a", "a-b", "ab", "B"), set.labels());
        assertEquals(LabelKind.RECORD_FIELD, set.kind());
    }

    @Test
    void caseInsensitiveComparison() {
        assertTrue(KebabNames.labelsEqual("is-XML", "IS-xml"));
        assertFalse(KebabNames.labelsEqual("a-b", "ab"));
        assertFalse(KebabNames.labelsEqual("a", "b"));
        assertEquals("is-xml", KebabNames.lowercase("is-XML"));
        assertEquals("abc", KebabNames.lowercase("abc"));
    }
}
