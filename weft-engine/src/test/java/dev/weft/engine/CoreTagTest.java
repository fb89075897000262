package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreEngine.Execution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exception tags cross the seam as {@link CoreTag} handles, keeping their identity. */
class CoreTagTest {
    private static final CoreTagType I32_TAG = new CoreTagType(CoreFuncType.of(List.of(CoreValType.I32), List.of()));

    private static byte[] module(String name) {
        try (var in = CoreTagTest.class.getResourceAsStream(name + ".wasm")) {
            if (in == null) throw new AssertionError("missing test resource dev/weft/engine/" + name + ".wasm");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aTagImportedByTwoInstancesIsThrownByOneAndCaughtByTheOther(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreInstance tags = engine.compile(module("tag")).instantiate();
        CoreTag tag = tags.tag("t");
        assertEquals(I32_TAG, tag.type());
        assertEquals(CoreExternKind.TAG, tag.kind());

        CoreInstance thrower = engine.compile(module("tag-thrower")).instantiate(
                CoreImports.builder().define("tag", "t", tag).build());
        CoreInstance catcher = engine.compile(module("tag-catcher")).instantiate(
                CoreImports.builder().instance("tag", tags).instance("thrower", thrower).build());

        assertEquals(42, catcher.function("run").callForLong(42));
        assertSame(tag, thrower.tag("t"), "a re-exported imported tag is the same handle");
        assertSame(tag, tags.tag("t"), "one handle per defined tag");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void eachInstantiationDefinesANewTag(Execution execution) {
        CoreModule module = Modules.engine(execution).compile(module("tag"));
        assertNotSame(module.instantiate().tag("t"), module.instantiate().tag("t"));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aTagImportMustHaveTheDeclaredType(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreModule thrower = engine.compile(module("tag-thrower"));
        CoreInstance functions = engine.compile(Modules.add()).instantiate();

        CoreLinkException missing = assertThrows(CoreLinkException.class, () -> thrower.instantiate(CoreImports.empty()));
        CoreLinkException wrongKind = assertThrows(CoreLinkException.class, () -> thrower.instantiate(
                CoreImports.builder().define("tag", "t", functions.function("add")).build()));

        assertEquals("unknown import: \"tag\" \"t\" was not supplied (expected (tag (param i32)))", missing.getMessage());
        assertTrue(wrongKind.getMessage().contains("expected (tag (param i32)), found (func"), wrongKind.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void anUncaughtExceptionIsACoreTrap(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreInstance tags = engine.compile(module("tag")).instantiate();
        CoreInstance thrower = engine.compile(module("tag-thrower")).instantiate(
                CoreImports.builder().instance("tag", tags).build());

        CoreTrap trap = assertThrows(CoreTrap.class, () -> thrower.function("throw").call(7));
        assertEquals("uncaught wasm exception", trap.reason());
    }
}
