package dev.weft.runtime;

import dev.weft.engine.CoreTrap;
import dev.weft.errors.WeftException;

/**
 * A component trapped: the canonical ABI found a guest breaking one of its rules (a {@code trap_if}
 * of <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md">CanonicalABI.md</a>),
 * or core code trapped inside a component call. The component instances the call had entered are
 * poisoned: calling into them again traps with {@code cannot enter component instance}.
 *
 * <p>The message is {@code "wasm trap: " + reason()}, the same shape as {@link CoreTrap}'s, so that
 * a core trap keeps its message when it crosses a component boundary. Reasons use Wasmtime's words
 * where the conformance tests match on them ({@code unaligned pointer}, {@code unknown handle index 5},
 * {@code cannot leave component instance}, ...).
 */
public final class Trap extends WeftException {
    private final String reason;

    public Trap(String reason) {
        super("wasm trap: " + reason);
        this.reason = reason;
    }

    public Trap(String reason, Throwable cause) {
        super("wasm trap: " + reason, cause);
        this.reason = reason;
    }

    /** The trap of core code, as a component trap with the same message (the spec's {@code call_and_trap_on_throw}). */
    public static Trap fromCore(CoreTrap trap) {
        return new Trap(trap.reason(), trap);
    }

    /** What trapped, without the {@code "wasm trap: "} prefix. */
    public String reason() {
        return reason;
    }
}
