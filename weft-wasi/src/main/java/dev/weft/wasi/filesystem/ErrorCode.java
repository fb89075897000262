package dev.weft.wasi.filesystem;

import dev.weft.wasi.io.IoError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code wasi:filesystem/types.error-code}, in the WIT's case order. Also an {@link IoError.Code}, so
 * that {@code filesystem-error-code} recovers it from the {@code wasi:io/error} of a failed file
 * stream.
 */
public enum ErrorCode implements IoError.Code {
    ACCESS,
    WOULD_BLOCK,
    ALREADY,
    BAD_DESCRIPTOR,
    BUSY,
    DEADLOCK,
    QUOTA,
    EXIST,
    FILE_TOO_LARGE,
    ILLEGAL_BYTE_SEQUENCE,
    IN_PROGRESS,
    INTERRUPTED,
    INVALID,
    IO,
    IS_DIRECTORY,
    LOOP,
    TOO_MANY_LINKS,
    MESSAGE_SIZE,
    NAME_TOO_LONG,
    NO_DEVICE,
    NO_ENTRY,
    NO_LOCK,
    INSUFFICIENT_MEMORY,
    INSUFFICIENT_SPACE,
    NOT_DIRECTORY,
    NOT_EMPTY,
    NOT_RECOVERABLE,
    UNSUPPORTED,
    NO_TTY,
    NO_SUCH_DEVICE,
    OVERFLOW,
    NOT_PERMITTED,
    PIPE,
    READ_ONLY,
    INVALID_SEEK,
    TEXT_FILE_BUSY,
    CROSS_DEVICE;

    private final String witName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    @Override
    public String witName() {
        return witName;
    }

    /** The WIT case names, in order (the enum type's labels). */
    static List<String> witNames() {
        return Arrays.stream(values()).map(ErrorCode::witName).toList();
    }

    /** A {@link FilesystemException} carrying this code and {@code detail}. */
    FilesystemException error(String detail) {
        return new FilesystemException(this, detail);
    }
}
