package dev.weft.testsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A conformance JSON file found on disk, with the name reports use for it.
 *
 * @param path        the file
 * @param displayName its path relative to the directory given, always with the directory holding it,
 *                    '/'-separated: {@code validation/abi.json} whether the suite root, its
 *                    {@code validation} directory or the file itself was given
 */
public record SuiteFile(Path path, String displayName) {

    /** Whether {@code path} names a conformance JSON file (by its extension). */
    public static boolean isJson(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().endsWith(".json");
    }

    /**
     * The conformance files under {@code root}: the file itself, or every {@code *.json} below a
     * directory (recursively), sorted by display name.
     *
     * @throws UncheckedIOException when the directory cannot be walked
     */
    public static List<SuiteFile> find(Path root) {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            return List.of(new SuiteFile(base, withParent(base)));
        }
        try (Stream<Path> walk = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> Files.isRegularFile(p) && isJson(p))
                    .map(p -> new SuiteFile(p, displayName(base, p)))
                    .sorted(Comparator.comparing(SuiteFile::displayName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static String displayName(Path base, Path file) {
        Path relative = base.relativize(file);
        return relative.getNameCount() == 1 ? withParent(file) : slashes(relative);
    }

    private static String withParent(Path file) {
        Path parent = file.getParent();
        Path name = file.getFileName();
        return parent == null || parent.getFileName() == null
                ? String.valueOf(name)
                : parent.getFileName() + "/" + name;
    }

    private static String slashes(Path relative) {
        StringBuilder out = new StringBuilder();
        for (Path part : relative) {
            out.append(out.isEmpty() ? "" : "/").append(part);
        }
        return out.toString();
    }
}
