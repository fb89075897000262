package dev.weft.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteFileTest {
    @TempDir
    Path dir;

    @Test
    void namesFilesWithTheirDirectoryWhateverRootIsGiven() {
        Fixture fixture = new Fixture(dir.resolve("component-model"));
        fixture.json("validation/b.json");
        fixture.json("validation/a.json");
        fixture.json("binary/binary.json");
        fixture.json("values/deep/x.json");
        fixture.write("validation/a.0.wasm", "");
        fixture.write("nyi.txt", "");

        assertEquals(List.of("binary/binary.json", "validation/a.json", "validation/b.json", "values/deep/x.json"),
                names(fixture.dir()));
        assertEquals(List.of("validation/a.json", "validation/b.json"), names(fixture.dir().resolve("validation")));
        assertEquals(List.of("validation/b.json"), names(fixture.dir().resolve("validation/b.json")));
    }

    @Test
    void followsALinkedSuiteDirectory() throws IOException {
        Fixture fixture = new Fixture(dir.resolve("real"));
        fixture.json("validation/a.json");
        Path link = Files.createSymbolicLink(dir.resolve("linked"), fixture.dir());
        assertEquals(List.of("validation/a.json"), names(link));
    }

    private static List<String> names(Path root) {
        return SuiteFile.find(root).stream().map(SuiteFile::displayName).toList();
    }
}
