package dev.weft.runtime.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.Canon;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinNamesTest {
    @Test
    void namesReadAsInTheTextFormat() {
        assertEquals("task.return", BuiltinNames.of(new Canon.TaskReturn(0, java.util.Optional.empty(), List.of())));
        assertEquals("stream.cancel-read", BuiltinNames.of(new Canon.StreamCancelRead(0, 0, false)));
        assertEquals("error-context.new", BuiltinNames.of(new Canon.ErrorContextNew(0, List.of())));
        assertEquals("waitable-set.wait", BuiltinNames.of(new Canon.WaitableSetWait(0, false, 0)));
        assertEquals("waitable.join", BuiltinNames.of(new Canon.WaitableJoin(0)));
        assertEquals("thread.available-parallelism", BuiltinNames.of(new Canon.ThreadAvailableParallelism(0, false)));
        assertEquals("backpressure.inc", BuiltinNames.of(new Canon.BackpressureInc(0)));
    }
}
