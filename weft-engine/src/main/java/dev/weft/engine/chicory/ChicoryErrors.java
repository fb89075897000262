package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.WasmException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.UnlinkableException;
import dev.weft.engine.CoreDeadline;
import dev.weft.engine.CoreLinkException;
import dev.weft.engine.CoreTrap;
import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import java.nio.BufferUnderflowException;

/**
 * Turns Chicory's exceptions into the seam's. Chicory reports every trap as some
 * {@link ChicoryException} ({@code TrapException}, {@code WasmRuntimeException}, or the base class
 * itself for "call stack exhausted"), and an uncaught Wasm exception as {@link WasmException};
 * a host function's own exception passes through Chicory untouched, so it is never a trap.
 */
final class ChicoryErrors {
    /** Chicory's prefix on every MalformedException that leaves {@code Parser.parse}. */
    private static final String PARSER_PREFIX = "section size mismatch, unexpected end of section or function, ";

    private ChicoryErrors() {}

    /** A failure while decoding or validating. Chicory gives no byte offset, so it is 0. */
    static ComponentFormatException format(Throwable e) {
        return switch (e) {
            case InvalidException i -> new InvalidComponentException(0, "invalid core module: " + message(i), e);
            case MalformedException m -> new MalformedComponentException(0, "malformed core module: " + malformed(m), e);
            case StackOverflowError s -> new MalformedComponentException(0, "malformed core module: nesting too deep", e);
            case BufferUnderflowException u -> new MalformedComponentException(0, "malformed core module: unexpected end", e);
            case IndexOutOfBoundsException i -> new MalformedComponentException(0,
                    "malformed core module: a count, index or length is out of range (" + message(i) + ")", e);
            default -> new MalformedComponentException(0, "malformed core module: " + message(e), e);
        };
    }

    /**
     * Whether Chicory itself threw {@code e}: while code runs, that means core code trapped; anything
     * else came from a host function and must pass unchanged.
     */
    static boolean isChicory(Throwable e) {
        return e instanceof ChicoryException || e instanceof WasmException;
    }

    /** A trap raised while core code ran. */
    static CoreTrap trap(RuntimeException e) {
        return new CoreTrap(trapReason(e), e);
    }

    /** A failure while instantiating: link errors, then traps (start function, segments). */
    static RuntimeException instantiation(RuntimeException e) {
        return switch (e) {
            case UnlinkableException u -> CoreLinkException.other("cannot link core module: " + message(u));
            case InvalidException i -> new InvalidComponentException(0, "invalid core module: " + message(i), e);
            default -> trap(e);
        };
    }

    private static String trapReason(RuntimeException e) {
        if (e instanceof UninstantiableException && e.getCause() instanceof RuntimeException cause && isChicory(cause)) {
            return trapReason(cause);
        }
        if (e instanceof ChicoryInterruptedException) {
            String deadline = CoreDeadline.expiredReason();
            return deadline != null ? deadline : "interrupted";
        }
        if (e instanceof WasmException) {
            return "uncaught wasm exception";
        }
        String m = message(e);
        // Chicory words a few traps its own way; use the spec's words.
        if (m.startsWith("Trapped on unreachable")) {
            return "wasm `unreachable` instruction executed";
        } else if (m.startsWith("Trapped on call_ref on null")) {
            return "null function reference";
        } else if (m.startsWith("Trapped on ref_as_non_null")) {
            return "null reference";
        }
        return m;
    }

    private static String malformed(MalformedException e) {
        String m = message(e);
        if (m.startsWith(PARSER_PREFIX) && e.getCause() instanceof MalformedException inner) {
            return malformed(inner);
        }
        return m;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
