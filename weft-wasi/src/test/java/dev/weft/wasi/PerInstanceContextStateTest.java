package dev.weft.wasi;

import static dev.weft.wasi.Calls.list;
import static dev.weft.wasi.Calls.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contexts of WASI linked once ({@link Wasi#addToLinker(dev.weft.runtime.Linker)}) keep their own
 * state: each calls its own functions ({@link WasiContext#function}, as the linked functions do),
 * made per module on first use.
 */
class PerInstanceContextStateTest {
    @TempDir
    Path dir;

    private static Value call(WasiContext ctx, String iface, String name, Value... args) {
        return ctx.function(Definitions.indexOf(iface, name)).call(List.of(args)).orElse(null);
    }

    @Test
    void environmentAndArgumentsArePerContext() {
        try (WasiContext a = WasiContext.create(WasiConfig.builder().args(List.of("a.wasm", "x")).env("WHO", "from-a").build());
             WasiContext b = WasiContext.create(WasiConfig.builder().args(List.of("b.wasm")).env("WHO", "from-b").build())) {
            String envB = call(b, "wasi:cli/environment", "get-environment").toString();
            String envA = call(a, "wasi:cli/environment", "get-environment").toString();
            assertTrue(envA.contains("from-a") && !envA.contains("from-b"), envA);
            assertTrue(envB.contains("from-b") && !envB.contains("from-a"), envB);
            assertEquals(2, ((ListValue) call(a, "wasi:cli/environment", "get-arguments")).size());
            assertEquals(1, ((ListValue) call(b, "wasi:cli/environment", "get-arguments")).size());
        }
    }

    @Test
    void noModuleIsMadeAfterClose() {
        WasiContext ctx = WasiContext.create(WasiConfig.denyAll());
        call(ctx, "wasi:cli/environment", "get-arguments"); // made before close: still callable
        ctx.close();
        call(ctx, "wasi:cli/environment", "get-arguments");
        Trap trap = assertThrows(Trap.class, () -> call(ctx, "wasi:random/random", "get-random-u64"));
        assertEquals("wasm trap: the WASI context of this instance is closed", trap.getMessage());
    }

    @Test
    void stdioIsPerContextAndFlushedAtItsClose() {
        WasiConfig.Capture outA = WasiConfig.Capture.create();
        WasiConfig.Capture outB = WasiConfig.Capture.create();
        WasiContext a = WasiContext.create(WasiConfig.builder().stdout(outA).build());
        WasiContext b = WasiContext.create(WasiConfig.builder().stdout(outB).build());
        ok(call(a, "wasi:io/streams", "[method]output-stream.blocking-write-and-flush",
                call(a, "wasi:cli/stdout", "get-stdout"), list("to a")));
        ok(call(b, "wasi:io/streams", "[method]output-stream.write", call(b, "wasi:cli/stdout", "get-stdout"), list("to b")));
        a.close();
        b.close();
        assertEquals("to a", outA.text());
        assertEquals("to b", outB.text());
    }

    @Test
    void preopensArePerContextAndCheckedAtCreate() {
        try (WasiContext a = WasiContext.create(WasiConfig.builder().preopen(dir, "/data", true).build());
             WasiContext b = WasiContext.create(WasiConfig.denyAll())) {
            assertEquals(1, ((ListValue) call(a, "wasi:filesystem/preopens", "get-directories")).size());
            assertEquals(0, ((ListValue) call(b, "wasi:filesystem/preopens", "get-directories")).size());
        }
        WasiConfig missing = WasiConfig.builder().preopen(dir.resolve("missing"), "/x", true).build();
        assertThrows(IllegalArgumentException.class, () -> WasiContext.create(missing));
    }

    @Test
    void insecureSeedsArePerContext() {
        try (WasiContext a = WasiContext.create(WasiConfig.denyAll()); WasiContext b = WasiContext.create(WasiConfig.denyAll())) {
            Value seedA = call(a, "wasi:random/insecure-seed", "insecure-seed");
            assertEquals(seedA, call(a, "wasi:random/insecure-seed", "insecure-seed"));
            assertNotEquals(seedA, call(b, "wasi:random/insecure-seed", "insecure-seed"));
        }
    }

    @Test
    void networkHostNamesAreResolvedAtCreate() {
        WasiConfig unresolvable = WasiConfig.builder().allowTcp("no-such-host.invalid", 80).build();
        assertThrows(IllegalArgumentException.class, () -> WasiContext.create(unresolvable));
    }

    @Test
    void closeActionsOfModulesMadeLaterRunAfterTheUsersAsBefore() {
        List<String> closed = new ArrayList<>();
        WasiContext ctx = WasiContext.create(WasiConfig.denyAll());
        ctx.onClose(() -> closed.add("first"));
        call(ctx, "wasi:sockets/instance-network", "instance-network");   // makes the sockets module now
        ctx.onClose(() -> closed.add("second"));
        ctx.close();
        assertEquals(List.of("second", "first"), closed);
        assertFalse(closed.isEmpty());
    }
}
