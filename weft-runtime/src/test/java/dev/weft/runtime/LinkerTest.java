package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resolving imports: what matches, and the messages when nothing does. */
class LinkerTest {
    private static final FuncType LOG = new FuncType(false, List.of(new Field("msg", PrimitiveType.STRING)), Optional.empty());
    private static final HostFunction SILENT = args -> Optional.empty();

    private final Engine engine = Engine.create();

    private Component greeter() throws IOException {
        return Component.fromFile(engine, TestComponents.greeter());
    }

    private Component load(String resource) {
        return Component.fromBytes(engine, TestComponents.resource(resource));
    }

    private static HostFunction returning(long value) {
        return args -> Optional.of(Value.u32(value));
    }

    private static Optional<Value> run(Instance instance) {
        return instance.func("run").orElseThrow().call();
    }

    @Test
    void aMissingImportIsNamed() throws IOException {
        var e = assertThrows(UnlinkableException.class, () -> new Linker(engine).instantiatePre(greeter()));
        assertEquals("missing import `log`", e.getMessage());
        assertEquals("log", e.importName());
        assertEquals(UnlinkableException.Reason.MISSING, e.reason());
    }

    @Test
    void aDeclaredTypeIsCheckedWhenLinking() throws IOException {
        Linker linker = new Linker(engine).func("log", new FuncType(false, List.of(), Optional.empty()), SILENT);
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(greeter()));
        assertEquals("import `log` has the wrong type: expected func(msg: string), found func()", e.getMessage());
        assertEquals(UnlinkableException.Reason.WRONG_TYPE, e.reason());
        assertEquals("log", e.path());
        new Linker(engine).func("log", LOG, SILENT).instantiatePre(greeter());
    }

    @Test
    void theWrongKindIsNamed() throws IOException {
        Linker linker = new Linker(engine);
        linker.instance("log").func("x", SILENT);
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(greeter()));
        assertEquals("import `log` has the wrong type: expected func(msg: string), found instance", e.getMessage());
    }

    @Test
    void aCompatibleVersionServesAVersionedImport() {
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.3").func("get-value", returning(41));
        assertEquals(Optional.of(Value.u32(42)), run(linker.instantiate(load("versioned.wasm"))));
    }

    @Test
    void theExactVersionIsPreferred() {
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.3").func("get-value", returning(1));
        linker.instance("test:env/values@0.2.12").func("get-value", returning(11));
        linker.instance("test:env/values@0.2.20").func("get-value", returning(21));
        assertEquals(Optional.of(Value.u32(12)), run(linker.instantiate(load("versioned.wasm"))));
    }

    @Test
    void theHighestCompatibleVersionServesWhenThereIsNoExactOne() {
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.3").func("get-value", returning(1));
        linker.instance("test:env/values@0.2.20").func("get-value", returning(21));
        assertEquals(Optional.of(Value.u32(22)), run(linker.instantiate(load("versioned.wasm"))));
    }

    @Test
    void anIncompatibleVersionIsMissing() {
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.3.0").func("get-value", returning(1));
        linker.instance("test:env/values").func("get-value", returning(1));
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(load("versioned.wasm")));
        assertEquals("missing import `test:env/values@0.2.12`", e.getMessage());
    }

    @Test
    void aMissingFunctionOfAnInstanceIsNamed() {
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.12").func("get-other", returning(1));
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(load("versioned.wasm")));
        assertEquals("missing import `test:env/values@0.2.12#get-value`", e.getMessage());
        assertEquals("test:env/values@0.2.12", e.importName());
        assertEquals("test:env/values@0.2.12#get-value", e.path());
        assertEquals(UnlinkableException.Reason.MISSING, e.reason());
    }

    @Test
    void aHostResultOfTheWrongTypeIsReported() {
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.12").func("get-value", args -> Optional.of(Value.string("no")));
        Instance instance = linker.instantiate(load("versioned.wasm"));
        var e = assertThrows(ValueTypeException.class, () -> run(instance));
        assertTrue(e.getMessage().startsWith("host function for import `test:env/values@0.2.12#get-value` (func() -> u32)"
                + " returned a wrong result: expected u32, found string"), e.getMessage());
    }

    @Test
    void unknownImportsTrapWhenCalled() throws IOException {
        Component greeter = greeter();
        Instance instance = new Linker(engine).defineUnknownImportsAsTraps(greeter).instantiate(greeter);
        ComponentFunction add = instance.func("example:greeter/api#add").orElseThrow();
        assertEquals(Optional.of(Value.u32(3)), add.call(Value.u32(1), Value.u32(2)));
        var e = assertThrows(Trap.class, () -> instance.func("example:greeter/api#greet").orElseThrow().call(Value.string("x")));
        assertEquals("wasm trap: unknown import `log` called", e.getMessage());
        var poisoned = assertThrows(Trap.class, () -> add.call(Value.u32(1), Value.u32(2)));
        assertTrue(poisoned.getMessage().contains("cannot enter component instance"), poisoned.getMessage());
    }

    @Test
    void unknownFunctionsOfADefinedInstanceTrapToo() {
        Component versioned = load("versioned.wasm");
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.12");
        Instance instance = linker.defineUnknownImportsAsTraps(versioned).instantiate(versioned);
        var e = assertThrows(Trap.class, () -> run(instance));
        assertEquals("wasm trap: unknown import `test:env/values@0.2.12#get-value` called", e.getMessage());
    }

    @Test
    void anotherComponentInstanceSatisfiesAnInstanceImport() {
        Instance provider = new Linker(engine).instantiate(load("provider.wasm"));
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.12", provider.exportedInstance("test:env/values@0.2.3").orElseThrow());
        Instance consumer = linker.instantiate(load("versioned.wasm"));
        assertEquals(Optional.of(Value.u32(101)), run(consumer));
        assertEquals(Optional.of(Value.u32(102)), run(consumer), "the provider keeps its own state");
        assertEquals(Optional.of(Value.u32(102)),
                provider.func("test:env/values@0.2.3#get-value").orElseThrow().call());
    }

    @Test
    void aFunctionOfAnotherInstanceSatisfiesAFunctionImport() {
        Instance provider = new Linker(engine).instantiate(load("provider.wasm"));
        Linker linker = new Linker(engine);
        linker.instance("test:env/values@0.2.12")
                .func("get-value", provider.func("test:env/values@0.2.3#get-value").orElseThrow());
        assertEquals(Optional.of(Value.u32(101)), run(linker.instantiate(load("versioned.wasm"))));
    }

    @Test
    void resourcesOfAnotherComponentInstanceCrossTheBoundary() {
        Instance provider = new Linker(engine).instantiate(load("provider-resources.wasm"));
        Linker linker = new Linker(engine).instance("test:res/counters",
                provider.exportedInstance("test:res/counters").orElseThrow());
        Instance consumer = linker.instantiate(load("consumer-resources.wasm"));
        assertEquals(Optional.of(Value.u32(105)), consumer.func("test").orElseThrow().call(Value.u32(5)));
        assertEquals(Optional.of(Value.u32(107)), consumer.func("test").orElseThrow().call(Value.u32(7)));
    }

    @Test
    void aCoreModuleSatisfiesAModuleImport() {
        Component component = load("module-import.wasm");
        Linker linker = new Linker(engine).module("impl", engine.compileModule(TestComponents.resource("answer.wasm")));
        assertEquals(Optional.of(Value.s32(42)), linker.instantiate(component).func("answer").orElseThrow().call());
    }

    @Test
    void aModuleWithoutTheExpectedExportDoesNotLink() {
        Component component = load("module-import.wasm");
        byte[] empty = {0, 'a', 's', 'm', 1, 0, 0, 0};
        Linker linker = new Linker(engine).module("impl", engine.compileModule(empty));
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(component));
        assertEquals("import `impl` has the wrong type: the module has no export \"answer\" (func (result i32))", e.getMessage());
    }

    @Test
    void definingANameTwiceIsAnError() {
        Linker linker = new Linker(engine).func("log", SILENT);
        var e = assertThrows(IllegalArgumentException.class, () -> linker.func("log", SILENT));
        assertEquals("`log` is already defined", e.getMessage());
    }

    @Test
    void aComponentOfAnotherEngineIsRejected() throws IOException {
        Component greeter = greeter();
        var e = assertThrows(IllegalArgumentException.class, () -> new Linker(Engine.create()).func("log", SILENT).instantiatePre(greeter));
        assertTrue(e.getMessage().contains("another engine"), e.getMessage());
    }
}
