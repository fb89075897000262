package dev.weft.binary.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreModuleSummary;
import dev.weft.binary.ast.CoreModuleSummary.CoreImport;
import dev.weft.binary.ast.ExternDesc;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The real components of {@code shared/components}: C, Rust and three 12 MB JavaScript (SpiderMonkey) ones. */
class RealComponentsTest {

    private static Component decode(String dirAndFile) throws Exception {
        return ComponentDecoder.decode(Files.readAllBytes(DecodeTesting.shared().resolve("components").resolve(dirAndFile)));
    }

    private static List<CoreModuleSummary> modules(Component c) {
        List<CoreModuleSummary> out = new ArrayList<>();
        for (Section s : DecodeTesting.allSections(c)) {
            if (s instanceof Section.CoreModule m) out.add(CoreModuleReader.read(m.module()));
        }
        return out;
    }

    private static <T extends Section> List<T> sections(Component c, Class<T> type) {
        return c.sections().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyComponentAndCoreModuleDecodes() throws Exception {
        List<Path> files = DecodeTesting.realComponents();
        assertEquals(6, files.size(), "components found: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
            byte[] bytes = Files.readAllBytes(f);
            Component c = ComponentDecoder.decode(bytes);
            assertEquals(bytes.length, c.length());
            List<CoreModuleSummary> modules = modules(c);
            assertTrue(modules.size() >= 3, "core modules: " + modules.size());
            CoreModuleSummary main = modules.get(0);
            assertEquals(1, main.memories().size(), "the main module defines the memory");
            assertTrue(main.exports().stream().anyMatch(e -> e.name().equals("memory") && e.sort() == Sort.CORE_MEMORY),
                    "the main module exports its memory: " + main.exports());
            assertFalse(sections(c, Section.Exports.class).isEmpty());
        }));
    }

    @Test
    void kit() throws Exception {
        Component c = decode("kit/kit.wasm");
        List<Section.Import> imports = sections(c, Section.Imports.class).stream().flatMap(s -> s.imports().stream()).toList();
        assertEquals(1, imports.size());
        assertEquals("log", imports.get(0).name().name());
        assertInstanceOf(ExternDesc.Func.class, imports.get(0).type());

        List<Section.Export> exports = sections(c, Section.Exports.class).stream().flatMap(s -> s.exports().stream()).toList();
        assertEquals(List.of("bench:kit/api"), exports.stream().map(e -> e.name().name()).toList());
        assertEquals(Sort.INSTANCE, exports.get(0).target().sort());

        List<CoreModuleSummary> modules = modules(c);
        assertEquals(3, modules.size());
        CoreModuleSummary main = modules.get(0);
        assertEquals(1, main.imports().size());
        CoreImport log = main.imports().get(0);
        assertEquals("$root", log.module());
        assertEquals("log", log.name());
        assertInstanceOf(CoreExternType.Func.class, log.type());
        assertEquals(14, main.functions().size());
        List<String> exported = main.exports().stream().map(CoreModuleSummary.CoreExport::name).toList();
        for (String f : List.of("noop", "add", "echo-string", "sum-list", "checksum", "centroid", "repeat")) {
            assertTrue(exported.contains("bench:kit/api#" + f), "exports " + exported);
        }
        assertTrue(exported.contains("memory"));
        assertEquals(1, sections(c, Section.Names.class).size(), "kit has a component-name section");
        assertEquals(1, sections(c, Section.NestedComponent.class).size());
    }

    @Test
    void jsGreeter() throws Exception {
        Component c = decode("js-greeter/hello.wasm");
        var modules = sections(c, Section.CoreModule.class);
        assertTrue(modules.get(0).module().length() > 10_000_000, "the SpiderMonkey module is kept as a slice");
        CoreModuleSummary spiderMonkey = CoreModuleReader.read(modules.get(0).module());
        assertTrue(spiderMonkey.functions().size() > 10_000);
        assertTrue(spiderMonkey.imports().stream().anyMatch(i -> i.module().startsWith("wasi:")));
        List<String> exports = sections(c, Section.Exports.class).stream()
                .flatMap(s -> s.exports().stream()).map(e -> e.name().name()).toList();
        assertEquals(List.of("example:hello/greeter"), exports);
    }

    /** Not a benchmark (those are JMH's): a sanity print of how long the 12 MB component takes. */
    @Test
    void decodeTimeOfTheJsGreeter() throws Exception {
        byte[] bytes = Files.readAllBytes(DecodeTesting.shared().resolve("components/js-greeter/hello.wasm"));
        long best = Long.MAX_VALUE;
        long first = 0;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            Component c = ComponentDecoder.decode(bytes);
            modules(c);
            long d = System.nanoTime() - t;
            if (i == 0) first = d;
            best = Math.min(best, d);
        }
        System.out.printf("js-greeter/hello.wasm (%.1f MB): decode + read core modules: first %.2f ms, best of 10 %.2f ms%n",
                bytes.length / 1e6, first / 1e6, best / 1e6);
    }
}
