package dev.weft.engine;

import dev.weft.errors.WeftException;

/**
 * Core code trapped (<a href="https://webassembly.github.io/spec/core/intro/overview.html#trap">spec</a>):
 * {@code unreachable}, an out-of-bounds memory or table access, integer division by zero, call stack
 * exhaustion, an indirect call type mismatch, or a trap while instantiating (start function, data
 * or element segment out of bounds). Every engine reports all of these as this one exception.
 *
 * <p>The message is {@code "wasm trap: " + reason()}, with the spec's wording for the reason
 * ({@code unreachable}, {@code integer divide by zero}, {@code out of bounds memory access}, ...),
 * so that {@code assert_trap} texts match it as a substring.
 */
public final class CoreTrap extends WeftException {
    private final String reason;

    public CoreTrap(String reason) {
        super("wasm trap: " + reason);
        this.reason = reason;
    }

    /** The engine's own exception is kept as the cause, for debugging only. */
    public CoreTrap(String reason, Throwable cause) {
        super("wasm trap: " + reason, cause);
        this.reason = reason;
    }

    /** What trapped, without the {@code "wasm trap: "} prefix. */
    public String reason() {
        return reason;
    }
}
