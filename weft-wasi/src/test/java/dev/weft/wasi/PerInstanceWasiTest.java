package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WASI linked once ({@link Wasi#addToLinker(Linker)}) with a {@link WasiContext} per instance: two
 * instances of one {@link InstancePre} with different configurations print their own.
 */
class PerInstanceWasiTest {
    private static final Engine ENGINE = Engine.create();

    @TempDir
    Path dir;

    private static InstancePre link(String component) throws IOException {
        Component c = Component.fromBytes(ENGINE, Files.readAllBytes(WasiTesting.component(component)));
        Linker linker = new Linker(ENGINE);
        Wasi.addToLinker(linker);
        return linker.instantiatePre(c);
    }

    @Test
    void twoInstancesOfOnePreSeeTheirOwnEnvironmentStdoutAndPreopens() throws IOException {
        InstancePre pre = link("c-hello/hello.wasm");
        Files.writeString(dir.resolve("input.txt"), "seven!\n");
        WasiConfig.Capture outA = WasiConfig.Capture.create();
        WasiConfig.Capture outB = WasiConfig.Capture.create();
        WasiContext a = WasiContext.create(WasiConfig.builder().args(List.of("a.wasm", "x")).env("GREETING", "from a")
                .preopen(dir, "/data", true).stdout(outA).build());
        WasiContext b = WasiContext.create(WasiConfig.builder().args(List.of("b.wasm")).env("GREETING", "from b")
                .stdout(outB).build());
        try (Instance ia = pre.instantiate(ENGINE.limits(), a); Instance ib = pre.instantiate(ENGINE.limits(), b)) {
            assertEquals(1, WasiCommand.run(ib));
            assertEquals(1, WasiCommand.run(ia));
        }
        assertTrue(outA.text().contains("argv[0]=a.wasm\nargv[1]=x\nGREETING=from a\nread 7 bytes: seven!\n"), outA.text());
        assertTrue(outB.text().contains("argv[0]=b.wasm\nGREETING=from b\nno /data/input.txt"), outB.text());
        assertTrue(!outB.text().contains("from a") && !outA.text().contains("from b"));
    }

    @Test
    void aWasiViewCarriesTheContextAndClosingTheInstanceClosesIt() throws IOException {
        InstancePre pre = link("rust-wordfreq/wordfreq.wasm");
        List<String> closed = new ArrayList<>();
        List<WasiConfig.Capture> outs = new ArrayList<>();
        for (String text : List.of("b a b", "c c c d")) {
            WasiConfig.Capture out = WasiConfig.Capture.create();
            outs.add(out);
            WasiContext ctx = WasiContext.create(WasiConfig.builder().args(List.of("wordfreq")).stdin(text.getBytes())
                    .stdout(out).build());
            ctx.onClose(() -> closed.add(text));
            record View(WasiContext wasi) implements WasiView, AutoCloseable {
                @Override
                public void close() {
                    wasi.close();
                }
            }
            try (Instance i = pre.instantiate(ENGINE.limits(), new View(ctx))) {
                assertEquals(0, WasiCommand.run(i));
            }
        }
        assertEquals(List.of("b a b", "c c c d"), closed);
        assertTrue(outs.get(0).text().startsWith("b 2\na 1\ndistinct=2 total=3\n"), outs.get(0).text());
        assertTrue(outs.get(1).text().startsWith("c 3\nd 1\ndistinct=2 total=4\n"), outs.get(1).text());
    }

    @Test
    void anInstanceWithoutAContextIsToldSo() throws IOException {
        InstancePre pre = link("rust-wordfreq/wordfreq.wasm");
        Instance instance = pre.instantiate();
        Exception e = assertThrows(Exception.class, () -> WasiCommand.run(instance));
        Throwable t = e;
        while (!(t instanceof IllegalStateException) && t.getCause() != null) t = t.getCause();
        assertTrue(t.getMessage().contains("WasiContext.create"), t.toString());
    }

    @Test
    void theOneContextLinkerStillWorks() throws IOException {
        WasiConfig.Capture out = WasiConfig.Capture.create();
        Component c = Component.fromBytes(ENGINE, Files.readAllBytes(WasiTesting.component("rust-wordfreq/wordfreq.wasm")));
        int code = WasiCommand.run(ENGINE, c, WasiConfig.builder().args(List.of("wordfreq")).stdin("z z".getBytes())
                .stdout(out).build());
        assertEquals(0, code);
        assertTrue(out.text().startsWith("z 2\n"), out.text());
    }

    @Test
    void everyConfigurationDefinesTheSameFunctions() {
        Definitions deny = Definitions.recording();
        Definitions rich = Definitions.recording();
        try (WasiContext a = new WasiContext(WasiConfig.denyAll());
             WasiContext b = new WasiContext(WasiConfig.builder().env("A", "b").inheritStdio()
                     .preopen(dir, "/d", false).build())) {
            for (WasiModule m : Wasi.modules()) {
                m.define(deny, a);
                m.define(rich, b);
            }
        }
        assertEquals(List.copyOf(deny.functionNames()), List.copyOf(rich.functionNames()));
    }
}
