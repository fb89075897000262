package dev.weft.wasi.io;

import static dev.weft.wasi.Calls.bytes;
import static dev.weft.wasi.Calls.ok;
import static dev.weft.wasi.Calls.streamError;
import static dev.weft.wasi.Calls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.Bool;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Calls;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import org.junit.jupiter.api.Test;

/** {@code wasi:io/streams.input-stream}, called as a guest would, on streams over bytes and over Java input streams. */
class InputStreamsTest {
    private static final String STREAMS = "wasi:io/streams";
    private final Calls calls = new Calls();

    private Value stream(HostInputStream in) {
        return calls.ctx.inputStreams().own(in);
    }

    private Value read(Value s, String method, long len) {
        return calls.call(STREAMS, "[method]input-stream." + method, s, Value.u64(len));
    }

    @Test
    void readReturnsAtMostLenThenClosedAtTheEnd() {
        Value s = stream(HostStreams.ofBytes("hello".getBytes()));
        assertEquals("hel", text(ok(read(s, "read", 3))));
        assertEquals("", text(ok(read(s, "read", 0))), "len 0 reads nothing, even at the end");
        assertEquals("lo", text(ok(read(s, "blocking-read", 100))));
        assertEquals("closed", streamError(read(s, "read", 1)));
        assertEquals("closed", streamError(read(s, "blocking-read", 1)));
    }

    @Test
    void aHugeLenIsCutNotAllocated() {
        Value s = stream(HostStreams.ofBytes(new byte[10]));
        assertEquals(10, bytes(ok(read(s, "read", -1))).length, "u64 max");
    }

    @Test
    void skipCountsTheBytesItDrops() {
        Value s = stream(HostStreams.ofBytes("abcdef".getBytes()));
        assertEquals(Value.u64(2), ok(read(s, "skip", 2)));
        assertEquals(Value.u64(3), ok(read(s, "blocking-skip", 3)));
        assertEquals("f", text(ok(read(s, "read", 9))));
        assertEquals("closed", streamError(read(s, "skip", 1)));
    }

    @Test
    void aPipeIsReadWithoutBlockingAndBlockingReadWaitsForData() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream out = new PipedOutputStream(in);
        Value s = stream(HostStreams.of(in, true));
        Value pollable = calls.call(STREAMS, "[method]input-stream.subscribe", s);
        assertEquals("", text(ok(read(s, "read", 10))), "nothing written yet: no bytes, no waiting");
        assertEquals(Value.bool(false), calls.call("wasi:io/poll", "[method]pollable.ready", pollable));

        // The writer closes its end itself: a PipedInputStream read after its writer thread died
        // without closing reports "write end dead" (an IOException), not the end of input.
        Thread writer = Thread.ofPlatform().start(() -> {
            write(out, "later");
            try {
                out.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals("later", text(ok(read(s, "blocking-read", 5))));
        writer.join();
        calls.call("wasi:io/poll", "[method]pollable.block", pollable);
        assertTrue(((Bool) calls.call("wasi:io/poll", "[method]pollable.ready", pollable)).value(), "end of input is ready");
        assertEquals("closed", streamError(read(s, "blocking-read", 5)));
    }

    @Test
    void anIoExceptionIsLastOperationFailedWithItsMessage() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }
        };
        Value s = stream(HostStreams.of(broken, false));
        ResultValue r = (ResultValue) read(s, "blocking-read", 4);
        assertEquals("last-operation-failed", streamError(r));
        Value error = ((dev.weft.runtime.value.VariantValue) r.payload().orElseThrow()).payload().orElseThrow();
        Str message = (Str) calls.call("wasi:io/error", "[method]error.to-debug-string", error);
        assertEquals("IOException: disk on fire", message.value());
        assertFalse(calls.ctx.errors().get(error).code().isPresent());
    }

    private static void write(PipedOutputStream out, String text) {
        try {
            out.write(text.getBytes());
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
