package dev.weft.errors;

/** The binary decodes but breaks a validation rule of the Component Model (or of core Wasm). */
public final class InvalidComponentException extends ComponentFormatException {
    public InvalidComponentException(long offset, String reason) {
        super(offset, reason);
    }

    public InvalidComponentException(long offset, String reason, Throwable cause) {
        super(offset, reason, cause);
    }
}
