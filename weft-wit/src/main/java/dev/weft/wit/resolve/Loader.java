package dev.weft.wit.resolve;

import dev.weft.wit.SourceFile;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.WitParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads WIT from the filesystem (WIT.md "Filesystem structure"): a root file, or a root
 * directory whose {@code *.wit} files form the root package and whose {@code deps/} entries
 * (each a file or a directory of {@code *.wit} files, not recursive) are dependencies.
 */
public final class Loader {
    private Loader() {}

    /** A root: a single file, or a directory with its {@code deps/}. */
    public static List<SourceUnit> root(Path path) {
        if (!Files.isDirectory(path)) return List.of(unit(path, true));
        List<SourceUnit> units = new ArrayList<>(packages(path.resolve("deps")));
        units.add(unit(path, true));
        return units;
    }

    /** Each entry of {@code dir} (a {@code *.wit} file or a directory) as a dependency package; none if no such dir. */
    public static List<SourceUnit> packages(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        List<SourceUnit> units = new ArrayList<>();
        for (Path p : list(dir)) {
            if (Files.isDirectory(p) || p.getFileName().toString().endsWith(".wit")) units.add(unit(p, false));
        }
        return units;
    }

    /** Whether {@code dir} has {@code *.wit} files of its own (so it is a package, not a directory of packages). */
    public static boolean hasWitFiles(Path dir) {
        return list(dir).stream().anyMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".wit"));
    }

    /** One package: a file, or the {@code *.wit} files of a directory (sorted by name). */
    public static SourceUnit unit(Path path, boolean root) {
        if (!Files.exists(path)) throw WitException.inFile(path.toString(), "no such file or directory", null);
        List<Ast.File> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (Path p : list(path)) {
                if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".wit")) files.add(parse(p));
            }
        } else {
            files.add(parse(path));
        }
        return new SourceUnit(files, root);
    }

    public static Ast.File parse(Path file) {
        return WitParser.parse(new SourceFile(file.toString(), read(file)));
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw WitException.inFile(file.toString(), "not valid UTF-8", e);
        } catch (IOException e) {
            throw WitException.inFile(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw WitException.inFile(dir.toString(), "cannot list directory: " + e.getMessage(), e);
        }
    }
}
