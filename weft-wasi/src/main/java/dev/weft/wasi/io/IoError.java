package dev.weft.wasi.io;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code wasi:io/error} {@code error} resource stands for: a message for
 * {@code to-debug-string}, and optionally a code that {@code wasi:filesystem/types.filesystem-error-code}
 * or {@code wasi:sockets/network.network-error-code} can recover.
 *
 * @param debugMessage the text of {@code to-debug-string}
 * @param code the filesystem or sockets error code, if the error came from there
 */
public record IoError(String debugMessage, Optional<Code> code) {
    /**
     * An error code of another WASI package, e.g. the filesystem's {@code error-code} enum; implemented
     * by those packages' Java enums, so that {@code filesystem-error-code} can test
     * {@code code instanceof FilesystemErrorCode}.
     */
    public interface Code {
        /** The WIT case name, e.g. {@code no-entry}. */
        String witName();
    }

    public IoError {
        Objects.requireNonNull(debugMessage, "debugMessage");
        Objects.requireNonNull(code, "code");
    }

    /** An error without a code. */
    public static IoError of(String debugMessage) {
        return new IoError(debugMessage, Optional.empty());
    }

    /** An error with a code. */
    public static IoError of(String debugMessage, Code code) {
        return new IoError(debugMessage, Optional.of(code));
    }

    /** An error from a Java I/O exception (its class and message), without a code. */
    public static IoError of(IOException e) {
        String m = e.getMessage();
        return of(e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }
}
