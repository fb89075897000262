package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Run-time resource identity across components: registering only an instance's resource types
 * and core modules for later imports (Wasmtime's wast {@code register}), host functions whose types
 * name another component's resource, and generative resource types.
 */
class ResourceLinkingTest {
    private final Engine engine = Engine.create();

    private Component load(String resource) {
        return Component.fromBytes(engine, TestComponents.resource(resource));
    }

    private Instance provider() {
        return new Linker(engine).instantiate(load("provider-resources.wasm"));
    }

    private static OwnHandle make(Instance provider, long rep) {
        return assertInstanceOf(OwnHandle.class,
                provider.func("test:res/counters#make").orElseThrow().call(Value.u32(rep)).orElseThrow());
    }

    /** A linker offering only {@code provider}'s resource type, and {@code observe} calling its {@code get}. */
    private Linker userLinker(Instance provider, List<Value> observed) {
        RuntimeResourceType counter = provider.resourceType("test:res/counters#counter").orElseThrow();
        ComponentFunction get = provider.func("test:res/counters#get").orElseThrow();
        Linker linker = new Linker(engine);
        linker.instance("test:res/counters").resource("counter", counter);
        linker.instance("test:host/observer").func("observe", args -> {
            observed.add(args.getFirst());
            return get.call(args.getFirst());
        });
        return linker;
    }

    @Test
    void aRegisteredResourceTypeKeepsItsIdentityInTheImporter() {
        Instance provider = provider();
        RuntimeResourceType counter = provider.resourceType("test:res/counters#counter").orElseThrow();
        assertTrue(!counter.isHost());
        assertTrue(counter.toString().startsWith("resource `"), counter.toString());
        List<Value> observed = new ArrayList<>();
        Instance user = userLinker(provider, observed).instantiate(load("resource-user.wasm"));
        ComponentFunction observeAndDrop = user.func("observe-and-drop").orElseThrow();
        assertEquals(counter.ownType(), observeAndDrop.type().params().getFirst().type());

        assertEquals(Optional.of(Value.u32(105)), observeAndDrop.call(make(provider, 5)));
        BorrowHandle seen = assertInstanceOf(BorrowHandle.class, observed.getFirst());
        assertSame(counter.type(), seen.type().resource(),
                "the host function's type names the provider's resource, as the guest lowered it");
        assertEquals(counter, provider.resourceType("test:res/counters#counter").orElseThrow());
    }

    @Test
    void anotherInstancesResourceTypeIsAnotherType() {
        Instance provider = provider();
        Instance other = provider();
        assertNotEquals(provider.resourceType("test:res/counters#counter"), other.resourceType("test:res/counters#counter"));
        Instance user = userLinker(other, new ArrayList<>()).instantiate(load("resource-user.wasm"));
        var e = assertThrows(ValueTypeException.class,
                () -> user.func("observe-and-drop").orElseThrow().call(make(provider, 5)));
        assertTrue(e.getMessage().startsWith("wrong arguments for `observe-and-drop`"), e.getMessage());
    }

    @Test
    void onlyResourceTypesAndModulesAreLookedUpAsSuch() {
        Instance provider = provider();
        assertEquals(Optional.empty(), provider.resourceType("test:res/counters#make"));
        assertEquals(Optional.empty(), provider.resourceType("test:res/counters#missing"));
        assertEquals(Optional.empty(), provider.resourceType("test:res/counters"));
        assertEquals(Optional.empty(), provider.coreModule("test:res/counters#counter"));
        assertTrue(provider.exportedInstance("test:res/counters").orElseThrow().resourceType("counter").isPresent());
    }

    @Test
    void anExportedCoreModuleSatisfiesAModuleImport() {
        Instance exporter = new Linker(engine).instantiate(load("module-exporter.wasm"));
        CoreModule module = exporter.coreModule("answer-module").orElseThrow();
        Instance importer = new Linker(engine).module("impl", module).instantiate(load("module-import.wasm"));
        assertEquals(Optional.of(Value.s32(42)), importer.func("answer").orElseThrow().call());
    }

    @Test
    void aResourceDeclaredEqualToAnotherNeedsNoDefinitionButAGivenOneMustBeThatOne() {
        Instance provider = provider();
        Component user = load("resource-user.wasm");
        Linker same = userLinker(provider, new ArrayList<>());
        same.instance("test:host/observer").resource("counter", provider.resourceType("test:res/counters#counter").orElseThrow());
        same.instantiatePre(user);

        Linker other = userLinker(provider, new ArrayList<>());
        other.instance("test:host/observer").resource("counter", HostResource.of("counter", Object.class));
        var e = assertThrows(UnlinkableException.class, () -> other.instantiatePre(user));
        assertEquals("import `test:host/observer#counter` has the wrong type: expected the resource type it is declared"
                + " equal to, found another resource type", e.getMessage());
    }

    @Test
    void aResourceTypeOfTheWrongKindDoesNotLink() {
        Linker linker = new Linker(engine);
        linker.instance("test:res/counters").func("counter", args -> Optional.empty());
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(load("resource-user.wasm")));
        assertEquals("import `test:res/counters#counter` has the wrong type: expected resource, found func", e.getMessage());
    }

    @Test
    void aNestedComponentInstantiatedTwiceDefinesTwoTypes() {
        Instance instance = new Linker(engine).instantiate(load("nested-twice.wasm"));
        RuntimeResourceType one = instance.resourceType("one#r").orElseThrow();
        RuntimeResourceType two = instance.resourceType("two#r").orElseThrow();
        assertNotEquals(one, two);
        OwnHandle made = assertInstanceOf(OwnHandle.class,
                instance.func("one#make").orElseThrow().call(Value.u32(7)).orElseThrow());
        assertSame(one.type(), made.type().resource());
        assertEquals(Optional.of(Value.u32(7)),
                instance.func("one#get").orElseThrow().call(Value.borrow(one.borrowType(), made.handle())));
        assertThrows(ValueTypeException.class, () -> Value.borrow(two.borrowType(), made.handle()),
                "a handle of one's type is no handle of two's");
        assertThrows(ValueTypeException.class,
                () -> instance.func("two#get").orElseThrow().call(Value.borrow(one.borrowType(), made.handle())));
    }

    @Test
    void everyInstantiationDefinesNewTypes() {
        InstancePre pre = new Linker(engine).instantiatePre(load("nested-twice.wasm"));
        Instance first = pre.instantiate();
        Instance second = pre.instantiate();
        assertNotEquals(first.resourceType("one#r"), second.resourceType("one#r"));
        assertEquals(first.resourceType("one#r").orElseThrow().ownType(),
                first.func("one#make").orElseThrow().type().result().orElseThrow());
    }
}
