package dev.weft.wasi.filesystem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One flag of {@code wasi:filesystem/types.open-flags}, in the WIT's order. */
enum OpenFlag {
    CREATE,
    DIRECTORY,
    EXCLUSIVE,
    TRUNCATE;

    private final String witName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    String witName() {
        return witName;
    }

    static List<String> witNames() {
        return Arrays.stream(values()).map(OpenFlag::witName).toList();
    }
}
