package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.CoreEngine.Execution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code call_indirect} of a function that another core instance put into a shared table checks
 * the function's type structurally, although the two modules number their types differently
 * (Chicory 1.7.5 compares the indices: see {@code ChicoryTables}).
 *
 * <p>indirect-caller.wat defines the table; indirect-filler.wat fills it (slot 0 (i32)->i32, 1
 * (i64)->i64, 2 (f64)->f64, 4 traps, 5 an imported host function); slot 3 is the caller's own
 * function (doubles); indirect-reader.wat imports the table and calls through it too.
 */
class CoreIndirectCallTest {
    private static final String MISMATCH = "wasm trap: indirect call type mismatch";
    private static final CoreFuncType I32_TO_I32 = CoreFuncType.of(List.of(CoreValType.I32), List.of(CoreValType.I32));

    private static byte[] module(String name) {
        try (var in = CoreIndirectCallTest.class.getResourceAsStream(name + ".wasm")) {
            if (in == null) throw new AssertionError("missing test resource dev/weft/engine/" + name + ".wasm");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Linked(CoreInstance caller, CoreInstance filler, CoreInstance reader) {}

    private static Linked link(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreInstance caller = engine.compile(module("indirect-caller")).instantiate();
        CoreInstance filler = engine.compile(module("indirect-filler")).instantiate(CoreImports.builder()
                .instance("caller", caller)
                .function("host", "neg", I32_TO_I32, args -> new long[] {-(int) args[0]})
                .build());
        CoreInstance reader = engine.compile(module("indirect-reader")).instantiate(
                CoreImports.builder().instance("caller", caller).build());
        return new Linked(caller, filler, reader);
    }

    private static String trap(Runnable call) {
        return assertThrows(CoreTrap.class, call::run).getMessage();
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void theTableOwnerCallsAFunctionOfAnotherInstanceWhoseTypeHasAnotherIndex(Execution execution) {
        CoreFunction call = link(execution).caller().function("call");

        assertEquals(42, (int) call.callForLong(41, 0), "(i32)->i32: index 0 in the filler, 1 in the caller");
        assertEquals(-7, (int) call.callForLong(7, 5), "the filler's imported host function");
        assertEquals(14, (int) call.callForLong(7, 3), "the caller's own function");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStructurallyDifferentTypeTrapsEvenWithTheSameIndex(Execution execution) {
        CoreFunction call = link(execution).caller().function("call");

        assertEquals(MISMATCH, trap(() -> call.call(1, 1)), "(i64)->i64 has the caller's index of (i32)->i32");
        assertEquals(MISMATCH, trap(() -> call.call(1, 2)), "(f64)->f64 is not a type of the caller");
        assertEquals(42, (int) call.callForLong(41, 0), "the instance still works");
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void anImporterOfTheTableChecksWithItsOwnTypes(Execution execution) {
        Linked l = link(execution);
        CoreFunction call = l.reader().function("call");
        CoreFunction callF64 = l.reader().function("call-f64");

        assertEquals(42, (int) call.callForLong(41, 0));
        assertEquals(14, (int) call.callForLong(7, 3), "a function of the table's owner");
        assertEquals(-7, (int) call.callForLong(7, 5));
        assertEquals(1.5, Double.longBitsToDouble(callF64.callForLong(Double.doubleToRawLongBits(1.5), 2)));
        assertEquals(MISMATCH, trap(() -> call.call(1, 1)));
        assertEquals(MISMATCH, trap(() -> call.call(1, 2)));
        assertEquals(MISMATCH, trap(() -> callF64.call(Double.doubleToRawLongBits(1.5), 0)));
        assertEquals(MISMATCH, trap(() -> callF64.call(Double.doubleToRawLongBits(1.5), 3)));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aTrapInTheCalleeKeepsItsReason(Execution execution) {
        Linked l = link(execution);

        assertEquals("wasm trap: wasm `unreachable` instruction executed", trap(() -> l.caller().function("call").call(1, 4)));
        assertEquals("wasm trap: wasm `unreachable` instruction executed", trap(() -> l.reader().function("call").call(1, 4)));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aHostErrorInTheCalleePassesUnchanged(Execution execution) {
        CoreEngine engine = Modules.engine(execution);
        CoreInstance caller = engine.compile(module("indirect-caller")).instantiate();
        var error = new IllegalStateException("from the host");
        engine.compile(module("indirect-filler")).instantiate(CoreImports.builder()
                .instance("caller", caller)
                .function("host", "neg", I32_TO_I32, args -> {
                    throw error;
                })
                .build());

        assertEquals(error, assertThrows(IllegalStateException.class, () -> caller.function("call").call(1, 5)));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void theTableHandsOutTheFunctionsOfOtherInstances(Execution execution) {
        CoreTable table = link(execution).caller().table("t");

        CoreFunction inc = table.function(0).orElseThrow();
        assertEquals(I32_TO_I32, inc.type());
        assertEquals(42, (int) inc.callForLong(41));
        assertEquals(CoreFuncType.of(List.of(CoreValType.I64), List.of(CoreValType.I64)), table.function(1).orElseThrow().type());
        assertEquals(-3, (int) table.function(5).orElseThrow().callForLong(3));
        assertEquals(14, (int) table.function(3).orElseThrow().callForLong(7));
    }
}
