package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.runtime.value.Value;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Weft cannot run yet fails with a message naming it, as early as possible. */
class UnsupportedFeaturesTest {
    private final Engine engine = Engine.create();

    @Test
    void anUnimplementedBuiltinTrapsOnlyWhenCalled() {
        Component component = Component.fromBytes(engine, TestComponents.resource("unsupported-builtin.wasm"));
        Instance instance = new Linker(engine).instantiate(component);
        var e = assertThrows(Trap.class, () -> instance.func("run").orElseThrow().call());
        assertEquals("wasm trap: `canon waitable-set.new` is not supported by Weft yet", e.getMessage());
        Instance other = new Linker(engine).instantiate(component);
        assertEquals(Optional.of(Value.u32(1)), other.func("ok").orElseThrow().call());
    }

    @Test
    void theAsyncAbiIsRejectedWhenLoading() {
        var e = assertThrows(UnsupportedFeatureException.class,
                () -> Component.fromBytes(engine, TestComponents.resource("async-lower.wasm")));
        assertEquals("the async ABI (`canon lower` of async func() with the `async` option) is not supported yet", e.getMessage());
        assertEquals("async", e.feature());
    }

    @Test
    void importingAComponentIsRejectedWhenLoading() {
        var e = assertThrows(UnsupportedFeatureException.class,
                () -> Component.fromBytes(engine, TestComponents.resource("component-import.wasm")));
        assertEquals("importing a component (`c`) is not supported yet", e.getMessage());
        assertEquals("component-import", e.feature());
    }
}
