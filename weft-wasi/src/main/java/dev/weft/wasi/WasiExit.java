package dev.weft.wasi;

/**
 * Thrown by {@code wasi:cli/exit.exit} and {@code exit-with-code} to end the guest's run: the host
 * function throws it, it unwinds the guest, and the run driver ({@link WasiCommand}) turns it into
 * the exit code. An embedder calling guest functions directly catches it likewise.
 */
public final class WasiExit extends RuntimeException {
    private final int code;

    public WasiExit(int code) {
        super("the guest exited with code " + code, null, false, false);
        this.code = code;
    }

    /** The exit code: 0 for {@code exit(ok)}, 1 for {@code exit(err)}, else the guest's code. */
    public int code() {
        return code;
    }
}
