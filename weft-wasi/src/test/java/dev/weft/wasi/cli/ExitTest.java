package dev.weft.wasi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import dev.weft.wasi.Calls;
import dev.weft.wasi.WasiExit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code wasi:cli/exit}: unwinds with a {@link WasiExit} carrying the code. */
class ExitTest {
    private static final ResultType UNIT = new ResultType(Optional.empty(), Optional.empty());
    private final Calls calls = new Calls();

    private int exitCode(String function, Value arg) {
        return assertThrows(WasiExit.class, () -> calls.call("wasi:cli/exit", function, arg)).code();
    }

    @Test
    void exitOkIs0AndErrIs1() {
        assertEquals(0, exitCode("exit", Value.ok(UNIT)));
        assertEquals(1, exitCode("exit", Value.err(UNIT)));
    }

    @Test
    void exitWithCodeCarriesTheCode() {
        assertEquals(42, exitCode("exit-with-code", Value.u8(42)));
        assertEquals(255, exitCode("exit-with-code", Value.u8(255)));
    }
}
