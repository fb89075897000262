package dev.weft.wasi.filesystem;

import java.util.Objects;

/**
 * A filesystem operation failed with a WASI {@link ErrorCode}. The bindings turn it into the
 * {@code error(code)} of the function's {@code result}: it never reaches the guest or the embedder
 * as a Java exception. The message says what failed, for tests and logs; the guest sees the code only.
 */
public final class FilesystemException extends RuntimeException {
    private final ErrorCode code;

    public FilesystemException(ErrorCode code, String detail) {
        super(code.witName() + ": " + detail, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
