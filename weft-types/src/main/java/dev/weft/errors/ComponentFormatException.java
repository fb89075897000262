package dev.weft.errors;

/** A component (or core module) binary was rejected; {@link #offset()} is the byte offset where. */
public abstract sealed class ComponentFormatException extends WeftException
        permits MalformedComponentException, InvalidComponentException {
    private final long offset;
    private final String reason;

    protected ComponentFormatException(long offset, String reason) {
        super(reason + " (at offset 0x" + Long.toHexString(offset) + ")");
        this.offset = offset;
        this.reason = reason;
    }

    protected ComponentFormatException(long offset, String reason, Throwable cause) {
        super(reason + " (at offset 0x" + Long.toHexString(offset) + ")", cause);
        this.offset = offset;
        this.reason = reason;
    }

    /** Byte offset in the outermost binary where the problem was found. */
    public long offset() {
        return offset;
    }

    /** The message without the offset suffix. */
    public String reason() {
        return reason;
    }
}
