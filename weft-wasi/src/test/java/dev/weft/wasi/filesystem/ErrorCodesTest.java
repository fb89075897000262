package dev.weft.wasi.filesystem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Java's I/O exceptions, and the errno texts inside them, as WASI error codes. */
class ErrorCodesTest {
    private static FileSystemException errno(String reason) {
        return new FileSystemException("f", null, reason);
    }

    @Test
    void exceptionClasses() {
        assertEquals(ErrorCode.NO_ENTRY, ErrorCodes.of(new NoSuchFileException("f")));
        assertEquals(ErrorCode.EXIST, ErrorCodes.of(new FileAlreadyExistsException("f")));
        assertEquals(ErrorCode.NOT_EMPTY, ErrorCodes.of(new DirectoryNotEmptyException("f")));
        assertEquals(ErrorCode.ACCESS, ErrorCodes.of(new AccessDeniedException("f")));
        assertEquals(ErrorCode.BAD_DESCRIPTOR, ErrorCodes.of(new ClosedChannelException()));
        assertEquals(ErrorCode.INVALID, ErrorCodes.of(new InvalidPathException("a", "bad")));
        assertEquals(ErrorCode.EXIST, ErrorCodes.of(new UncheckedIOException(new FileAlreadyExistsException("f"))));
    }

    @Test
    void errnoTexts() {
        assertEquals(ErrorCode.IS_DIRECTORY, ErrorCodes.of(errno("Is a directory")));
        assertEquals(ErrorCode.NOT_DIRECTORY, ErrorCodes.of(errno("Not a directory")));
        assertEquals(ErrorCode.LOOP, ErrorCodes.of(errno("Too many levels of symbolic links or unable to access attributes of symbolic link")));
        assertEquals(ErrorCode.READ_ONLY, ErrorCodes.of(errno("Read-only file system")));
        assertEquals(ErrorCode.NO_DEVICE, ErrorCodes.of(errno("No such device or address")));
        assertEquals(ErrorCode.NO_SUCH_DEVICE, ErrorCodes.of(errno("No such device")));
        assertEquals(ErrorCode.INVALID, ErrorCodes.of(new IOException("Invalid argument")), "FileChannel's bare IOException");
        assertEquals(ErrorCode.IO, ErrorCodes.of(errno("Something new")));
        assertEquals(ErrorCode.IO, ErrorCodes.of(new IOException((String) null)));
    }
}
