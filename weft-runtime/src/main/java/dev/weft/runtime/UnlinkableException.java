package dev.weft.runtime;

import java.util.Objects;

import dev.weft.errors.WeftException;

/**
 * A component's imports cannot be satisfied by a {@link Linker}: an import is missing, or what was
 * defined for it has the wrong kind or type. The message names the import and the mismatch, e.g.
 * {@code import `log` has the wrong type: expected func(msg: string), found func()}.
 */
public final class UnlinkableException extends WeftException {
    /** Why the import could not be linked. */
    public enum Reason {
        /** Nothing was defined for the import (or for one of the items of an imported instance). */
        MISSING,
        /** What was defined has another kind or type than the import. */
        WRONG_TYPE
    }

    private final String importName;
    private final String path;
    private final Reason reason;

    /**
     * @param importName the import of the root component, e.g. {@code wasi:cli/exit@0.2.12}
     * @param path the item that failed, the import itself or inside it, e.g. {@code wasi:cli/exit@0.2.12#exit}
     */
    public UnlinkableException(String importName, String path, Reason reason, String message) {
        super(message);
        this.importName = Objects.requireNonNull(importName, "importName");
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** An import that is missing altogether: {@code missing import `NAME`}. */
    public static UnlinkableException missing(String importName, String path) {
        return new UnlinkableException(importName, path, Reason.MISSING, "missing import `" + path + "`");
    }

    /** The import (of the root component) that could not be linked. */
    public String importName() {
        return importName;
    }

    /** The item that failed: {@link #importName()} or an item inside it ({@code IMPORT#FUNC}, {@code IMPORT#INSTANCE/FUNC}). */
    public String path() {
        return path;
    }

    public Reason reason() {
        return reason;
    }
}
