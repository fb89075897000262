package dev.weft.wasi.io;

import static dev.weft.wasi.Calls.list;
import static dev.weft.wasi.Calls.ok;
import static dev.weft.wasi.Calls.streamError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Calls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** {@code wasi:io/streams.output-stream}: permits, writes, flushes, zeroes and splices. */
class OutputStreamsTest {
    private static final String STREAMS = "wasi:io/streams";
    private final Calls calls = new Calls();
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final Value out = calls.ctx.outputStreams().own(HostStreams.of(sink, false));

    private Value call(String method, Value... args) {
        Value[] all = new Value[args.length + 1];
        all[0] = out;
        System.arraycopy(args, 0, all, 1, args.length);
        return calls.call(STREAMS, "[method]output-stream." + method, all);
    }

    @Test
    void checkWriteThenWriteThenFlush() {
        long permit = ((dev.weft.runtime.value.U64) ok(call("check-write"))).bits();
        assertTrue(permit >= 4096, "permit " + permit);
        ok(call("write", list("abc")));
        ok(call("flush"));
        ok(call("blocking-flush"));
        ok(call("blocking-write-and-flush", list("def")));
        assertEquals("abcdef", sink.toString());
        assertEquals(Value.bool(true), calls.call("wasi:io/poll", "[method]pollable.ready", call("subscribe")));
    }

    @Test
    void writingMoreThanCheckWriteAllowsTraps() {
        Value tooMuch = Value.bytes(new byte[(int) JavaOutputStream.PERMIT + 1]);
        Trap t = assertThrows(Trap.class, () -> call("write", tooMuch));
        assertTrue(t.getMessage().contains("exceed"), t.getMessage());
        Trap blocking = assertThrows(Trap.class, () -> call("blocking-write-and-flush", Value.bytes(new byte[4097])));
        assertTrue(blocking.getMessage().contains("4096"), blocking.getMessage());
    }

    @Test
    void writeZeroes() {
        ok(call("write", list("x")));
        ok(call("write-zeroes", Value.u64(3)));
        ok(call("blocking-write-zeroes-and-flush", Value.u64(2)));
        assertArrayEquals(new byte[] {'x', 0, 0, 0, 0, 0}, sink.toByteArray());
        assertThrows(Trap.class, () -> call("blocking-write-zeroes-and-flush", Value.u64(5000)));
    }

    @Test
    void spliceMovesBytesFromAnInputStream() {
        Value in = calls.ctx.inputStreams().own(HostStreams.ofBytes("0123456789".getBytes()));
        assertEquals(Value.u64(4), ok(call("splice", in, Value.u64(4))));
        assertEquals(Value.u64(6), ok(call("blocking-splice", in, Value.u64(100))));
        assertEquals("closed", streamError(call("splice", in, Value.u64(1))));
        assertEquals("closed", streamError(call("blocking-splice", in, Value.u64(1))));
        assertEquals("0123456789", sink.toString());
    }

    @Test
    void aFailedWriteIsReportedOnceThenTheStreamIsClosed() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("pipe gone");
            }
        };
        Value s = calls.ctx.outputStreams().own(HostStreams.of(broken, false));
        Value r = calls.call(STREAMS, "[method]output-stream.write", s, list("a"));
        assertEquals("last-operation-failed", streamError(r));
        assertEquals("closed", streamError(calls.call(STREAMS, "[method]output-stream.check-write", s)));
        assertEquals("closed", streamError(calls.call(STREAMS, "[method]output-stream.flush", s)));
    }

    @Test
    void discardAcceptsEverything() {
        Value s = calls.ctx.outputStreams().own(HostStreams.discard());
        ok(calls.call(STREAMS, "[method]output-stream.blocking-write-and-flush", s, list("gone")));
    }
}
