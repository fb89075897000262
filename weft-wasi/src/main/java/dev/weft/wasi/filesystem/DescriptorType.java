package dev.weft.wasi.filesystem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code wasi:filesystem/types.descriptor-type}, in the WIT's case order. */
enum DescriptorType {
    UNKNOWN,
    BLOCK_DEVICE,
    CHARACTER_DEVICE,
    DIRECTORY,
    FIFO,
    SYMBOLIC_LINK,
    REGULAR_FILE,
    SOCKET;

    private final String witName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    String witName() {
        return witName;
    }

    static List<String> witNames() {
        return Arrays.stream(values()).map(DescriptorType::witName).toList();
    }
}
