package dev.weft.binary.validate.names;

import static dev.weft.binary.validate.names.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.validate.names.ComponentName.InterfaceName;
import dev.weft.binary.validate.names.ComponentName.Kind;
import dev.weft.binary.validate.names.ComponentName.PlainName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "a1", "a-1", "a-1-b-2-c-3", "B", "B1", "B-1", "B-1-C-2-D-3",
        "a11-B11-123-ABC-abc", "is-XML", "a11-w0rds", "A11-4CR0NYMS", "m1x3d-4CR0NYMS", "get-JSON", "a0-000-3d4a-54FF"})
    void labels(String name) {
        PlainName plain = assertInstanceOf(PlainName.class, ComponentName.parse(name, 0));
        assertEquals(new PlainName(name, Kind.LABEL, Optional.empty(), name), plain);
        assertTrue(plain.member().isEmpty());
        assertTrue(plain.isLabel());
    }

    @Test
    void constructor() {
        PlainName name = (PlainName) ComponentName.parse("[constructor]my-res", 0);
        assertEquals(Kind.CONSTRUCTOR, name.kind());
        assertEquals(Optional.of("my-res"), name.resource());
        assertEquals("my-res", name.label());
        assertEquals(Optional.empty(), name.member());
    }

    @Test
    void methodAndStatic() {
        PlainName method = (PlainName) ComponentName.parse("[method]a-0.b-1", 0);
        assertEquals(new PlainName("[method]a-0.b-1", Kind.METHOD, Optional.of("a-0"), "b-1"), method);
        assertEquals(Optional.of("b-1"), method.member());
        PlainName stat = (PlainName) ComponentName.parse("[static]R.foo", 0);
        assertEquals(Kind.STATIC, stat.kind());
        assertEquals(Optional.of("R"), stat.resource());
        assertEquals(Optional.of("foo"), stat.member());
        assertEquals("[static]R.foo", stat.toString());
    }

    @Test
    void interfaceNames() {
        InterfaceName name = (InterfaceName) ComponentName.parse("wasi:http/types@0.2.6-rc.1+b", 0);
        assertEquals(List.of("wasi"), name.namespaces());
        assertEquals("wasi", name.namespace());
        assertEquals("http", name.packageName());
        assertEquals(List.of("types"), name.projections());
        assertEquals("types", name.interfaceLabel());
        assertEquals(Optional.of("0.2.6-rc.1+b"), name.versionText());
        assertEquals(Optional.of(new Semver(0, 2, 6, List.of("rc", "1"), List.of("b"))), name.version());
        assertEquals("wasi:http/types", name.unversioned());
        assertEquals("wasi:http/types@0.2", name.canonicalName());
        assertFalse(name.hasCanonVersion());

        InterfaceName bare = (InterfaceName) ComponentName.parse("ns-1-a:b-1-c/D-2", 0);
        assertEquals(Optional.empty(), bare.versionText());
        assertEquals(Optional.empty(), bare.version());
        assertEquals("ns-1-a:b-1-c/D-2", bare.canonicalName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasi:http/types", "wasi:http/types@1.0.0", "a-b:c-d/e-f@123456.7890.488", "a:b/c@1.2.3",
        "a:b/c@0.0.0", "a:b/c@0.0.0+abcd", "a:b/c@0.0.0+abcd-efg", "a:b/c@0.0.0-abcd+efg",
        "a:b/c@0.0.0-abcd.1.2+efg.4.ee.5", "a:b/c@18446744073709551615.0.0"})
    void versionedInterfaceNames(String name) {
        assertInstanceOf(InterfaceName.class, ComponentName.parse(name, 0));
    }

    @ParameterizedTest
    @CsvSource({"1, true", "0.2, true", "0.0.1, true", "0.0.0, true", "12, true"})
    void canonVersions(String version, boolean canonical) {
        InterfaceName name = (InterfaceName) ComponentName.parse("wasi:http/types@" + version, 0);
        assertEquals(canonical, name.hasCanonVersion());
        assertEquals("wasi:http/types@" + version, name.canonicalName());
    }

    @Test
    void canonVersionsNeedTheFeature() {
        NameFeatures off = new NameFeatures(false, false);
        assertRejected("`0.2` is not a valid semver: unexpected end of input while parsing minor version number", 3,
                () -> ComponentName.parse("a:b/c@0.2", 3, off));
        assertInstanceOf(InterfaceName.class, ComponentName.parse("a:b/c@0.2.0", 3, off));
    }

    /** kebab.wast, extern-names.wast and annotated-names.wast, and wasmparser's own unit tests. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1                | `1` is not in kebab case",
        "1-a              | `1-a` is not in kebab case",
        "''               | `` is not in kebab case",
        "a-               | `a-` is not in kebab case",
        "a--              | `a--` is not in kebab case",
        "a-b--c           | `a-b--c` is not in kebab case",
        "-                | `-` is not in kebab case",
        "aBc              | `aBc` is not in kebab case",
        "aB               | `aB` is not in kebab case",
        "a0-000-3d4A-54Ff | `a0-000-3d4A-54Ff` is not in kebab case",
        "¶                | `¶` is not in kebab case",
        "a_b              | `a_b` is not in kebab case",
        "[foo]a           | `[foo]a` is not in kebab case",
        "1:a/b            | `1` is not in kebab case",
        "wasi:http/TyPeS  | `TyPeS` is not in kebab case",
        "WaSi:http/types  | `WaSi` is not in kebab case",
        "wasi:HtTp/types  | `HtTp` is not in kebab case",
        "wasi/http        | `wasi/http` is not in kebab case",
        "wasi:            | `` is not in kebab case",
        "wasi:/           | `` is not in kebab case",
        ":/               | `` is not in kebab case",
        "A:b/c            | character `A` is not lowercase in package name/namespace",
        "ns-A:b/c         | character `A` is not lowercase in package name/namespace",
        "ns:A/b           | character `A` is not lowercase in package name/namespace",
        "ns:pkg-A/b       | character `A` is not lowercase in package name/namespace",
        "ns:1/a           | `1` is not in kebab case",
        "ns:pkg           | expected `/` after package name",
        "a@1:b/c          | expected `:` at `@1:b/c`",
        "foo:bar:baz/qux  | expected `/` after package name",
        "foo:bar/baz/qux  | trailing characters found: `/qux`",
        "a:b/c@1.0.0>x    | trailing characters found: `>x`",
        "[constructor]    | `` is not in kebab case",
        "[constructor]a:b/c | `a:b/c` is not in kebab case",
        "[method]         | failed to find `.` character",
        "[method]a        | failed to find `.` character",
        "[method]a.       | `` is not in kebab case",
        "[method].a       | `` is not in kebab case",
        "[method]a.b.c    | `b.c` is not in kebab case",
        "[static]         | failed to find `.` character",
        "[static]a        | failed to find `.` character",
        "[static]a.       | `` is not in kebab case",
        "[static].a       | `` is not in kebab case",
        "[static]a.b.c    | `b.c` is not in kebab case",
        "[METHOD]a.b      | `[METHOD]a.b` is not in kebab case",
    })
    void malformedNames(String name, String reason) {
        assertRejected(reason, 42, () -> ComponentName.parse(name, 42));
    }

    /** extern-names.wast: malformed versions (the words of the Rust semver crate). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''        | empty string, expected a semver version",
        ".         | unexpected character '.' while parsing major version number",
        "1.        | unexpected end of input while parsing minor version number",
        "a.2       | unexpected character 'a' while parsing major version number",
        "2.b       | unexpected character 'b' while parsing minor version number",
        "2.0x0     | unexpected character 'x' after minor version number",
        "2.0.0+    | empty identifier segment in build metadata",
        "2.0.0-    | empty identifier segment in pre-release identifier",
        "0         | unexpected end of input while parsing major version number",
        "01        | invalid leading zero in major version number",
        "1.2.3.4   | unexpected character '.' after patch version number",
    })
    void malformedVersions(String version, String problem) {
        assertRejected("`" + version + "` is not a valid semver: " + problem, 7,
                () -> ComponentName.parse("a:b/c@" + version, 7));
    }

    @Test
    void removedNameFormsAreRejected() {
        assertRejected("expected `:` at `=<a:b>`", 0, () -> ComponentName.parse("unlocked-dep=<a:b>", 0));
        assertRejected("expected `:` at `=<a:b@1.2.3>`", 0, () -> ComponentName.parse("locked-dep=<a:b@1.2.3>", 0));
        assertRejected("`url=<a>` is not in kebab case", 0, () -> ComponentName.parse("url=<a>", 0));
        assertRejected("`integrity=<sha256-a>` is not in kebab case", 0,
                () -> ComponentName.parse("integrity=<sha256-a>", 0));
        assertRejected("`relative-url=<a>` is not in kebab case", 0, () -> ComponentName.parse("relative-url=<a>", 0));
    }

    @Test
    void externNamesCarryTheirContext() {
        assertRejected("import name `aBc` is not a valid extern name\n`aBc` is not in kebab case", 9,
                () -> ComponentName.parseExtern("aBc", ExternKind.IMPORT, 9));
        assertRejected("export name `` is not a valid extern name\n`` is not in kebab case", 9,
                () -> ComponentName.parseExtern("", "export", 9));
        assertRejected("import name `unlocked-dep=<a:b>` is not a valid extern name\nexpected `:` at `=<a:b>`", 1,
                () -> ComponentName.parseExtern("unlocked-dep=<a:b>", "import", 1));
        assertEquals("a:b/c", ComponentName.parseExtern("a:b/c", ExternKind.EXPORT, 0).raw());
    }

    @Test
    void nestedNamesBehindTheirFeature() {
        NameFeatures nested = new NameFeatures(true, true);
        InterfaceName name = (InterfaceName) ComponentName.parse("foo:bar:baz/qux/quux@1.0.0", 0, nested);
        assertEquals(List.of("foo", "bar"), name.namespaces());
        assertEquals("foo:bar", name.namespace());
        assertEquals("baz", name.packageName());
        assertEquals(List.of("qux", "quux"), name.projections());
        assertEquals("qux", name.interfaceLabel());
        assertRejected("expected `/` after package name", 0, () -> ComponentName.parse("a:b:c", 0, nested));
        assertRejected("`` is not in kebab case", 0, () -> ComponentName.parse("a:b/c/", 0, nested));
    }
}
