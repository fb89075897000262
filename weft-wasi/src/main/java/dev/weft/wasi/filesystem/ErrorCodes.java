package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/**
 * Java I/O failures as WASI {@link ErrorCode}s. The JDK reports most {@code errno}s as a plain
 * {@link FileSystemException} whose reason is the C library's {@code strerror} text, so those are
 * matched by that text (glibc and musl wording); anything unknown is {@code io}.
 */
final class ErrorCodes {
    /** {@code strerror} texts of the errnos the JDK does not give a class of their own. */
    private static final Map<String, ErrorCode> REASONS = Map.ofEntries(
            Map.entry("Is a directory", ErrorCode.IS_DIRECTORY),
            Map.entry("Not a directory", ErrorCode.NOT_DIRECTORY),
            Map.entry("Directory not empty", ErrorCode.NOT_EMPTY),
            Map.entry("Operation not permitted", ErrorCode.NOT_PERMITTED),
            Map.entry("Permission denied", ErrorCode.ACCESS),
            Map.entry("Read-only file system", ErrorCode.READ_ONLY),
            Map.entry("No space left on device", ErrorCode.INSUFFICIENT_SPACE),
            Map.entry("Disk quota exceeded", ErrorCode.QUOTA),
            Map.entry("File name too long", ErrorCode.NAME_TOO_LONG),
            Map.entry("Filename too long", ErrorCode.NAME_TOO_LONG),
            Map.entry("Invalid argument", ErrorCode.INVALID),
            Map.entry("Invalid cross-device link", ErrorCode.CROSS_DEVICE),
            Map.entry("Cross-device link", ErrorCode.CROSS_DEVICE),
            Map.entry("Too many levels of symbolic links", ErrorCode.LOOP),
            Map.entry("Symbolic link loop", ErrorCode.LOOP),
            Map.entry("Too many links", ErrorCode.TOO_MANY_LINKS),
            Map.entry("Device or resource busy", ErrorCode.BUSY),
            Map.entry("Resource busy", ErrorCode.BUSY),
            Map.entry("Text file busy", ErrorCode.TEXT_FILE_BUSY),
            Map.entry("File too large", ErrorCode.FILE_TOO_LARGE),
            Map.entry("Bad file descriptor", ErrorCode.BAD_DESCRIPTOR),
            Map.entry("No such file or directory", ErrorCode.NO_ENTRY),
            Map.entry("File exists", ErrorCode.EXIST),
            Map.entry("No such device", ErrorCode.NO_SUCH_DEVICE),
            Map.entry("No such device or address", ErrorCode.NO_DEVICE),
            Map.entry("Illegal seek", ErrorCode.INVALID_SEEK),
            Map.entry("Broken pipe", ErrorCode.PIPE),
            Map.entry("Value too large for defined data type", ErrorCode.OVERFLOW),
            Map.entry("Out of memory", ErrorCode.INSUFFICIENT_MEMORY),
            Map.entry("Cannot allocate memory", ErrorCode.INSUFFICIENT_MEMORY),
            Map.entry("Interrupted system call", ErrorCode.INTERRUPTED),
            Map.entry("Operation not supported", ErrorCode.UNSUPPORTED),
            Map.entry("Function not implemented", ErrorCode.UNSUPPORTED));

    private ErrorCodes() {}

    /** The code for a failed file operation. */
    static ErrorCode of(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> ErrorCode.NO_ENTRY;
            case FileAlreadyExistsException x -> ErrorCode.EXIST;
            case DirectoryNotEmptyException x -> ErrorCode.NOT_EMPTY;
            case AccessDeniedException x -> ErrorCode.ACCESS;
            case NotDirectoryException x -> ErrorCode.NOT_DIRECTORY;
            case NotLinkException x -> ErrorCode.INVALID;
            case FileSystemLoopException x -> ErrorCode.LOOP;
            case AtomicMoveNotSupportedException x -> ErrorCode.CROSS_DEVICE;
            case FileSystemException x -> ofReason(x.getReason());
            case ClosedChannelException x -> ErrorCode.BAD_DESCRIPTOR;
            default -> ofReason(e.getMessage());        // FileChannel reports errno as a bare IOException
        };
    }

    /** The code for an unchecked failure of a file operation (a bad path, an unsupported option). */
    static ErrorCode of(RuntimeException e) {
        return switch (e) {
            case FilesystemException x -> x.code();
            case UncheckedIOException x -> of(x.getCause());
            case InvalidPathException x -> ErrorCode.INVALID;
            case NonReadableChannelException x -> ErrorCode.BAD_DESCRIPTOR;
            case NonWritableChannelException x -> ErrorCode.BAD_DESCRIPTOR;
            case UnsupportedOperationException x -> ErrorCode.UNSUPPORTED;
            case SecurityException x -> ErrorCode.ACCESS;
            default -> ErrorCode.IO;
        };
    }

    /** A {@link FilesystemException} for {@code e}, its message kept for tests and logs. */
    static FilesystemException exception(IOException e) {
        return new FilesystemException(of(e), String.valueOf(e.getMessage()));
    }

    /** By the exact text, else by a known text it starts with (the JDK extends ELOOP's). */
    private static ErrorCode ofReason(String reason) {
        if (reason == null) return ErrorCode.IO;
        ErrorCode exact = REASONS.get(reason);
        if (exact != null) return exact;
        for (Map.Entry<String, ErrorCode> e : REASONS.entrySet()) {
            if (reason.startsWith(e.getKey())) return e.getValue();
        }
        return ErrorCode.IO;
    }
}
