package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.kit.Kit;
import com.example.kit.KitImports;
import com.example.kit.bench.kit.Api;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kit through the bindings weft:generate wrote into target/generated-sources/weft. */
class KitTest {
    @Test
    void callsKit() throws Exception {
        Engine engine = Engine.create();
        Component component = Component.fromFile(engine, Path.of(System.getProperty("weft.shared"), "components/kit/kit.wasm"));
        Linker linker = new Linker(engine);
        List<String> logs = new ArrayList<>();
        KitImports.addToLinker(linker, logs::add);
        Kit kit = Kit.instantiate(linker, component);
        assertEquals(5, kit.api().add(2, 3));
        assertEquals(new Api.Point(2, 3), kit.api().centroid(List.of(new Api.Point(1, 2), new Api.Point(3, 4))));
        assertEquals("ééé", kit.api().repeat('é', 3));
        assertEquals(List.of("repeat called"), logs);
    }
}
