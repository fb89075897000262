package dev.weft.binary.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ComponentBinary;
import dev.weft.types.ExternType;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.TypeDef;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What validation hands to the planner, checked on real components. */
class ValidatedComponentTest {

    private static ValidatedComponent load(String path) throws IOException {
        return ComponentBinary.validate(Files.readAllBytes(ConformanceValidationTest.shared().resolve("components").resolve(path)));
    }

    @Test
    void kitHasItsWorldAsType() throws IOException {
        ValidatedComponent kit = load("kit/kit.wasm");
        ExternType.Func log = (ExternType.Func) kit.type().imports().get("log");
        assertEquals(List.of(new dev.weft.types.Field("msg", PrimitiveType.STRING)), log.type().params());
        ExternType.Instance api = (ExternType.Instance) kit.type().exports().get("bench:kit/api");
        Map<String, ExternType> exports = api.type().exports();
        FuncType add = ((ExternType.Func) exports.get("add")).type();
        assertEquals(PrimitiveType.U32, add.result().orElseThrow());
        FuncType centroid = ((ExternType.Func) exports.get("centroid")).type();
        RecordType point = (RecordType) centroid.result().orElseThrow();
        assertEquals(2, point.fields().size());
        TypeDef.Value pointExport = (TypeDef.Value) ((ExternType.Type) exports.get("point")).type();
        assertSame(point, pointExport.type(), "equal types are interned to one instance");
    }

    @Test
    void definitionsAreInOrderWithTypedIndices() throws IOException {
        ValidatedComponent kit = load("kit/kit.wasm");
        List<Definition.CoreModule> modules = kit.definitions(Definition.CoreModule.class);
        assertFalse(modules.isEmpty());
        for (int i = 0; i < modules.size(); i++) assertEquals(new Idx.CoreModule(i), modules.get(i).index());
        List<Definition.Lift> lifts = kit.definitions(Definition.Lift.class);
        assertEquals(7, lifts.size());
        assertTrue(lifts.stream().allMatch(l -> l.options().memory().isPresent() || l.type().params().stream()
                .noneMatch(p -> p.type() == PrimitiveType.STRING)));
        List<Definition.Lower> lowers = kit.definitions(Definition.Lower.class);
        assertEquals(1, lowers.size());
        assertEquals(List.of(new dev.weft.types.Field("msg", PrimitiveType.STRING)), lowers.get(0).type().params());
        List<Definition.Import> imports = kit.definitions(Definition.Import.class);
        assertEquals(new Idx.Func(0), imports.get(0).index());
    }

    @Test
    void realComponentsValidate() throws IOException {
        for (String c : List.of("c-hello/hello.wasm", "rust-wordfreq/wordfreq.wasm", "js-greeter/hello.wasm",
                "js-cli/cli-hello.wasm", "js-http/http-hello.wasm")) {
            ValidatedComponent v = load(c);
            assertFalse(v.type().exports().isEmpty(), c);
            assertFalse(v.definitions(Definition.CoreModule.class).isEmpty(), c);
        }
        ValidatedComponent greeter = load("js-greeter/hello.wasm");
        assertTrue(greeter.type().exports().keySet().stream().anyMatch(k -> k.startsWith("example:hello/greeter")),
                greeter.type().exports().keySet().toString());
    }
}
