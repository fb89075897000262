package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * WASI defined at 0.2.12 serves imports of older 0.2.x versions ({@code older-versions.wat}: random
 * at 0.2.3, clocks and exit at 0.2.0), through a real component and the canonical ABI.
 */
class SemverLinkingTest {
    private static final Engine ENGINE = Engine.create();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SemverLinkingTest.class.getResourceAsStream(name)) {
            if (in == null) throw new AssertionError("missing test resource dev/weft/wasi/" + name);
            return in.readAllBytes();
        }
    }

    @Test
    void olderImportsLinkAndWork() throws IOException {
        Component component = Component.fromBytes(ENGINE, resource("older-versions.wasm"));
        Linker linker = new Linker(ENGINE);
        try (WasiContext ctx = Wasi.addToLinker(linker, WasiConfig.denyAll())) {
            Instance instance = linker.instantiate(component);
            assertInstanceOf(U64.class, instance.func("random").orElseThrow().call().orElseThrow());
            assertEquals(Optional.of(Value.u64(1)), instance.func("resolution").orElseThrow().call());
            WasiExit exit = assertThrows(WasiExit.class, () -> instance.func("quit").orElseThrow().call(Value.u8(7)));
            assertEquals(7, exit.code());
        }
    }
}
