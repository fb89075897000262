package dev.weft.cli;

import java.nio.file.Path;

/** Where the command line keeps compiled code: {@code $XDG_CACHE_HOME/weft}, else {@code ~/.cache/weft}. */
final class CacheDirectory {
    private CacheDirectory() {}

    static Path standard() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("weft");
    }
}
