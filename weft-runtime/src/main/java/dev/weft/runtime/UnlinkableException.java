package dev.weft.runtime;

import dev.weft.errors.WeftException;

/**
 * A component's imports cannot be satisfied by a {@link Linker}: an import is missing, or what was
 * defined for it has the wrong kind or type. The message names the import and the mismatch, e.g.
 * {@code import `log` has the wrong type: expected func(msg: string), found func()}.
 */
public final class UnlinkableException extends WeftException {
    private final String importName;

    public UnlinkableException(String importName, String message) {
        super(message);
        this.importName = importName;
    }

    /** The import (of the root component) that could not be linked. */
    public String importName() {
        return importName;
    }
}
