package dev.weft.binary.validate.names;

import static dev.weft.binary.validate.names.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.ExternName;
import dev.weft.binary.ast.ExternName.Attribute;
import dev.weft.binary.ast.ExternName.ExternalId;
import dev.weft.binary.ast.ExternName.Implements;
import dev.weft.binary.ast.ExternName.VersionSuffix;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameAttributesTest {

    private static NameAttributes.Checked check(String name, boolean instance, Attribute... attributes) {
        return NameAttributes.check(extern(name, attributes), ComponentName.parse(name, 0), instance, 11);
    }

    private static ExternName extern(String name, Attribute... attributes) {
        return new ExternName(0, 2, name, List.of(attributes));
    }

    private static void assertRejects(String reason, String name, boolean instance, Attribute... attributes) {
        assertRejected(reason, 11, () -> check(name, instance, attributes));
    }

    @Test
    void noAttributes() {
        NameAttributes.Checked checked = check("a", false);
        assertEquals(new NameAttributes.Checked(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                checked);
        assertEquals(Optional.of(Semver.of(0, 2, 6)), check("wasi:http/types@0.2.6", false).fullVersion());
    }

    @Test
    void implementsOnPlainInstanceNames() {
        NameAttributes.Checked checked = check("my-label", true, new Implements("ns:pkg/iface@1.0.0"));
        ComponentName.InterfaceName iface = checked.implementsName().orElseThrow();
        assertEquals("ns:pkg/iface@1.0.0", iface.raw());
        assertEquals(Optional.of(Semver.of(1, 0, 0)), checked.fullVersion());
        assertEquals("a:b/c", check("a", true, new Implements("a:b/c"), new ExternalId("id"))
                .implementsName().orElseThrow().raw());
    }

    /** attributes.wast. */
    @Test
    void implementsRules() {
        assertRejects("only instances can have an `implements`", "a", false, new Implements("a:b/c"));
        assertRejects("only instances can have an `implements`", "a", false, new Implements("a:b/c"),
                new ExternalId("id"));
        assertRejects("name `a1:b/c` is not valid with `implements`", "a1:b/c", true, new Implements("a2:b/c"));
        assertRejects("name `a1:b/c` is not valid with `implements`", "a1:b/c", false, new Implements("a2:b/c"));
        assertRejects("name `not-valid` must be an interface", "a", true, new Implements("not-valid"));
        assertRejects("name `[constructor]a` must be an interface", "x", true, new Implements("[constructor]a"));
        assertRejects("`` is not a valid name\n`` is not in kebab case", "a", true, new Implements(""));
        assertRejects("`a:b/c@1.` is not a valid name\n`1.` is not a valid semver: "
                + "unexpected end of input while parsing minor version number", "a", true, new Implements("a:b/c@1."));
    }

    @Test
    void eachKindAtMostOnce() {
        assertRejects("duplicate 'implements' option in name", "i", true, new Implements("a:b/x"),
                new Implements("a:b/y"));
        assertRejects("duplicate 'external-id' option in name", "i", false, new ExternalId("x"),
                new ExternalId("x"));
        assertRejects("duplicate 'versionsuffix' option in name", "a:b/c@1", false, new VersionSuffix(".0.0"),
                new VersionSuffix(".0.1"));
    }

    @Test
    void externalIdIsAnyString() {
        NameAttributes.Checked checked = check("a:b/c", false, new ExternalId("☃︎"));
        assertEquals(Optional.of("☃︎"), checked.externalId());
        assertEquals(Optional.of(""), check("empty", false, new ExternalId("")).externalId());
    }

    @Test
    void versionSuffixCompletesACanonVersion() {
        NameAttributes.Checked checked = check("wasi:http/types@0.2", true, new VersionSuffix(".6-rc.1"));
        assertEquals(Optional.of(".6-rc.1"), checked.versionSuffix());
        assertEquals(Optional.of(new Semver(0, 2, 6, List.of("rc", "1"), List.of())), checked.fullVersion());
        assertEquals(Optional.of(Semver.of(1, 2, 3)),
                check("a:b/c@1", false, new VersionSuffix(".2.3")).fullVersion());
        assertEquals(Optional.of(new Semver(0, 0, 1, List.of("alpha"), List.of())),
                check("a:b/c@0.0.1", false, new VersionSuffix("-alpha")).fullVersion());
        assertEquals(Optional.of(Semver.of(0, 0, 1)), check("a:b/c@0.0.1", false, new VersionSuffix("")).fullVersion());
        assertEquals(Optional.of(Semver.of(2, 1, 0)),
                check("primary", true, new Implements("w:kv/s@2"), new VersionSuffix(".1.0")).fullVersion());
    }

    @Test
    void versionSuffixRules() {
        assertRejects("`versionsuffix` requires an interface name or `implements`", "a", true,
                new VersionSuffix(".1.0"));
        assertRejects("`versionsuffix` requires `a:b/c` to have an interface version", "a:b/c", true,
                new VersionSuffix(".1.0"));
        assertRejects("`versionsuffix` requires the version of `a:b/c@1.2.3` to be a canonical version, found `1.2.3`",
                "a:b/c@1.2.3", true, new VersionSuffix("-rc"));
        assertRejects("invalid interface version: `1.2` is not a valid semver: "
                + "unexpected end of input while parsing minor version number", "a:b/c@1", true, new VersionSuffix(".2"));
        assertRejects("invalid interface version: `0.2.6_x` is not a valid semver: "
                + "unexpected character '_' after patch version number", "a:b/c@0.2", true, new VersionSuffix(".6_x"));
        assertRejects("invalid interface version: `1` is not a valid semver: "
                + "unexpected end of input while parsing major version number", "a:b/c@1", true, new VersionSuffix(""));
        assertRejects("`versionsuffix` requires `w:kv/s` to have an interface version", "primary", true,
                new Implements("w:kv/s"), new VersionSuffix(".1"));
        assertRejected("the `cm-canon-names` feature is not active", 11, () -> NameAttributes.check(
                extern("a:b/c@1", new VersionSuffix(".0.0")), ComponentName.parse("a:b/c@1.0.0", 0), false, 11,
                new NameFeatures(false, false)));
    }
}
