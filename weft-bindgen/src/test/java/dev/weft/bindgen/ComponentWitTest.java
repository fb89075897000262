package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ComponentBinary;
import dev.weft.wit.Resolve;
import dev.weft.wit.Wit;
import dev.weft.wit.WitPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The WIT of real components, decoded from their types; pinned by golden files and re-parsed. */
class ComponentWitTest {

    static ComponentWit.Decoded decode(Path wasm) throws Exception {
        return ComponentWit.decode(ComponentBinary.validate(Files.readAllBytes(wasm)).type());
    }

    static String wit(String component, String file) throws Exception {
        ComponentWit.Decoded d = decode(Golden.shared().resolve("components").resolve(component).resolve(file));
        String text = WitPrinter.printAll(d.resolve());
        // what is printed is WIT that resolves to the same model
        Resolve again = Wit.resolveText(component + ".wit", text);
        assertEquals(text, WitPrinter.printAll(again));
        return text;
    }

    @Test
    void kit() throws Exception {
        String text = wit("kit", "kit.wasm");
        Golden.check("wit/kit.wit", text);
        assertTrue(text.contains("import log: func(msg: string);"), text);
        assertTrue(text.contains("export bench:kit/api;"), text);
        assertTrue(text.contains("record point {"), text);
        assertTrue(text.contains("centroid: func(pts: list<point>) -> point;"), text);
    }

    @Test
    void jsGreeter() throws Exception {
        String text = wit("js-greeter", "hello.wasm");
        Golden.check("wit/js-greeter.wit", text);
        assertTrue(text.contains("greet: func(who: person) -> string;"), text);
        assertTrue(text.contains("use wasi:io/poll@0.2.12.{pollable};"), text);
    }
}
