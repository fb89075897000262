package dev.weft.binary.validate.names;

import static dev.weft.binary.validate.names.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemverTest {

    private static Semver v(String text) {
        return Semver.parse(text, 0);
    }

    @Test
    void parsesAllParts() {
        assertEquals(new Semver(1, 2, 3, List.of("pre", "1"), List.of("build", "007")), v("1.2.3-pre.1+build.007"));
        assertEquals(Semver.of(0, 0, 0), v("0.0.0"));
        assertEquals(new Semver(0, 0, 0, List.of("abcd"), List.of("efg")), v("0.0.0-abcd+efg"));
        assertEquals(new Semver(0, 0, 0, List.of(), List.of("abcd-efg")), v("0.0.0+abcd-efg"));
        assertEquals(new Semver(1, 0, 0, List.of("0a", "x-y", "--"), List.of()), v("1.0.0-0a.x-y.--"));
        assertEquals(-1L, v("18446744073709551615.0.0").major());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3-pre.1+build.007", "0.0.0", "18446744073709551615.1.2", "1.0.0+01"})
    void roundTrips(String text) {
        assertEquals(text, v(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                      | empty string, expected a semver version",
        "1                       | unexpected end of input while parsing major version number",
        "1.2                     | unexpected end of input while parsing minor version number",
        "1.2.                    | unexpected end of input while parsing patch version number",
        "v1.2.3                  | unexpected character 'v' while parsing major version number",
        "1.x.3                   | unexpected character 'x' while parsing minor version number",
        "1.2.x                   | unexpected character 'x' while parsing patch version number",
        "1-2.3                   | unexpected character '-' after major version number",
        "00.1.2                  | invalid leading zero in major version number",
        "1.02.3                  | invalid leading zero in minor version number",
        "1.2.03                  | invalid leading zero in patch version number",
        "1.2.3-01                | invalid leading zero in pre-release identifier",
        "1.2.3-a..b              | empty identifier segment in pre-release identifier",
        "1.2.3-a.                | empty identifier segment in pre-release identifier",
        "1.2.3+a..b              | empty identifier segment in build metadata",
        "1.2.3-a_b               | unexpected character '_' after pre-release identifier",
        "1.2.3+a b               | unexpected character ' ' after build metadata",
        "1.2.3 x                 | unexpected character ' ' after patch version number",
        "18446744073709551616.0.0 | value of major version number exceeds u64::MAX",
        "1.2.3-é                 | empty identifier segment in pre-release identifier",
    })
    void problems(String text, String problem) {
        assertEquals(Optional.of(problem), Semver.problem(text));
        assertEquals(Optional.empty(), Semver.tryParse(text));
        assertRejected("`" + text + "` is not a valid semver: " + problem, 4, () -> Semver.parse(text, 4));
    }

    @Test
    void quotesCharactersLikeRust() {
        assertEquals(Optional.of("unexpected character '\\'' while parsing major version number"), Semver.problem("'"));
        assertEquals(Optional.of("unexpected character '\\n' while parsing major version number"), Semver.problem("\n"));
        assertEquals(Optional.of("unexpected character '\\u{1}' while parsing major version number"),
                Semver.problem("\u0001"));
        assertEquals(Optional.of("unexpected character '☃' while parsing major version number"), Semver.problem("☃"));
    }

    @Test
    void precedence() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0",
                "18446744073709551615.0.0");
        List<Semver> shuffled = new ArrayList<>(ordered.stream().map(SemverTest::v).toList());
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(ordered, shuffled.stream().map(Semver::toString).toList());
        assertEquals(0, v("1.0.0+a").comparePrecedence(v("1.0.0+b")));
        assertTrue(v("1.0.0+a").compareTo(v("1.0.0+b")) < 0);
        assertEquals(0, v("1.0.0+a").compareTo(v("1.0.0+a")));
    }

    @ParameterizedTest
    @CsvSource({"1.2.3, 1, .2.3", "0.2.6-rc.1, 0.2, .6-rc.1", "0.0.1-alpha, 0.0.1, -alpha", "0.0.0, 0.0.0, ''",
        "10.0.0+b, 10, .0.0+b"})
    void canonicalSplit(String text, String canon, String suffix) {
        assertEquals(canon, v(text).canonVersion());
        assertEquals(suffix, v(text).canonSuffix());
        assertTrue(Semver.isCanonVersion(canon));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "01", "0.0", "0.01", "1.0", "0.2.0", "1.2.3", "", "0.0.01", "a"})
    void notCanonVersions(String text) {
        assertFalse(Semver.isCanonVersion(text));
    }

    @ParameterizedTest
    @CsvSource({
        "0.2.12, 0.2.1, true", "0.2.1, 0.2.12, true", "0.2.0, 0.3.0, false", "1.0.0, 1.9.3, true",
        "1.0.0, 2.0.0, false", "0.0.1, 0.0.1, true", "0.0.1, 0.0.2, false", "0.0.1+a, 0.0.1+b, true",
        "1.0.0-rc.1, 1.0.0, false", "1.0.0-rc.1, 1.0.0-rc.1+b, true", "1.2.0, 1.2.0-rc.1, false",
    })
    void compatibility(String a, String b, boolean compatible) {
        assertEquals(compatible, v(a).isCompatibleWith(v(b)));
        assertEquals(compatible, v(b).isCompatibleWith(v(a)));
    }
}
