package dev.weft.wasi.filesystem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One flag of {@code wasi:filesystem/types.descriptor-flags}, in the WIT's order. */
enum DescriptorFlag {
    READ,
    WRITE,
    FILE_INTEGRITY_SYNC,
    DATA_INTEGRITY_SYNC,
    REQUESTED_WRITE_SYNC,
    MUTATE_DIRECTORY;

    private final String witName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    String witName() {
        return witName;
    }

    static List<String> witNames() {
        return Arrays.stream(values()).map(DescriptorFlag::witName).toList();
    }
}
