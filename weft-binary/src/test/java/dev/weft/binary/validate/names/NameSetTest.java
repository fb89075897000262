package dev.weft.binary.validate.names;

import static dev.weft.binary.validate.names.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameSetTest {
    /** The Explainer's example of strongly-unique names. */
    private static final List<String> UNIQUE =
            List.of("foo", "foo-bar", "[constructor]foo", "[method]foo.bar", "[static]foo.baz", "foo:bar/baz");

    private static ComponentName name(String s) {
        return ComponentName.parse(s, 0);
    }

    private static NameSet setOf(List<String> names) {
        NameSet set = new NameSet();
        for (String n : names) {
            set.add(name(n), ExternKind.IMPORT, 0);
        }
        return set;
    }

    @Test
    void explainerUniqueNamesCoexist() {
        NameSet set = setOf(UNIQUE);
        assertEquals(UNIQUE, set.names().stream().map(ComponentName::raw).toList());
        assertEquals(6, set.size());
    }

    /** "attempting to add any of the following names would be a validation error". */
    @ParameterizedTest
    @ValueSource(strings = {"foo", "FOO", "foo-BAR", "[constructor]FOO", "[method]foo.BAR", "[static]foo.bar",
        "[method]foo.baz", "[method]foo.foo", "[static]foo-BAR.FOO-bar", "foo:bar/BAZ"})
    void explainerConflictingNames(String extra) {
        NameSet set = setOf(UNIQUE);
        ComponentName added = name(extra);
        ComponentName previous = set.conflicting(added).orElseThrow();
        assertFalse(added.isStronglyUniqueFrom(previous));
        assertRejected("export name `" + extra + "` conflicts with previous name `" + previous.raw() + "`", 5,
                () -> set.add(added, ExternKind.EXPORT, 5));
    }

    @Test
    void conformanceMessages() {
        assertConflict("import", "A", "a", "import name `a` conflicts with previous name `A`");
        assertConflict("export", "a", "a", "export name `a` conflicts with previous name `a`");
        assertConflict("export", "a", "A", "export name `A` conflicts with previous name `a`");
        assertConflict("export", "foo-BAR-baz", "FOO-bar-BAZ",
                "export name `FOO-bar-BAZ` conflicts with previous name `foo-BAR-baz`");
        assertConflict("import", "a", "[method]a.a", "import name `[method]a.a` conflicts with previous name `a`");
        assertConflict("import", "a", "[static]a.a", "import name `[static]a.a` conflicts with previous name `a`");
        assertConflict("import", "[static]a.a", "a", "import name `a` conflicts with previous name `[static]a.a`");
        assertConflict("import", "[method]a.b", "[static]a.b",
                "import name `[static]a.b` conflicts with previous name `[method]a.b`");
        assertConflict("import", "wasi:http/types@1.0.0", "wasi:http/types@1.0.0",
                "import name `wasi:http/types@1.0.0` conflicts with previous name `wasi:http/types@1.0.0`");
        assertConflict("import", "wasi:http/types", "wasi:http/types",
                "import name `wasi:http/types` conflicts with previous name `wasi:http/types`");
    }

    private static void assertConflict(String kind, String first, String second, String reason) {
        NameSet set = new NameSet();
        set.add(name(first), kind, 1);
        assertRejected(reason, 2, () -> set.add(name(second), kind, 2));
    }

    @Test
    void distinctNamesCoexist() {
        NameSet set = setOf(List.of("a", "[constructor]a", "[method]a.b", "[static]b.a", "b", "a-b",
                "wasi:http/types", "wasi:http/types@1.0.0", "wasi:http/types@2.0.0", "wasi:http/types@1.0.0+x",
                "wasi:http/handler", "wasi:io/types", "wasx:http/types"));
        assertEquals(13, set.size());
        assertEquals(Optional.empty(), set.conflicting(name("c")));
        assertTrue(set.conflicting(name("B")).isPresent());
    }

    @Test
    void uniquenessKeys() {
        assertEquals("foo-bar", name("[static]foo-BAR.FOO-bar").uniquenessKey());
        assertEquals("r.m", name("[method]R.M").uniquenessKey());
        assertEquals("r.m", name("[static]r.m").uniquenessKey());
        assertEquals("[constructor]xml", name("[constructor]XML").uniquenessKey());
        assertEquals("a:b/c@1.0.0-rc", name("a:b/C@1.0.0-RC").uniquenessKey());
        assertEquals("is-xml", name("is-XML").uniquenessKey());
    }

    @Test
    void coreModuleNames() {
        CoreNameSet core = new CoreNameSet();
        core.addExport("a", 0);
        core.addExport("", 0);
        assertRejected("duplicate export name `a` already defined", 3, () -> core.addExport("a", 3));
        assertRejected("duplicate export name `` already defined", 4, () -> core.addExport("", 4));
        core.addImport("", "", 0);
        core.addImport("", "a", 0);
        core.addImport("a:b", "c", 0);
        core.addImport("a", "b:c", 0);
        core.addExport("A", 0);
        assertRejected("duplicate import name `:`", 5, () -> core.addImport("", "", 5));
        assertRejected("duplicate import name `:a`", 6, () -> core.addImport("", "a", 6));
    }
}
