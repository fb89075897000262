package dev.weft.errors;

/** The bytes do not follow the binary format (decoding failed): what was expected and where. */
public final class MalformedComponentException extends ComponentFormatException {
    public MalformedComponentException(long offset, String reason) {
        super(offset, reason);
    }

    public MalformedComponentException(long offset, String reason, Throwable cause) {
        super(offset, reason, cause);
    }
}
